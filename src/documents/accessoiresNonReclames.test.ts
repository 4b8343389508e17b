// Letters for a claim whose creditor does not claim some accessories (`OptionsSituation.accessoires`, reaching
// the letters through `options.parCreance` — the machine's scenario choice arrives the same way, lettreDossier):
// the statement says so (`reclame` false), and the letter neither claims, nor announces, nor says it runs an
// accessory not claimed — no « elles s'élèvent à 0,00 € », no « continuent de courir » (C. com. L441-10 II,
// D441-5; C. commande publique R2192-31; C. civ. 1231-6, 1344-1) — the one rule of the waiver
// (`dansLaLettre`), but without the waiver sentence: nothing was waived. The letter's references are those its
// text relies on; the statement's own stay (a sum the law gives is not less owed for not being claimed).
// Also: a claimed invoice table has no line with nothing claimed (an instalment paid on its due date).
import { describe, expect, it } from 'vitest';
import type { Creance } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { situationCreance } from '../situation/situationCreance.js';
import type { OptionsSituation } from '../situation/types.js';
import type { DonneesLettre, ModeleLettre, OptionsLettre } from './donnees.js';
import { genererLettre } from './genererLettre.js';

const creancier = { denomination: 'Atelier Dupont SARL', adresse: { lignes: ['12 rue des Lilas'], codePostal: '69003', ville: 'Lyon' } };
const acme: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const commune: DebiteurEntree = { id: 'D3', type: 'personne-publique', denomination: 'Commune de Villeurbanne' };
const martin: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const facture = (id: string, nature: Creance['nature'] = 'commerciale'): Creance => ({
  id, numeroFacture: id, montantTTC: '1200.00', dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [], nature, cause: 'contractuelle', contestee: false,
});
const LETTRE = '2025-04-01';
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
const nonReclames = (accessoires: NonNullable<OptionsSituation['accessoires']>, ...ids: string[]): OptionsLettre => ({
  parCreance: Object.fromEntries(ids.map((id) => [id, { accessoires }])),
});
/** The plain text on one line, no-break spaces as plain ones. */
const plat = (t: string): string => t.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');

/** What a letter must not say of a running accessory it does not carry. */
function sansPenalitesNiInterets(texte: string): void {
  expect(texte).not.toContain('continuent de courir');
  expect(texte).not.toContain('s’élèvent à');
  expect(texte).not.toMatch(/(Pénalités de retard|Intérêts moratoires) au [^:]*: 0,00 €/);
  expect(texte).not.toContain('fera courir');
  expect(texte).not.toContain('fait courir');
  expect(texte).not.toContain('1344-1');
  // Nothing was waived: no waiver sentence.
  expect(texte).not.toContain('renoncé');
}

const MODELES_PRO: ModeleLettre[] = ['relance-amiable', 'relance-ferme', 'mise-en-demeure', 'lettre-agence-recouvrement'];

