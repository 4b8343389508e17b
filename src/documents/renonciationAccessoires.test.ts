// Letters after the creditor's waiver of the accessories (`dateAbandonAccessoires`, the machine's
// ACCESSOIRES_ABANDONNES; `options.parCreance` of genererLettre): the amounts are the statement's
// (situationCreance: nothing due on the accessories), and the texts neither claim nor announce them — no
// « elles s'élèvent à 0,00 € », no « continuent de courir » (C. com. L441-10 II, D441-5; C. civ. 1231-6,
// 1344-1; C. commande publique R2192-31: the rules the letters otherwise invoke) — one sentence states the
// waiver, read on the statement (`accessoiresAbandonnes`), never recomputed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import type { Creance } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { DonneesLettre, ModeleLettre, OptionsLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const creancier = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };
const acme: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const commune: DebiteurEntree = { id: 'D3', type: 'personne-publique', denomination: 'Commune de Villeurbanne' };
const martin: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const facture = (id: string, nature: Creance['nature'] = 'commerciale', paiements: Creance['paiements'] = []): Creance => ({
  id, numeroFacture: id, montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements, nature, cause: 'contractuelle', contestee: false,
});
const LETTRE = '2025-04-01';
const ABANDON = '2025-03-15';
const donnees = (debiteur: DebiteurEntree, creances: Creance[], extra: Partial<DonneesLettre> = {}): DonneesLettre => ({
  creancier,
  debiteur,
  creances,
  dateLettre: LETTRE,
  agence: { denomination: 'Recouvrement Rhône SAS', adresse: { lignes: ['1 quai Perrache'], codePostal: '69002', ville: 'Lyon' } },
  reference: 'R-2025-17',
  modesPaiement: ['virement (IBAN FR76 3000 4000 0500 0000 1234 567)'],
  ...extra,
});
const renonce = (...ids: string[]): OptionsLettre => ({ parCreance: Object.fromEntries(ids.map((id) => [id, { dateAbandonAccessoires: ABANDON }])) });
/** The plain text on one line, no-break spaces as plain ones. */
const plat = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** What a letter must not say once every invoice's accessories were waived. */
function sansAccessoires(texte: string): void {
  expect(texte).not.toContain('continuent de courir');
  expect(texte).not.toContain('s’élèvent à');
  expect(texte).not.toMatch(/(Pénalités de retard|Intérêts moratoires) au [^:]*: 0,00 €/);
  expect(texte).not.toContain('fera courir');
  expect(texte).not.toContain('fait courir');
}

const RENONCIATION_B2B = 'Nous avons renoncé aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement : aucune somme ne vous est réclamée à ce titre.';

