import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculerPenalitesRetard } from '../calculs/penalites/calculerPenalitesRetard.js';
import { calculerInteretsLegaux } from '../calculs/interets/calculerInteretsLegaux.js';
import type { CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, cents, codeEtChemin, euros, geler } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { situationCreance } from './situationCreance.js';
import type { SituationCreance } from './types.js';

const FACTURE: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-02-14',
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};
const PRO: DebiteurEntree = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
const CONSO: DebiteurEntree = { id: 'D2', type: 'consommateur', denomination: 'M. Martin' };
const PUBLIC: DebiteurEntree = { id: 'P1', type: 'personne-publique', denomination: 'Commune de Villefranche' };
const PAYE_LE_16_MARS: CreanceEntree = { ...FACTURE, paiements: [{ date: '2025-03-16', montant: '1200.00' }] };

describe('situationCreance — C. civ. 1343-1: payments go to the accessories accrued at their date first', () => {
  it('worked example: 1 200 € due 14 Feb 2025, 1 200 € paid 16 Mar 2025 → 54.99 € due on 30 June 2025', () => {
    // On 16 March: 1 200 × 13.15 % × 30 / 365 = 12.97 € of penalties (L441-10 II) and the 40 € (D441-5). The
    // payment pays them first (52.97 €), 1 147.03 € go to the principal; the 52.97 € left bear penalties
    // from 17 March: 52.97 × 13.15 % × 106 / 365 = 2.02 € by 30 June.
    const s = situationCreance(PAYE_LE_16_MARS, PRO, '2025-06-30');
    expect(s).toMatchObject({ principal: '1200.00', paye: '1200.00', principalPaye: '1147.03', principalDu: '52.97', accessoiresDus: '2.02', totalDu: '54.99' });
    expect(s.penalites).toMatchObject({ reclame: true, couru: '14.99', impute: '12.97', du: '2.02', mode: 'bce+10' });
    expect(s.indemnite).toMatchObject({ couru: '40.00', impute: '40.00', du: '0.00' });
    expect(s.imputation.paiements).toEqual([
      { date: '2025-03-16', montant: '1200.00', reference: null, interets: '0.00', penalites: '12.97', indemnite: '40.00', principal: '1147.03', nonImpute: '0.00' },
    ]);
    expect(s.imputation).toMatchObject({ regle: 'legale', references: ['C. civ. art. 1343-1'] });
    expect(s.references).toEqual(expect.arrayContaining(['C. com. art. L441-10 II', 'C. com. art. D441-5', 'C. civ. art. 1343-1']));
    expect(s.avertissements.some((a) => a.includes('1343-1'))).toBe(true);
    expect(s.penalites.periodes.map((p) => [p.du, p.au, p.assiette, p.montant])).toEqual([
      ['2025-02-15', '2025-03-16', '1200.00', '12.97'],
      ['2025-03-17', '2025-06-30', '52.97', '2.02'],
    ]);
  });

  it('option principal-d-abord (common practice, a stated choice): the invoice amount pays the principal, the accessories stay due', () => {
    const s = situationCreance(PAYE_LE_16_MARS, PRO, '2025-06-30', { imputation: 'principal-d-abord' });
    expect(s).toMatchObject({ principalDu: '0.00', accessoiresDus: '52.97', totalDu: '52.97' });
    expect(s.imputation).toMatchObject({ regle: 'principal-d-abord', references: ['C. civ. art. 1343-5'] });
    expect(s.references).toContain('C. civ. art. 1343-5');
  });

  it('a payment beyond everything owed is a trop-perçu', () => {
    const s = situationCreance({ ...FACTURE, paiements: [{ date: '2025-03-16', montant: '1300.00' }] }, PRO, '2025-06-30');
    expect(s).toMatchObject({ principalDu: '0.00', accessoiresDus: '0.00', tropPercu: '47.03', totalDu: '0.00' });
    expect(s.imputation.paiements[0]).toMatchObject({ penalites: '12.97', indemnite: '40.00', principal: '1200.00', nonImpute: '47.03' });
  });

  it('a payment on the due date pays the principal (nothing accrued yet); nothing is owed when it pays it all', () => {
    const s = situationCreance({ ...FACTURE, paiements: [{ date: '2025-02-14', montant: '1200.00' }] }, PRO, '2025-06-30');
    expect(s).toMatchObject({ totalDu: '0.00', penalites: { couru: '0.00' }, indemnite: { couru: '0.00' } });
  });
});