describe('genererLettre — penalties not claimed by the creditor (statement `penalites.reclame` false): not in the letter, no waiver stated', () => {
  for (const modele of MODELES_PRO) {
    it(`${modele} to a professional, penalties not claimed, the 40 € claimed: the principal and the 40 € (C. com. L441-10 II, D441-5), no penalty announced nor said to run`, () => {
      const f1 = facture('F1');
      const l = genererLettre(modele, donnees(acme, [f1]), nonReclames({ penalites: false }, 'F1'));
      const texte = plat(l.texte);
      sansPenalitesNiInterets(texte);
      expect(texte).not.toContain('Les pénalités de retard sont dues');
      const s = situationCreance(f1, acme, LETTRE, { accessoires: { penalites: false } });
      expect(s.penalites.reclame).toBe(false);
      expect([l.montants.penalites, l.montants.indemnite, l.montants.total]).toEqual(['0.00', '40.00', s.totalDu]);
      expect(l.montants.total).toBe('1240.00');
      // The 40 € is still announced, on its own articles.
      if (modele !== 'relance-amiable') expect(texte).toMatch(/indemnité forfaitaire pour frais de recouvrement/);
      if (modele === 'relance-ferme') expect(texte).toContain('Le montant total dû s’établit ainsi à 1 240,00 € : - Principal restant dû : 1 200,00 € - Indemnité forfaitaire pour frais de recouvrement : 40,00 €');
      // The letter's references: those its text cites — not L441-10's penalty rate articles beyond L441-10 II/D441-5.
      expect(l.references).not.toContain('C. civ. art. 1344-1');
    });
  }

  it('mise en demeure to a professional, no accessory claimed: principal only, C. civ. 1344 only', () => {
    const l = genererLettre('mise-en-demeure', donnees(acme, [facture('F1')]), nonReclames({ penalites: false, indemnite: false }, 'F1'));
    const texte = plat(l.texte);
    sansPenalitesNiInterets(texte);
    expect(texte).toContain('La présente lettre vaut mise en demeure au sens de l’article 1344 du code civil.');
    expect(texte).not.toContain('Indemnité forfaitaire');
    expect(l.montants.total).toBe('1200.00');
    expect(l.references).toEqual(['C. civ. art. 1344']);
  });

  it('public buyer (C. commande publique R2192-31 not claimed): no interest announced, R2192-31 not cited; the 40 € (D2192-35) kept', () => {
    for (const modele of ['relance-ferme', 'mise-en-demeure', 'lettre-agence-recouvrement'] as const) {
      const l = genererLettre(modele, donnees(commune, [facture('F1')]), nonReclames({ penalites: false }, 'F1'));
      const texte = plat(l.texte);
      sansPenalitesNiInterets(texte);
      expect(texte).not.toContain('R2192-31');
      expect(l.references).not.toContain('C. commande publique art. R2192-31');
      expect(texte).toContain('D2192-35');
      expect(l.montants.total).toBe('1240.00');
    }
  });

  it('consumer (legal interest not claimed, after a first mise en demeure): no interest announced, C. civ. 1231-6 / 1344-1 not invoked; CPCE L111-8 kept', () => {
    const c1 = facture('C1', 'consommation');
    const d = donnees(martin, [c1], { dateMiseEnDemeure: '2025-03-01' });
    const options = nonReclames({ interets: false }, 'C1');
    for (const modele of ['relance-ferme', 'mise-en-demeure-consommateur', 'lettre-agence-recouvrement'] as const) {
      const l = genererLettre(modele, d, options);
      const texte = plat(l.texte);
      sansPenalitesNiInterets(texte);
      expect(texte).not.toMatch(/1231-6|taux légal jusqu|intérêts au taux légal courent/);
      expect(l.references).not.toContain('C. civ. art. 1231-6');
      expect(l.montants.total).toBe('1200.00');
    }
    const med = genererLettre('mise-en-demeure-consommateur', d, options);
    expect(plat(med.texte)).toContain('aucuns frais de recouvrement ne vous sont réclamés');
    expect(med.references).toEqual(expect.arrayContaining(['C. civ. art. 1344', 'CPCE art. L111-8']));
  });

  it('penalties not claimed on one invoice of two: the other’s run and are claimed; no waiver sentence', () => {
    const l = genererLettre('mise-en-demeure', donnees(acme, [facture('F1'), facture('F2')]), nonReclames({ penalites: false }, 'F1'));
    const texte = plat(l.texte);
    expect(texte).not.toContain('renoncé');
    expect(texte).toContain('continuent de courir sur le principal restant dû de la facture n° F2 jusqu’au complet paiement');
    expect(l.montants.factures.map((f) => [f.numeroFacture, f.penalites !== '0.00', f.indemnite])).toEqual([
      ['F1', false, '40.00'],
      ['F2', true, '40.00'],
    ]);
  });

  it('penalties not claimed, a payment imputed on the 40 € first (C. civ. 1343-1): the imputation names the indemnity only', () => {
    const f1: Creance = { ...facture('F1'), paiements: [{ date: '2025-03-01', montant: '100.00' }] };
    for (const modele of ['relance-ferme', 'mise-en-demeure'] as const) {
      const l = genererLettre(modele, donnees(acme, [f1]), nonReclames({ penalites: false }, 'F1'));
      const texte = plat(l.texte);
      sansPenalitesNiInterets(texte);
      expect(texte).toContain('vos règlements s’imputent d’abord sur l’indemnité forfaitaire pour frais de recouvrement échue à leur date, puis sur le principal : sur les 100,00 € réglés, 40,00 € ont été imputés sur ces accessoires et 60,00 € sur le principal.');
      expect(texte).not.toContain('pénalités de retard et l’indemnité');
      expect(l.montants.total).toBe('1140.00');
    }
  });

  it('the 40 € not claimed, penalties claimed: the penalties only, the indemnity neither claimed nor grounded', () => {
    for (const modele of ['relance-ferme', 'mise-en-demeure', 'lettre-agence-recouvrement'] as const) {
      const l = genererLettre(modele, donnees(acme, [facture('F1')]), nonReclames({ indemnite: false }, 'F1'));
      const texte = plat(l.texte);
      expect(texte).toContain('L441-10');
      expect(texte).not.toContain('D441-5');
      expect(l.references).not.toContain('C. com. art. D441-5');
      expect(l.montants.indemnite).toBe('0.00');
    }
  });
});