describe('genererLettre — after the waiver of the accessories, the letter neither claims nor announces them', () => {
  for (const modele of ['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const) {
    it(`${modele} to a professional (waiver on 15 March, letter on 1 April): the principal only, the waiver stated, no « 0,00 € » of penalties, nothing « continue de courir » (C. com. L441-10 II, D441-5)`, () => {
      const f1 = facture('F1');
      const l = genererLettre(modele, donnees(acme, [f1]), renonce('F1'));
      const texte = plat(l.texte);
      sansAccessoires(texte);
      expect(texte).toContain(RENONCIATION_B2B);
      // The amounts are the statement's: nothing due on the accessories once waived.
      const s = situationCreance(f1, acme, LETTRE, { dateAbandonAccessoires: ABANDON });
      expect(s.accessoiresAbandonnes).toBe(true);
      expect([l.montants.penalites, l.montants.indemnite, l.montants.total]).toEqual(['0.00', '0.00', s.totalDu]);
      expect(l.montants.total).toBe('1200.00');
      expect(plat(l.html)).toContain(RENONCIATION_B2B);
    });
  }

  it('mise en demeure: invokes C. civ. 1344 only, not 1344-1 (the moratory interest it would make run)', () => {
    const l = genererLettre('mise-en-demeure', donnees(acme, [facture('F1')]), renonce('F1'));
    expect(plat(l.texte)).toContain('La présente lettre vaut mise en demeure au sens de l’article 1344 du code civil.');
    expect(l.references).toContain('C. civ. art. 1344');
    expect(l.references).not.toContain('C. civ. art. 1344-1');
    // The summary: the principal, no accessory line.
    expect(plat(l.texte)).not.toContain('Indemnité forfaitaire pour frais de recouvrement');
  });

  it('mise en demeure of a public buyer: no interest announced (the text does not invoke C. commande publique R2192-31)', () => {
    const l = genererLettre('mise-en-demeure', donnees(commune, [facture('F1')]), renonce('F1'));
    const texte = plat(l.texte);
    sansAccessoires(texte);
    expect(texte).toContain('Nous avons renoncé aux intérêts moratoires et à l’indemnité forfaitaire pour frais de recouvrement : aucune somme ne vous est réclamée à ce titre.');
    expect(texte).toContain('La présente lettre vaut mise en demeure de payer.');
    expect(texte).not.toContain('R2192-31');
    expect(l.montants.total).toBe('1200.00');
  });

  it('relance ferme to a public buyer: the interest is not said to run', () => {
    const texte = plat(genererLettre('relance-ferme', donnees(commune, [facture('F1')]), renonce('F1')).texte);
    sansAccessoires(texte);
    expect(texte).toContain('Nous avons renoncé aux intérêts moratoires');
  });

  it('consumer (interest waived after a first mise en demeure): no legal interest announced, the text does not invoke C. civ. 1231-6 / 1344-1; CPCE L111-8 kept', () => {
    const c1 = facture('C1', 'consommation');
    const d = donnees(martin, [c1], { dateMiseEnDemeure: '2025-03-01' });
    const l = genererLettre('mise-en-demeure-consommateur', d, renonce('C1'));
    const texte = plat(l.texte);
    sansAccessoires(texte);
    expect(texte).toContain('Nous avons renoncé aux intérêts au taux légal : aucune somme ne vous est réclamée à ce titre.');
    expect(texte).toContain('aucuns frais de recouvrement ne vous sont réclamés');
    expect(l.references).toEqual(expect.arrayContaining(['C. civ. art. 1344', 'CPCE art. L111-8']));
    expect(texte).not.toMatch(/1231-6|1344-1|taux légal jusqu/);
    expect(l.montants.total).toBe(situationCreance(c1, martin, LETTRE, { dateMiseEnDemeure: '2025-03-01', dateAbandonAccessoires: ABANDON }).totalDu);
    // The relance ferme does not announce the interest a mise en demeure would make run.
    sansAccessoires(plat(genererLettre('relance-ferme', d, renonce('C1')).texte));
  });

  it('collection agency (CPCE R124-4): the itemised account kept, the accessories not said to be owed; the mandant waived them', () => {
    const texte = plat(genererLettre('lettre-agence-recouvrement', donnees(acme, [facture('F1')]), renonce('F1')).texte);
    expect(texte).not.toContain('sont dues de plein droit');
    expect(texte).toContain('Notre mandant a renoncé aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement : aucune somme ne vous est réclamée à ce titre.');
  });

  it('a payment imputed before the waiver is re-imputed on the principal: the letter still claims no accessory', () => {
    const f1 = facture('F1', 'commerciale', [{ date: '2025-03-10', montant: '100.00' }]);
    for (const modele of ['relance-ferme', 'mise-en-demeure'] as const) {
      const l = genererLettre(modele, donnees(acme, [f1]), renonce('F1'));
      sansAccessoires(plat(l.texte));
      expect(l.montants.total).toBe(situationCreance(f1, acme, LETTRE, { dateAbandonAccessoires: ABANDON }).totalDu);
    }
  });

  it('waiver on one invoice of two: the penalties of the other still run and are claimed; the waived invoice is named', () => {
    for (const modele of ['relance-ferme', 'mise-en-demeure'] as const) {
      const l = genererLettre(modele, donnees(acme, [facture('F1'), facture('F2')]), renonce('F1'));
      const texte = plat(l.texte);
      expect(texte).toContain('Nous avons renoncé aux pénalités de retard et à l’indemnité forfaitaire pour frais de recouvrement de la facture n° F1 : aucune somme ne vous est réclamée à ce titre sur cette facture.');
      // The invoices whose penalties still run are named, not "the others".
      expect(texte).toContain(modele === 'mise-en-demeure' ? 'continuent de courir sur le principal restant dû de la facture n° F2 jusqu’au complet paiement' : 'continuent de courir sur la facture n° F2 jusqu’au complet paiement');
      expect(texte).not.toContain('autres factures');
      // F2's penalties and 40 € are claimed, F1's are not.
      expect(l.montants.factures.map((f) => [f.numeroFacture, f.penalites !== '0.00', f.indemnite])).toEqual([
        ['F1', false, '0.00'],
        ['F2', true, '40.00'],
      ]);
    }
  });

  it('waiver on one invoice of three: the two invoices whose penalties still run are named (relance ferme, mise en demeure)', () => {
    const d = donnees(acme, [facture('F1'), facture('F2'), facture('F3')]);
    expect(plat(genererLettre('relance-ferme', d, renonce('F2')).texte)).toContain('Les pénalités de retard continuent de courir sur les factures n° F1 et F3 jusqu’au complet paiement.');
    expect(plat(genererLettre('mise-en-demeure', d, renonce('F2')).texte)).toContain('continuent de courir sur le principal restant dû des factures n° F1 et F3 jusqu’au complet paiement.');
  });
});

describe('genererLettre — without a waiver, the letters are unchanged', () => {
  it('a waiver dated after the letter does not apply yet: exactly the letter without it, every model', () => {
    const apres: OptionsLettre = { parCreance: { F1: { dateAbandonAccessoires: '2025-05-01' } } };
    const cas: [ModeleLettre, DebiteurEntree, Creance['nature']][] = [
      ['relance-amiable', acme, 'commerciale'],
      ['relance-ferme', acme, 'commerciale'],
      ['mise-en-demeure', acme, 'commerciale'],
      ['mise-en-demeure', commune, 'commerciale'],
      ['lettre-agence-recouvrement', acme, 'commerciale'],
      ['relance-ferme', martin, 'consommation'],
      ['mise-en-demeure-consommateur', martin, 'consommation'],
    ];
    for (const [modele, debiteur, nature] of cas) {
      const d = donnees(debiteur, [facture('F1', nature)], debiteur.type === 'consommateur' ? { dateMiseEnDemeure: '2025-03-01' } : {});
      const sans = genererLettre(modele, d);
      expect(genererLettre(modele, d, apres)).toEqual(sans);
      expect(plat(sans.texte)).not.toContain('renoncé');
    }
  });

  it('property: a waiver on or before the letter never lets a text claim or announce accessories, and the total is the statement’s; after it, nothing changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ModeleLettre>('relance-amiable', 'relance-ferme', 'mise-en-demeure', 'lettre-agence-recouvrement'),
        fc.constantFrom(acme, commune),
        fc.integer({ min: 1, max: 500_000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 200 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 500_000 })), { nil: undefined }),
        (modele, debiteur, centimes, retard, jourAbandon, paiement) => {
          const echeance = '2025-02-14';
          const dateLettre = formaterDate(lireDate(echeance) + 1 + retard);
          const abandon = formaterDate(lireDate(echeance) + jourAbandon);
          const paiements = paiement === undefined ? [] : [{ date: formaterDate(lireDate(echeance) + paiement[0]), montant: (Math.min(paiement[1], centimes - 1) / 100).toFixed(2) }].filter((p) => p.montant !== '0.00' && p.date <= dateLettre);
          const f1: Creance = { ...facture('F1', 'commerciale', paiements), montantTTC: (centimes / 100).toFixed(2) };
          const d = { ...donnees(debiteur, [f1]), dateLettre };
          const options: OptionsLettre = { parCreance: { F1: { dateAbandonAccessoires: abandon } } };
          const s = situationCreance(f1, debiteur, dateLettre, { dateAbandonAccessoires: abandon });
          if (s.totalDu === '0.00') return;
          const l = genererLettre(modele, d, options);
          expect(l.montants.total).toBe(s.totalDu);
          if (abandon <= dateLettre) {
            sansAccessoires(plat(l.texte));
            expect(plat(l.texte)).toContain('renoncé');
          } else {
            expect(l).toEqual(genererLettre(modele, d));
          }
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
