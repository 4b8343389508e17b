import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { profilPaiement } from './profilPaiement.js';
import { arbDate, arbMontant, cents, cheminErreur, geler } from '../../test/outils.js';
import { lireDate } from '../socle/date-iso.js';

describe('profilPaiement (payment history of one debtor)', () => {
  const historique = [
    { montantTTC: '1000.00', dateEcheance: '2025-01-31', paiements: [{ date: '2025-02-10', montant: '1000.00' }] }, // 10 days late
    { montantTTC: '500.00', dateEcheance: '2025-02-28', paiements: [{ date: '2025-02-20', montant: '500.00' }] }, // early: 0
    { montantTTC: '800.00', dateEcheance: '2025-05-31', paiements: [{ date: '2025-07-15', montant: '100.00' }] }, // open, overdue; payment after the date ignored
    { montantTTC: '200.00', dateEcheance: '2025-07-31', paiements: [] }, // open, not yet due
  ];

  it('worked example: weighted lateness 10 000 €·days / 1 500 € = 6.7, 1 of 2 settled invoices late, 800 € overdue', () => {
    const p = profilPaiement(historique, { date: '2025-06-30' });
    expect(p).toMatchObject({
      date: '2025-06-30',
      nombreFactures: 4,
      retardMoyen: 6.7,
      nombrePayees: 2,
      nombrePayeesEnRetard: 1,
      partPayeesEnRetard: 0.5,
      encoursEchu: '800.00',
      nombreFacturesEchues: 1,
      encours: '1000.00',
    });
  });

  it('a month-end date gives calendar months; the trend is indeterminate with fewer than two periods with payments', () => {
    const p = profilPaiement(historique, { date: '2025-06-30', periodes: 3 });
    expect(p.periodes.map((x) => [x.debut, x.fin])).toEqual([['2025-04-01', '2025-04-30'], ['2025-05-01', '2025-05-31'], ['2025-06-01', '2025-06-30']]);
    expect(p.tendance).toEqual({ pente: null, sens: 'indeterminee' });
    const q = profilPaiement(historique, { date: '2025-06-15', periodes: 2 });
    expect(q.periodes.map((x) => [x.debut, x.fin])).toEqual([['2025-04-16', '2025-05-15'], ['2025-05-16', '2025-06-15']]);
  });

  it('trend: lateness 0, 10, 20 days over three months → slope +10 days per period, degradation; the reverse is an improvement', () => {
    const h = [0, 10, 20].map((retard, k) => ({
      montantTTC: 100,
      dateEcheance: `2025-0${k + 4}-10`,
      paiements: [{ date: `2025-0${k + 4}-${String(10 + retard).padStart(2, '0')}`, montant: 100 }],
    }));
    const p = profilPaiement(h, { date: '2025-06-30', periodes: 3 });
    expect(p.periodes.map((x) => x.retardMoyen)).toEqual([0, 10, 20]);
    expect(p.tendance).toEqual({ pente: 10, sens: 'degradation' });
    const inverse = h.map((f, k) => ({ ...f, paiements: [{ date: `2025-0${k + 4}-${String(30 - 10 * k).padStart(2, '0')}`, montant: 100 }] }));
    expect(profilPaiement(inverse, { date: '2025-06-30', periodes: 3 }).tendance).toEqual({ pente: -10, sens: 'amelioration' });
    expect(profilPaiement(h, { date: '2025-06-30', periodes: 3, seuilTendance: 10 }).tendance.sens).toBe('stable');
  });

  it('the payment that settles an invoice decides whether it was paid late (payments in any order)', () => {
    const p = profilPaiement(
      [{ montantTTC: 100, dateEcheance: '2025-03-31', paiements: [{ date: '2025-04-05', montant: 40 }, { date: '2025-03-01', montant: 60 }] }],
      { date: '2025-06-30' },
    );
    expect(p.nombrePayeesEnRetard).toBe(1);
    expect(p.retardMoyen).toBe(2); // (40 × 5 + 60 × 0) / 100
  });

  it('errors carry the row and payment index', () => {
    expect(cheminErreur(() => profilPaiement([...historique, { montantTTC: 1, dateEcheance: '2025-01-01', paiements: [{ date: '2025-01-01', montant: '1.005' }] }], { date: '2025-06-30' }))).toEqual([4, 'paiements', 0, 'montant']);
    expect(() => profilPaiement([], { date: '2025-06-30', periodes: 1 })).toThrow(/au moins 2/);
  });

  it('property: encours and encoursEchu match a naive recount; rates in [0, 1]', () => {
    const arbFacture = fc.record({
      montantTTC: arbMontant,
      dateEcheance: arbDate('2024-01-01', '2025-12-31'),
      paiements: fc.array(fc.record({ date: arbDate('2024-01-01', '2025-12-31'), montant: arbMontant.filter((m) => m !== '0.00') }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(arbFacture, { maxLength: 30 }), arbDate('2024-06-01', '2025-12-31'), (h, d) => {
        const p = profilPaiement(h, { date: d });
        let encours = 0n;
        let echu = 0n;
        for (const f of h) {
          const paye = f.paiements.filter((x) => lireDate(x.date) <= lireDate(d)).reduce((s, x) => s + cents(x.montant), 0n);
          const du = cents(f.montantTTC) > paye ? cents(f.montantTTC) - paye : 0n;
          encours += du;
          if (lireDate(f.dateEcheance) < lireDate(d)) echu += du;
        }
        expect(cents(p.encours)).toBe(encours);
        expect(cents(p.encoursEchu)).toBe(echu);
        if (p.partPayeesEnRetard !== null) {
          expect(p.partPayeesEnRetard).toBeGreaterThanOrEqual(0);
          expect(p.partPayeesEnRetard).toBeLessThanOrEqual(1);
        }
        if (p.retardMoyen !== null) expect(p.retardMoyen).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(200) },
    );
  });

  it('does not mutate its input', () => {
    const h = geler(structuredClone(historique));
    expect(profilPaiement(h, geler({ date: '2025-06-30' })).retardMoyen).toBe(6.7);
  });
});