describe('situationCreance — credit notes (avoirs) correct the invoice from the start (a reading: docs/situation.md)', () => {
  const CAS = { ...FACTURE, dateEcheance: '2025-01-15', paiements: [{ date: '2025-01-15', montant: '600.00' }], avoirs: [{ date: '2025-01-21', montant: '600.00' }] };

  it('regression: 1 200 € due 15 Jan, 600 € paid on the due date, a 600 € credit note on 21 Jan → neither penalties nor the 40 €', () => {
    // Before: penalties 0.00 (computed on the corrected principal) but the 40 € owed (day after the due date):
    // either something was late, or nothing was. Read as a correction from the start, 600 € were owed and paid
    // on time: no day of delay ran on a positive balance (D441-5: "from the first day of delay").
    const s = situationCreance(CAS, PRO, '2025-06-30');
    expect(s).toMatchObject({ avoirs: '600.00', principal: '600.00', principalDu: '0.00', totalDu: '0.00' });
    expect(s.penalites.couru).toBe('0.00');
    expect(s.indemnite.couru).toBe('0.00');
    expect(s.indemnite.motif).toMatch(/Aucun jour de retard/);
    expect(s.avertissements.some((a) => a.includes('aucun texte ne tranche'))).toBe(true);
  });

  it('before the credit note is issued, the invoice is owed in full: penalties and the 40 € together', () => {
    const s = situationCreance(CAS, PRO, '2025-01-20');
    expect(s).toMatchObject({ avoirs: '0.00', principal: '1200.00' });
    expect(s.penalites.couru).not.toBe('0.00');
    expect(s.indemnite.couru).toBe('40.00');
  });

  it('penalties and the 40 € always go together: the 40 € is owed iff some day accrued on a positive balance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: -5, max: 40 }), fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 90 }), (ttc, paye, avoir, jp, ja, d) => {
        const echeance = '2025-01-15';
        const jour = (n: number) => formaterDate(lireDate(echeance) + n);
        const c = {
          ...FACTURE,
          dateFacture: '2025-01-01',
          dateEcheance: echeance,
          montantTTC: euros(ttc),
          paiements: paye > 0 ? [{ date: jour(jp), montant: euros(paye) }] : [],
          avoirs: avoir > 0 ? [{ date: jour(ja), montant: euros(avoir) }] : [],
        };
        const s = situationCreance(c, PRO, jour(d), { accessoires: { penalites: true, indemnite: true } });
        expect(s.penalites.joursDeRetard > 0).toBe(s.indemnite.couru === '40.00');
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('situationCreance — accessories by debtor type', () => {
  it('a public buyer owes intérêts moratoires at ECB + 8 (C. commande publique R2192-31) and the 40 €', () => {
    const s = situationCreance(FACTURE, PUBLIC, '2025-06-30');
    const attendu = calculerPenalitesRetard({ montant: '1200.00', dateEcheance: '2025-02-14', dateCalcul: '2025-06-30', taux: { mode: 'commande-publique' } });
    expect(s.penalites).toMatchObject({ mode: 'commande-publique', couru: attendu.montant });
    expect(s.indemnite.couru).toBe('40.00');
    expect(s.references).toContain('C. commande publique art. R2192-31');
  });

  it('a consumer owes no penalty and never the 40 €; legal interest only from the mise en demeure (C. civ. 1231-6, 1344-1)', () => {
    const sans = situationCreance(FACTURE, CONSO, '2025-06-30');
    expect(sans).toMatchObject({ totalDu: '1200.00', penalites: { reclame: false, couru: '0.00', mode: null }, interets: { reclame: true, couru: '0.00' }, indemnite: { reclame: false, couru: '0.00' } });
    const avec = situationCreance(FACTURE, CONSO, '2025-06-30', { dateMiseEnDemeure: '2025-03-17' });
    const attendu = calculerInteretsLegaux({ montant: '1200.00', dateDebut: '2025-03-17', dateFin: '2025-06-30', categorie: 'autres-cas' });
    expect(avec.interets.couru).toBe(attendu.montant);
    expect(avec.totalDu).toBe(euros(120000n + cents(attendu.montant)));
    expect(avec.references).toEqual(expect.arrayContaining(['C. civ. art. 1231-6', 'C. civ. art. 1344-1']));
    const particulier = situationCreance(FACTURE, CONSO, '2025-06-30', { dateMiseEnDemeure: '2025-03-17', creancierParticulier: true });
    expect(cents(particulier.interets.couru)).toBeGreaterThan(cents(avec.interets.couru));
  });

  it('a non-professional debtor is treated like a consumer for the accessories (no 40 €)', () => {
    const s = situationCreance(FACTURE, { id: 'A1', type: 'non-professionnel', denomination: 'Association' }, '2025-06-30');
    expect(s.indemnite.couru).toBe('0.00');
    expect(s.penalites.couru).toBe('0.00');
  });

  it('+5 points two months after an enforceable decision (CMF L313-3; C. civ. 1231-7)', () => {
    const s = situationCreance(FACTURE, CONSO, '2025-12-31', { dateMiseEnDemeure: '2025-03-17', dateDecisionExecutoire: '2025-06-02' });
    expect(s.interets.references).toEqual(expect.arrayContaining(['C. mon. fin. art. L313-3', 'C. civ. art. 1231-7']));
    expect(s.interets.periodes.some((p) => p.du === '2025-08-03')).toBe(true);
  });

  it('accessories the creditor does not claim are not computed; a waiver leaves nothing due on them', () => {
    expect(situationCreance(FACTURE, PRO, '2025-06-30', { accessoires: { indemnite: false } })).toMatchObject({ indemnite: { reclame: false, couru: '0.00' } });
    const w = situationCreance(PAYE_LE_16_MARS, PRO, '2025-06-30', { dateAbandonAccessoires: '2025-03-20' });
    expect(w).toMatchObject({ accessoiresAbandonnes: true, principalDu: '0.00', accessoiresDus: '0.00', totalDu: '0.00' });
    expect(w.imputation.regle).toBe('principal-d-abord');
  });
});

describe('situationCreance — collective proceedings (C. com. L622-28; L441-10 II last sentence)', () => {
  const enRedressement = (dateJugement: string): DebiteurEntree => ({ ...PRO, procedureCollective: { type: 'redressement', dateJugement } });

  it('penalties stop the day before the opening judgment; a claim due before it keeps its 40 € (Errata 5)', () => {
    const s = situationCreance(FACTURE, enRedressement('2025-04-01'), '2025-06-30');
    expect(s.penalites.couru).toBe(calculerPenalitesRetard({ montant: '1200.00', dateEcheance: '2025-02-14', dateCalcul: '2025-03-31' }).montant);
    expect(s.indemnite.couru).toBe('40.00');
    expect(s.references).toContain('C. com. art. L622-28');
  });

  it('a claim due on or after the judgment: no penalty, no 40 € (payment at its due date is forbidden)', () => {
    const s = situationCreance(FACTURE, enRedressement('2025-02-14'), '2025-06-30');
    expect(s).toMatchObject({ penalites: { couru: '0.00' }, indemnite: { couru: '0.00' }, totalDu: '1200.00' });
  });
});

describe('situationCreance — legal tables and input', () => {
  it('a day the tables do not cover: a stated minimum by default; BAREME_MANQUANT with siBaremeManquant: "erreur" (docs/situation.md)', () => {
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2030-01-31', { siBaremeManquant: 'erreur' }))[0]).toBe('BAREME_MANQUANT');
    const s = situationCreance(FACTURE, PRO, '2030-01-31');
    expect(s.accessoiresConnus).toBe(false);
    expect(s.calculeJusquau < '2030-01-31').toBe(true);
    expect(s.avertissements.some((a) => a.startsWith('Barèmes légaux incomplets') && a.includes('est un minimum'))).toBe(true);
    expect(s.principalDu).toBe('1200.00');
    expect(s.indemnite.du).toBe('40.00');
  });

  it('bad input: RecouvrementError ENTREE_INVALIDE with the path', () => {
    expect(codeEtChemin(() => situationCreance({ ...FACTURE, paiements: [{ date: '2025-02-30', montant: '1.00' }] }, PRO, '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['creance', 'paiements', 0, 'date']]);
    expect(codeEtChemin(() => situationCreance({ ...FACTURE, avoirs: [{ date: '2025-03-01', montant: '-5.00' }] }, PRO, '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['creance', 'avoirs', 0, 'montant']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, { ...PRO, type: 'inconnu' } as unknown as DebiteurEntree, '2025-06-30'))).toEqual(['ENTREE_INVALIDE', ['debiteur', 'type']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-13-01'))).toEqual(['ENTREE_INVALIDE', ['date']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { imputation: 'au-choix' as never }))).toEqual(['ENTREE_INVALIDE', ['options', 'imputation']]);
    expect(codeEtChemin(() => situationCreance(FACTURE, PRO, '2025-06-30', { dateMiseEnDemeure: 'hier' }))).toEqual(['ENTREE_INVALIDE', ['options', 'dateMiseEnDemeure']]);
  });

  it('does not mutate its input, and its result is JSON-safe', () => {
    const c = geler(structuredClone({ ...PAYE_LE_16_MARS, avoirs: [{ date: '2025-03-01', montant: '10.00' }] }));
    const d = geler(structuredClone(PRO));
    const o = geler({ imputation: 'legale' as const, accessoires: { penalites: true } });
    const s = situationCreance(c, d, '2025-06-30', o);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties on random claims: every debtor type, payments, credit notes, both imputation rules.

const arbDebiteur = fc.constantFrom<DebiteurEntree>(PRO, CONSO, PUBLIC, { id: 'A1', type: 'non-professionnel', denomination: 'Association' });
const arbMouvements = (echeance: string) =>
  fc.array(fc.tuple(fc.integer({ min: -20, max: 200 }), fc.integer({ min: 1, max: 150_000 })), { maxLength: 4 }).map((l) =>
    l.map(([j, m]) => ({ date: formaterDate(lireDate(echeance) + j), montant: euros(m) })),
  );
const arbCas = arbDate('2019-01-01', '2025-12-31').chain((echeance) =>
  fc.record({
    creance: fc.record({
      montantTTC: fc.integer({ min: 0, max: 500_000 }).map(euros),
      paiements: arbMouvements(echeance),
      avoirs: arbMouvements(echeance),
    }).map((r) => ({ ...FACTURE, dateFacture: formaterDate(lireDate(echeance) - 30), dateEcheance: echeance, ...r })),
    debiteur: arbDebiteur,
    date: fc.integer({ min: -10, max: 400 }).map((j) => formaterDate(Math.min(lireDate(echeance) + j, lireDate('2026-06-30')))),
    med: fc.option(fc.integer({ min: 1, max: 100 }).map((j) => formaterDate(lireDate(echeance) + j)), { nil: undefined }),
    principalDAbord: fc.boolean(),
  }),
);

function verifierComptes(s: SituationCreance): void {
  const c = (x: string) => cents(x);
  // Totals are the sum of their components.
  expect(c(s.principalPaye) + c(s.principalDu)).toBe(c(s.principal));
  expect(c(s.accessoiresDus)).toBe(c(s.penalites.du) + c(s.interets.du) + c(s.indemnite.du));
  expect(c(s.totalDu)).toBe(c(s.principalDu) + c(s.accessoiresDus));
  // Every payment is allocated exactly: its parts sum to it.
  for (const p of s.imputation.paiements) {
    expect(c(p.interets) + c(p.penalites) + c(p.indemnite) + c(p.principal) + c(p.nonImpute)).toBe(c(p.montant));
  }
  expect(s.imputation.paiements.reduce((t, p) => t + c(p.montant), 0n)).toBe(c(s.paye));
  expect(s.imputation.paiements.reduce((t, p) => t + c(p.principal), 0n)).toBe(c(s.principalPaye));
  for (const k of ['penalites', 'interets', 'indemnite'] as const) {
    expect(s.imputation.paiements.reduce((t, p) => t + c(p[k]), 0n)).toBe(c(s[k].impute));
    // Accrued = imputed + due (unless waived); never more imputed than accrued.
    if (s.accessoiresConnus && !s.accessoiresAbandonnes) expect(c(s[k].impute) + c(s[k].du)).toBe(c(s[k].couru));
    expect(c(s[k].impute)).toBeLessThanOrEqual(c(s[k].couru));
  }
  // Penalties and interest: the sum of their periods.
  expect(s.penalites.periodes.reduce((t, p) => t + c(p.montant), 0n)).toBe(c(s.penalites.couru));
  // Under C. civ. 1343-1 the principal is paid off only once the accessories are.
  if (s.imputation.regle === 'legale' && s.accessoiresConnus && s.principalDu === '0.00') expect(s.accessoiresDus).toBe('0.00');
}

describe('situationCreance — properties', () => {
  it('exact allocation of every payment; totals are the sum of their components', () => {
    fc.assert(
      fc.property(arbCas, ({ creance, debiteur, date, med, principalDAbord }) => {
        const s = situationCreance(creance, debiteur, date, { ...(med ? { dateMiseEnDemeure: med } : {}), ...(principalDAbord ? { imputation: 'principal-d-abord' as const } : {}) });
        verifierComptes(s);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
      { numRuns: runs(300) },
    );
  });

  it('accrued accessories never decrease with time (credit notes aside: they correct the past)', () => {
    fc.assert(
      fc.property(arbCas, fc.integer({ min: 0, max: 200 }), ({ creance, debiteur, date, med, principalDAbord }, plus) => {
        const c = { ...creance, avoirs: [] };
        const o = { ...(med ? { dateMiseEnDemeure: med } : {}), ...(principalDAbord ? { imputation: 'principal-d-abord' as const } : {}) };
        const apres = formaterDate(Math.min(lireDate(date) + plus, lireDate('2026-06-30')));
        const a = situationCreance(c, debiteur, date, o);
        const b = situationCreance(c, debiteur, apres, o);
        for (const k of ['penalites', 'interets', 'indemnite'] as const) expect(cents(b[k].couru)).toBeGreaterThanOrEqual(cents(a[k].couru));
      }),
      { numRuns: runs(200) },
    );
  });
});
