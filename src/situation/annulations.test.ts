// Reversed payments (`paiements[].annulation`). The legal reference does not cover them: the library's
// reading (UNCONFIRMED, docs/situation.md). A rejected direct debit or a bounced cheque never discharged
// anything (C. civ. 1342: payment is the performance of what is due; the funds were never the creditor's):
// as if never made, from its own date. A refund: the payment counted until the refund's day; from then the
// sums it had paid are due again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paiementSchema, type CreanceEntree } from '../entites/creance.js';
import type { DebiteurEntree } from '../entites/debiteur.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';
import { arbDate, codeEtChemin, euros } from '../../test/outils.js';
import { runs } from '../../test/proprietes.js';
import { releveDeCompte } from './releveDeCompte.js';
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
const PAIEMENT = { date: '2025-03-16', montant: '1200.00' } as const;

/** The situation without what only says that a reversal happened. */
function sansTrace(s: SituationCreance): Omit<SituationCreance, 'avertissements' | 'paiementsAnnules'> {
  const { avertissements: _a, paiementsAnnules: _p, ...reste } = s;
  return reste;
}

describe('paiementSchema.annulation — validation', () => {
  it('a reversal dated before the payment, or with an unknown motif, is refused with its path', () => {
    expect(paiementSchema.safeParse({ ...PAIEMENT, annulation: { date: '2025-03-16', motif: 'cheque-impaye' } }).success).toBe(true);
    expect(codeEtChemin(() => situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-03-15', motif: 'rejet-prelevement' } }] }, PRO, '2025-06-30')))
      .toEqual(['ENTREE_INVALIDE', ['creance', 'paiements', 0, 'annulation', 'date']]);
    expect(codeEtChemin(() => situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-03-20', motif: 'virement' as never } }] }, PRO, '2025-06-30')))
      .toEqual(['ENTREE_INVALIDE', ['creance', 'paiements', 0, 'annulation', 'motif']]);
  });
});

describe('situationCreance — reversed payments, one named example per motif', () => {
  it('rejet-prelevement: 1 200 € debited 16 March, returned 25 March: on 30 June as if never paid (58.80 € of penalties, 136 days)', () => {
    // 1 200 × 13.15 % × 136 / 365 = 58.80 (15 Feb–30 June 2025, ECB + 10, L441-10 II) and the 40 € (D441-5).
    const s = situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-03-25', motif: 'rejet-prelevement' } }] }, PRO, '2025-06-30');
    expect(s).toMatchObject({ paye: '0.00', principalDu: '1200.00', totalDu: '1298.80' });
    expect(s.penalites).toMatchObject({ couru: '58.80', joursDeRetard: 136 });
    expect(s.imputation.paiements).toEqual([]);
    expect(s.paiementsAnnules).toEqual([{ date: '2025-03-16', montant: '1200.00', reference: null, annulation: { date: '2025-03-25', motif: 'rejet-prelevement' } }]);
    expect(s.avertissements.some((a) => a.includes('prélèvement rejeté') && a.includes('NON CONFIRMÉE'))).toBe(true);
  });

  it('before the reversal is known (statement of 20 March, return on 25 March), the payment counts', () => {
    const s = situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-03-25', motif: 'rejet-prelevement' } }] }, PRO, '2025-03-20');
    expect(s).toEqual(situationCreance({ ...FACTURE, paiements: [PAIEMENT] }, PRO, '2025-03-20'));
  });

  it('cheque-impaye: a bounced cheque for a consumer: no interest stopped, as if never paid', () => {
    const avec = situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-04-02', motif: 'cheque-impaye' } }] }, CONSO, '2025-06-30', { dateMiseEnDemeure: '2025-03-01' });
    const sans = situationCreance(FACTURE, CONSO, '2025-06-30', { dateMiseEnDemeure: '2025-03-01' });
    expect(sansTrace(avec)).toEqual(sansTrace(sans));
    expect(avec.avertissements.some((a) => a.includes('chèque impayé'))).toBe(true);
  });

  it('remboursement: 1 200 € paid 16 March, refunded 15 April: 46.40 € of penalties and the 40 € due again on 30 June', () => {
    // Until 15 April, the payment as imputed on 16 March (C. civ. 1343-1): 12.97 € of penalties, the 40 €,
    // 1 147.03 € of principal; 52.97 € bear penalties from 17 March (2.02 € by 30 June). Refunded on 15 April:
    // the 12.97 € and the 40 € are unpaid again and the 1 147.03 € bear penalties again from 16 April:
    // 1 147.03 × 13.15 % × 76 / 365 = 31.41. Penalties: 12.97 + 2.02 + 31.41 = 46.40.
    const s = situationCreance({ ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-04-15', motif: 'remboursement' } }] }, PRO, '2025-06-30');
    expect(s).toMatchObject({ paye: '0.00', principalDu: '1200.00', totalDu: '1286.40' });
    expect(s.penalites).toMatchObject({ couru: '46.40', impute: '0.00', du: '46.40' });
    expect(s.indemnite).toMatchObject({ couru: '40.00', impute: '0.00', du: '40.00' });
    expect(s.imputation.paiements).toEqual([
      { date: '2025-03-16', montant: '1200.00', reference: null, interets: '0.00', penalites: '12.97', indemnite: '40.00', principal: '1147.03', nonImpute: '0.00', annulation: { date: '2025-04-15', motif: 'remboursement' } },
    ]);
    expect(s.avertissements.some((a) => a.includes('remboursé le 15 avril 2025'))).toBe(true);
  });

  it('releveDeCompte follows (it is computed by situationCreance)', () => {
    const c = { ...FACTURE, paiements: [{ ...PAIEMENT, annulation: { date: '2025-03-25', motif: 'rejet-prelevement' as const } }] };
    expect(releveDeCompte(PRO, [c], '2025-06-30').totaux.totalDu).toBe('1298.80');
  });
});

const arbCas = arbDate('2020-01-01', '2025-12-31').chain((echeance) =>
  fc.record({
    echeance: fc.constant(echeance),
    montant: fc.integer({ min: 1, max: 1_000_000 }),
    paiements: fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 600_000 })), { maxLength: 3 }),
    annule: fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 600_000 }), fc.integer({ min: 0, max: 100 })),
    motif: fc.constantFrom('rejet-prelevement' as const, 'cheque-impaye' as const),
    retard: fc.integer({ min: 1, max: 500 }),
    debiteur: fc.constantFrom(PRO, CONSO, PUBLIC),
    principalDAbord: fc.boolean(),
  }),
);

