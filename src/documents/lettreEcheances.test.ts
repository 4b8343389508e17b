// A letter on an invoice payable in several terms (`Creance.echeances`): it claims the instalments late only
// (C. civ. 1305-2: a term suspends exigibility — the library's reading), one line per instalment in the
// invoices table (its own due date), the penalty periods grouped by instalment (each from its own due date,
// C. com. L441-10 II), and the instalments not yet late listed "à échoir" with the invoices not yet late.
import { describe, expect, it } from 'vitest';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { DonneesLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';
import { EN_TROIS_FOIS as FACTURE_EN_TROIS_FOIS } from '../../test/outils.js';

const EN_TROIS_FOIS: CreanceEntree = { ...FACTURE_EN_TROIS_FOIS, paiements: [{ date: '2025-03-20', montant: '500.00' }] };
const DEBITEUR = { id: 'D1', type: 'professionnel' as const, denomination: 'Bâtiment Martin SAS' };
const donnees = (creances: CreanceEntree[], dateLettre: string): DonneesLettre => ({
  creancier: { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } },
  debiteur: DEBITEUR,
  creances,
  dateLettre,
});
const plat = (t: string): string => t.replace(/\s+/g, ' ');
/** The HTML with its non-breaking spaces as plain ones. */
const html = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ');

describe('genererLettre — an invoice in instalments (C. civ. 1305-2, C. com. L441-10 II)', () => {
  it('mise en demeure on 1 April 2025: instalments 1 and 2 claimed one line each, instalment 3 listed à échoir', () => {
    const l = genererLettre('mise-en-demeure', donnees([EN_TROIS_FOIS], '2025-04-01'));
    const s = situationCreance(EN_TROIS_FOIS, DEBITEUR, '2025-04-01');
    const texte = plat(l.texte);
    // The invoices table: one line per instalment claimed, with ITS due date (not the final one, 14 April).
    expect(html(l.html)).toContain('<tr><td>n° 2025-001 (échéance 1/3)</td><td>15 janvier 2025</td><td>14 février 2025</td><td class="n">400,00 €</td><td class="n">400,00 €</td><td class="n">0,00 €</td></tr>');
    expect(html(l.html)).toContain('<tr><td>n° 2025-001 (échéance 2/3)</td><td>15 janvier 2025</td><td>14 mars 2025</td><td class="n">400,00 €</td><td class="n">54,24 €</td><td class="n">345,76 €</td></tr>');
    expect(html(l.html)).not.toContain('<td>n° 2025-001 (échéance 3/3)</td>');
    expect(html(l.html)).not.toContain('<td>14 avril 2025</td>');
    // Instalment 3 (400 €, due 14 April) is not exigible: out of the figures, listed à échoir.
    expect(l.montants.aEchoir).toEqual([{ numeroFacture: '2025-001', dateEcheance: '2025-04-14', montant: '400.00' }]);
    expect(l.montants.total).toBe((Number(s.totalDu) - 400).toFixed(2));
    expect(texte).toContain('Pour information, la somme suivante n’est pas encore échue : elle n’est pas réclamée par la présente et reste payable à son échéance.');
    expect(texte).toContain('Facture n° 2025-001 du 15 janvier 2025, échéance 3/3 : 400,00 €, à échoir le 14 avril 2025');
    // The penalty table grouped by instalment, each from the day after its own due date.
    const p = s.echeances.map((e) => e.periodes.length);
    expect(p[0]).toBeGreaterThan(0);
    expect(p[1]).toBeGreaterThan(0);
    // 400 × 13.15 % × 34 / 365 = 4.90 (15 February–20 March), then instalment 2: 0.86 before the payment, 1.49 after it.
    const lignes = [...html(l.html).matchAll(/<tr><td>(n° 2025-001 \(échéance \d\/3\))<\/td><td>(du [^<]*)<\/td><td class="n">(\d+)<\/td>.*?<td class="n">([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(lignes).toEqual([
      ['n° 2025-001 (échéance 1/3)', 'du 15 février 2025 au 20 mars 2025', '34', '4,90 €'],
      ['n° 2025-001 (échéance 2/3)', 'du 15 mars 2025 au 20 mars 2025', '6', '0,86 €'],
      ['n° 2025-001 (échéance 2/3)', 'du 21 mars 2025 au 1er avril 2025', '12', '1,49 €'],
    ]);
    expect(l).toMatchSnapshot();
  });

  it('relance on 20 February 2025: only the first instalment is claimed, the two others listed à échoir (plural)', () => {
    const l = genererLettre('relance-ferme', donnees([{ ...EN_TROIS_FOIS, paiements: [] }], '2025-02-20'));
    const texte = plat(l.texte);
    expect(l.montants.aEchoir.map((e) => [e.dateEcheance, e.montant])).toEqual([
      ['2025-03-14', '400.00'],
      ['2025-04-14', '400.00'],
    ]);
    expect(texte).toContain('les sommes suivantes ne sont pas encore échues');
    expect(html(l.html)).toContain('<td>n° 2025-001 (échéance 1/3)</td>');
    expect(html(l.html)).not.toContain('<td>n° 2025-001 (échéance 2/3)</td>');
    expect(l.montants.factures[0]!.principal).toBe('400.00');
  });

  it('déclaration de créance (judgment 15 March 2025): instalments 1 and 2 due, instalment 3 declared à échoir with its date (C. com. L622-25)', () => {
    const d: DonneesLettre = {
      ...donnees([{ ...EN_TROIS_FOIS, paiements: [] }], '2025-03-20'),
      debiteur: { ...DEBITEUR, procedureCollective: { type: 'redressement', dateJugement: '2025-03-15', dateBodacc: '2025-03-18' } },
      mandataire: { denomination: 'SELARL MJ Conseil', adresse: { lignes: ['3 rue de la République'], codePostal: '69001', ville: 'Lyon' } },
    };
    const l = genererLettre('declaration-de-creance', d);
    const h = html(l.html);
    // Penalties stop on the day before the judgment (L622-28): 14 March. 400 × 13.15 % × 28 / 365 = 4.04 € (instalment 1; none yet on instalment 2).
    expect(h).toMatch(/<tr><td>n° 2025-001<\/td><td>15 janvier 2025<\/td><td>14 février 2025, 14 mars 2025<\/td><td class="n">800,00 €<\/td>/);
    expect(plat(l.texte)).toContain('Facture n° 2025-001 du 15 janvier 2025, échéance 3/3 : 400,00 € à échoir le 14 avril 2025');
    expect(h).toContain('<td>n° 2025-001 (échéance 1/3)</td><td>du 15 février 2025 au 14 mars 2025</td><td class="n">28</td>');
    // The declared total is everything, the sums to fall due included.
    expect(l.montants.total).toBe(situationCreance({ ...EN_TROIS_FOIS, paiements: [] }, d.debiteur, '2025-03-14').totalDu);
  });

  it('one instalment gives exactly the letter without instalments', () => {
    const sans: CreanceEntree = { ...EN_TROIS_FOIS, dateEcheance: '2025-02-14' };
    delete (sans as { echeances?: unknown }).echeances;
    const une: CreanceEntree = { ...sans, echeances: [{ date: '2025-02-14', montant: '1200.00' }] };
    for (const modele of ['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const) {
      expect(genererLettre(modele, donnees([une], '2025-04-01'))).toEqual(genererLettre(modele, donnees([sans], '2025-04-01')));
    }
  });
});