describe('genererLettre — every accessory claimed (explicitly): exactly the letter without the option', () => {
  it('every model, professional, public buyer and consumer', () => {
    const cas: [ModeleLettre, DebiteurEntree, Creance['nature']][] = [
      ['relance-amiable', acme, 'commerciale'],
      ['relance-ferme', acme, 'commerciale'],
      ['mise-en-demeure', acme, 'commerciale'],
      ['mise-en-demeure', commune, 'commerciale'],
      ['lettre-agence-recouvrement', acme, 'commerciale'],
      ['lettre-agence-recouvrement', commune, 'commerciale'],
      ['relance-ferme', martin, 'consommation'],
      ['mise-en-demeure-consommateur', martin, 'consommation'],
      ['lettre-agence-recouvrement', martin, 'consommation'],
    ];
    for (const [modele, debiteur, nature] of cas) {
      const d = donnees(debiteur, [facture('F1', nature)], debiteur.type === 'consommateur' ? { dateMiseEnDemeure: '2025-03-01' } : {});
      expect(genererLettre(modele, d, nonReclames({ penalites: true, interets: true, indemnite: true }, 'F1'))).toEqual(genererLettre(modele, d));
    }
  });
});

describe('genererLettre — after a waiver, the letter’s references are those its text cites; the statement keeps its own', () => {
  it('professional, mise en demeure after the waiver: neither C. com. L441-10 II / D441-5 nor C. civ. 1344-1 in the letter’s references; the statement keeps L441-10 (the penalties accrued by law)', () => {
    const f1 = facture('F1');
    const l = genererLettre('mise-en-demeure', donnees(acme, [f1]), { parCreance: { F1: { dateAbandonAccessoires: '2025-03-15' } } });
    expect(l.references).toEqual(['C. civ. art. 1344']);
    expect(situationCreance(f1, acme, LETTRE, { dateAbandonAccessoires: '2025-03-15' }).references).toEqual(expect.arrayContaining(['C. com. art. L441-10 II', 'C. com. art. D441-5']));
  });

  it('public buyer, mise en demeure after the waiver: R2192-31 not in the letter’s references', () => {
    const l = genererLettre('mise-en-demeure', donnees(commune, [facture('F1')]), { parCreance: { F1: { dateAbandonAccessoires: '2025-03-15' } } });
    expect(l.references.filter((r) => r.includes('R2192-31') || r.includes('D2192-35'))).toEqual([]);
    expect(l.references).toContain('C. commande publique art. L2192-13');
  });

  it('consumer, mise en demeure after the waiver of the interest: neither C. civ. 1231-6 nor 1344-1 in the letter’s references', () => {
    const d = donnees(martin, [facture('C1', 'consommation')], { dateMiseEnDemeure: '2025-03-01' });
    const l = genererLettre('mise-en-demeure-consommateur', d, { parCreance: { C1: { dateAbandonAccessoires: '2025-03-15' } } });
    expect(l.references.filter((r) => /1231-6|1344-1|L313-2/.test(r))).toEqual([]);
  });
});

describe('genererLettre — an invoice in instalments with nothing claimed yet rides along: no line at 0,00 € in the claimed table', () => {
  // F2: three instalments of 300 €, the first paid on its due date (1 March), the others due on 1 May and 1 June.
  const f2: Creance = {
    ...facture('F2'),
    montantTTC: '900.00',
    dateFacture: '2025-02-01',
    dateEcheance: '2025-06-01',
    echeances: [
      { date: '2025-03-01', montant: '300.00' },
      { date: '2025-05-01', montant: '300.00' },
      { date: '2025-06-01', montant: '300.00' },
    ],
    paiements: [{ date: '2025-03-01', montant: '300.00' }],
  };

  it('relance ferme and mise en demeure on F1: F2 neither in the table nor claimed; its instalments not yet due are listed « à échoir » (C. civ. 1305-2)', () => {
    for (const modele of ['relance-amiable', 'relance-ferme', 'mise-en-demeure'] as const) {
      const l = genererLettre(modele, donnees(acme, [facture('F1'), f2]));
      const texte = plat(l.texte);
      expect(plat(l.html)).not.toContain('échéance 1/3');
      expect(l.montants.factures.map((f) => f.numeroFacture)).toEqual(['F1']);
      expect(l.montants.aEchoir).toEqual([
        { numeroFacture: 'F2', dateEcheance: '2025-05-01', montant: '300.00' },
        { numeroFacture: 'F2', dateEcheance: '2025-06-01', montant: '300.00' },
      ]);
      expect(texte).toContain('Facture n° F2 du 1er février 2025, échéance 2/3 : 300,00 €, à échoir le 1er mai 2025');
      expect(l.montants.total).toBe(genererLettre(modele, donnees(acme, [facture('F1')])).montants.total);
    }
  });

  it('an instalment paid on time beside one late and unpaid: only the late one is a line of the claimed table', () => {
    const l = genererLettre('relance-ferme', { ...donnees(acme, [f2]), dateLettre: '2025-05-20' });
    const html = plat(l.html);
    expect(html).not.toContain('échéance 1/3');
    expect(html).toContain('n° F2 (échéance 2/3)');
    expect(html).toContain('échéance 3/3 : 300,00 €, à échoir le 1er juin 2025');
  });
});