describe('properties of reversals', () => {
  it('a payment reversed by rejet-prelevement or cheque-impaye is the claim without it; reversed then paid again = never reversed', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const e = lireDate(k.echeance);
        const facture = formaterDate(e - 30);
        const date = formaterDate(Math.min(e + k.retard, lireDate('2026-06-30')));
        const autres = k.paiements.map(([j, m]) => ({ date: formaterDate(e - 30 + j), montant: euros(m) })).filter((p) => p.date <= date);
        const jourAnnule = Math.min(e - 30 + k.annule[0], lireDate(date));
        const annule = { date: formaterDate(jourAnnule), montant: euros(k.annule[1]) };
        const renverse = { ...annule, annulation: { date: formaterDate(Math.min(jourAnnule + k.annule[2], lireDate(date))), motif: k.motif } };
        const base = { ...FACTURE, montantTTC: euros(k.montant), dateFacture: facture, dateEcheance: k.echeance };
        const options = { dateMiseEnDemeure: formaterDate(e + 1 > lireDate(date) ? lireDate(date) : e + 1), ...(k.principalDAbord ? { imputation: 'principal-d-abord' as const } : {}) };
        const avec = situationCreance({ ...base, paiements: [...autres, renverse] }, k.debiteur, date, options);
        const sans = situationCreance({ ...base, paiements: autres }, k.debiteur, date, options);
        expect(sansTrace(avec)).toEqual(sansTrace(sans));
        expect(avec.paiementsAnnules).toHaveLength(1);
        // Reversed, then paid again (the same amount, the same day) = never reversed.
        const repaye = situationCreance({ ...base, paiements: [...autres, renverse, annule] }, k.debiteur, date, options);
        const jamais = situationCreance({ ...base, paiements: [...autres, annule] }, k.debiteur, date, options);
        expect(sansTrace(repaye)).toEqual(sansTrace(jamais));
      }),
      { numRuns: runs(150) },
    );
  });

  it('a refund never lowers the total due, and a refund on the payment day leaves the principal as if never paid', () => {
    fc.assert(
      fc.property(arbCas, (k) => {
        const e = lireDate(k.echeance);
        const date = formaterDate(Math.min(e + k.retard, lireDate('2026-06-30')));
        const jour = Math.min(e - 30 + k.annule[0], lireDate(date));
        const p = { date: formaterDate(jour), montant: euros(k.annule[1]) };
        const base = { ...FACTURE, montantTTC: euros(k.montant), dateFacture: formaterDate(e - 30), dateEcheance: k.echeance };
        const rembourse = (r: number): SituationCreance =>
          situationCreance({ ...base, paiements: [{ ...p, annulation: { date: formaterDate(r), motif: 'remboursement' } }] }, k.debiteur, date);
        const garde = situationCreance({ ...base, paiements: [p] }, k.debiteur, date);
        const jamais = situationCreance(base, k.debiteur, date);
        const r = rembourse(Math.min(jour + k.annule[2], lireDate(date)));
        expect(BigInt(Math.round(Number(r.totalDu) * 100))).toBeGreaterThanOrEqual(BigInt(Math.round(Number(garde.totalDu) * 100)));
        expect(r.paye).toBe('0.00');
        const memeJour = rembourse(jour);
        expect(memeJour.principalDu).toBe(jamais.principalDu);
        expect(memeJour.indemnite.du).toBe(jamais.indemnite.du);
      }),
      { numRuns: runs(100) },
    );
  });
});
