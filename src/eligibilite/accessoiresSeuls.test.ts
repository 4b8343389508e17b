// Claims of accessories alone (issue 17, item 7): an invoice whose principal is paid but whose penalties,
// interest or 40 € are still due is a claim of its own — liquide (CPCE L111-6: the law fixes each accessory
// from the claim's elements), exigible without reminder (C. com. L441-10 II), and the injonction de payer
// (CPC 1405) and the procédure simplifiée (CPCE L125-1, R125-1) are checked on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/proprietes.js';
import type { CreanceEntree } from '../entites/creance.js';
import { situationCreance } from '../situation/situationCreance.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { eligibiliteInjonctionDePayer } from './eligibiliteInjonctionDePayer.js';
import { eligibiliteProcedureSimplifiee } from './eligibiliteProcedureSimplifiee.js';
import { verifierCreance } from './verifierCreance.js';

const CREANCE: CreanceEntree = {
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
const PRO = { id: 'D1', type: 'professionnel' as const, denomination: 'ACME SAS', commercant: true };
const CONSO = { id: 'C1', type: 'consommateur' as const, denomination: 'M. Durand' };
const payee = (date: string, montant = '1200.00'): CreanceEntree => ({ ...CREANCE, paiements: [{ date, montant }] });
const PRINCIPAL_D_ABORD = { imputation: 'principal-d-abord' } as const;

describe('verifierCreance — accessories alone: liquide (CPCE L111-6), exigible without reminder (C. com. L441-10 II)', () => {
  it('CPCE L111-6, C. com. L441-10 II, D441-5: paid a month late, principal first — the penalties and the 40 € are a liquid claim of their own', () => {
    const r = verifierCreance(payee('2025-03-16'), '2025-04-01', PRINCIPAL_D_ABORD);
    expect([r.accessoiresSeuls, r.certaine, r.liquide, r.exigible, r.certaineLiquideExigible]).toEqual([true, true, true, true, true]);
    // The amount is situationCreance's: 1 200 € × 13.15 % × 30 days / 365 = 12.97 €, plus 40 €.
    const s = situationCreance(payee('2025-03-16'), PRO, '2025-04-01', PRINCIPAL_D_ABORD);
    expect([r.resteDu, r.accessoiresDus, r.totalDu]).toEqual(['0.00', s.accessoiresDus, s.totalDu]);
    expect(r.totalDu).toBe('52.97');
    expect(r.motifs[1]).toBe(
      '✓ Liquide : montant déterminé : créance d’accessoires seuls, le principal étant payé ; 12.97 € de pénalités de retard (C. com. art. L441-10 II), 40.00 € d’indemnité forfaitaire pour frais de recouvrement (C. com. art. L441-10 II, C. com. art. D441-5) restent dus au 2025-04-01, soit 52.97 €, chacun fixé par une formule légale à partir des éléments de la créance (CPCE L111-6).',
    );
    expect(r.motifs[2]).toContain('sans qu’un rappel soit nécessaire (C. com. L441-10 II)');
    expect(r.references).toEqual(['CPCE art. L111-6', 'C. com. art. L441-10 II', 'CPCE art. L111-2']);
  });

  it('boundary, L441-10 II: paid on the due date, nothing is late — nothing due, not liquide; one day late — 40 € and one day of penalties', () => {
    const aTemps = verifierCreance(payee('2025-02-14'), '2025-04-01', PRINCIPAL_D_ABORD);
    expect([aTemps.accessoiresSeuls, aTemps.liquide, aTemps.totalDu]).toEqual([false, false, '0.00']);
    const unJour = verifierCreance(payee('2025-02-15'), '2025-04-01', PRINCIPAL_D_ABORD);
    // 1 200 € × 13.15 % × 1 day / 365 = 0.43 € (the payment's own day still accrues).
    expect([unJour.accessoiresSeuls, unJour.liquide, unJour.accessoiresDus]).toEqual([true, true, '40.43']);
  });

  it('C. civ. 1343-1 (default): the same payment goes to the accessories first — the principal left is due, no claim of accessories alone', () => {
    const r = verifierCreance(payee('2025-03-16'), '2025-04-01');
    expect(r.accessoiresSeuls).toBe(false);
    expect(r.resteDu).not.toBe('0.00');
    expect(r.liquide).toBe(true);
  });

  it('C. civ. 1231-6, 1344-1: a consumer owes legal interest from the mise en demeure only — with it, interest alone is a claim; without it, nothing is due', () => {
    const c = { ...payee('2025-04-15'), nature: 'consommation' as const };
    const sans = verifierCreance(c, '2025-05-01', { ...PRINCIPAL_D_ABORD, debiteur: CONSO });
    expect([sans.accessoiresSeuls, sans.liquide, sans.totalDu]).toEqual([false, false, '0.00']);
    const avec = verifierCreance(c, '2025-05-01', { ...PRINCIPAL_D_ABORD, debiteur: CONSO, dateMiseEnDemeure: '2025-03-01' });
    expect([avec.accessoiresSeuls, avec.liquide, avec.exigible]).toEqual([true, true, true]);
    expect(avec.motifs[1]).toContain('d’intérêts au taux légal');
    expect(avec.motifs[1]).not.toContain('indemnité');
    expect(avec.motifs[2]).toContain('(C. civ. 1344-1)');
  });

  it('refuses an unknown imputation rule and a malformed mise en demeure date, with their paths', () => {
    expect(() => verifierCreance(CREANCE, '2025-04-01', { imputation: 'au-choix' as never })).toThrowError(expect.objectContaining({ code: 'ENTREE_INVALIDE', issues: [expect.objectContaining({ path: ['options', 'imputation'] })] }));
    expect(() => verifierCreance(CREANCE, '2025-04-01', { dateMiseEnDemeure: '2025-02-30' })).toThrowError(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });

  it('property: with the principal imputed first, accessoiresSeuls exactly when the principal is paid and something is due, and such a claim is liquide; with C. civ. 1343-1 it never arises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 150_000 }), fc.integer({ min: 0, max: 60 }), (retard, centimes, apres) => {
        const date = formaterDate(lireDate('2025-02-14') + retard);
        const c = payee(date, (centimes / 100).toFixed(2));
        const jour = formaterDate(lireDate(date) + apres);
        const r = verifierCreance({ ...c, montantTTC: (centimes / 100).toFixed(2) }, jour, PRINCIPAL_D_ABORD);
        expect(r.accessoiresSeuls).toBe(r.resteDu === '0.00' && r.totalDu !== '0.00');
        expect(r.accessoiresSeuls).toBe(retard > 0);
        if (r.accessoiresSeuls) expect([r.liquide, r.exigible, r.totalDu]).toEqual([true, true, r.accessoiresDus]);
        expect(verifierCreance({ ...c, montantTTC: (centimes / 100).toFixed(2) }, jour).accessoiresSeuls).toBe(false);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('eligibiliteInjonctionDePayer — accessories alone (CPC 1405 1°: montant déterminé; CPC 1407: itemised)', () => {
  it('CPC 1405, 1407: eligible on the accessories alone, the request claims them itemised', () => {
    const r = eligibiliteInjonctionDePayer(payee('2025-03-16'), PRO, '2025-04-01', PRINCIPAL_D_ABORD);
    expect([r.eligible, r.juridiction, r.accessoiresSeuls, r.montant]).toEqual([true, 'tribunal-de-commerce', true, '52.97']);
    expect(r.avertissements.some((a) => a.startsWith('Créance d’accessoires seuls (principal payé) : la requête réclame 52.97 €') && a.endsWith('(CPC 1407).'))).toBe(true);
  });

  it('CPC 1409: a disputed claim of accessories is refused like any other; CPC 1405: paid on time, nothing to claim', () => {
    expect(eligibiliteInjonctionDePayer({ ...payee('2025-03-16'), contestee: true }, PRO, '2025-04-01', PRINCIPAL_D_ABORD).eligible).toBe(false);
    const aTemps = eligibiliteInjonctionDePayer(payee('2025-02-14'), PRO, '2025-04-01', PRINCIPAL_D_ABORD);
    expect([aTemps.eligible, aTemps.accessoiresSeuls, aTemps.montant]).toEqual([false, false, '0.00']);
  });
});

describe('eligibiliteProcedureSimplifiee — accessories alone (CPCE L125-1, R125-1): the threshold on what the claim owes', () => {
  it('CPCE L125-1: eligible, the amount compared is the penalties and the 40 € (UNCONFIRMED reading, stated)', () => {
    const r = eligibiliteProcedureSimplifiee(payee('2025-03-16'), '2025-04-01', { ...PRINCIPAL_D_ABORD, debiteur: PRO });
    expect([r.eligible, r.accessoiresSeuls, r.principal, r.interets, r.montantCompare]).toEqual([true, true, '0.00', '12.97', '52.97']);
    expect(r.motifs[4]).toBe('✓ Créance d’accessoires seuls : pénalités ou intérêts 12.97 € + indemnité forfaitaire 40.00 € = 52.97 € ≤ plafond de 5000.00 €.');
    expect(r.avertissements.some((a) => a.includes('NON CONFIRMÉ') && a.startsWith('Créance d’accessoires seuls'))).toBe(true);
  });

  it('R125-1 boundary from 2020-01-01 (5 000 €): 4 960.00 € of interest + 40 € = 5 000.00 € is eligible, one cent more is not', () => {
    const juste = eligibiliteProcedureSimplifiee(payee('2025-03-16'), '2025-04-01', { ...PRINCIPAL_D_ABORD, debiteur: PRO, interets: '4960.00' });
    expect([juste.eligible, juste.montantCompare, juste.plafond]).toEqual([true, '5000.00', '5000.00']);
    const audela = eligibiliteProcedureSimplifiee(payee('2025-03-16'), '2025-04-01', { ...PRINCIPAL_D_ABORD, debiteur: PRO, interets: '4960.01' });
    expect([audela.eligible, audela.montantCompare]).toEqual([false, '5000.01']);
    expect(audela.motifs[4]).toBe('✗ Créance d’accessoires seuls : pénalités ou intérêts 4960.01 € + indemnité forfaitaire 40.00 € = 5000.01 € > plafond de 5000.00 €.');
  });

  it('R125-1 boundary before 2020-01-01 (4 000 € from 2016-06-01): 3 960.00 € + 40 € is eligible on 2019-12-31, 3 960.01 € is not', () => {
    const ancienne: CreanceEntree = { ...CREANCE, dateFacture: '2019-01-15', dateEcheance: '2019-02-14', paiements: [{ date: '2019-06-14', montant: '1200.00' }] };
    const juste = eligibiliteProcedureSimplifiee(ancienne, '2019-12-31', { ...PRINCIPAL_D_ABORD, debiteur: PRO, interets: '3960.00' });
    expect([juste.eligible, juste.accessoiresSeuls, juste.plafond, juste.montantCompare]).toEqual([true, true, '4000.00', '4000.00']);
    expect(eligibiliteProcedureSimplifiee(ancienne, '2019-12-31', { ...PRINCIPAL_D_ABORD, debiteur: PRO, interets: '3960.01' }).eligible).toBe(false);
  });

  it('without accessories alone, the comparison is unchanged: principal + interest, the 40 € not counted', () => {
    const r = eligibiliteProcedureSimplifiee(CREANCE, '2025-04-01', { debiteur: PRO });
    expect(r.accessoiresSeuls).toBe(false);
    expect(r.montantCompare).toBe(`${(1200 + Number(r.interets)).toFixed(2)}`);
  });
});
