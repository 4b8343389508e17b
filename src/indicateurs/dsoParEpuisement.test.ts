import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { dsoParEpuisement } from './dsoParEpuisement.js';
import { dso } from './dso.js';
import { codeEtChemin, euros, geler } from '../../test/outils.js';
import { formaterDate, lireDate } from '../socle/date-iso.js';

describe('dsoParEpuisement (count-back, newest period first)', () => {
  const decembre = { debut: '2025-12-01', fin: '2025-12-31', montantTTC: '100000.00' };
  const novembre = { debut: '2025-11-01', fin: '2025-11-30', montantTTC: '80000.00' };
  const octobre = { debut: '2025-10-01', fin: '2025-10-31', montantTTC: '120000.00' };

  it('worked example: 150 000 € against December 100 000 € (31 days) then 50 000 / 80 000 of November (18.75 days) → 49.8', () => {
    expect(dsoParEpuisement({ encours: '150000.00', ventes: [decembre, novembre, octobre] })).toBe(49.8);
  });

  it('receivables exactly equal to the newest periods: whole days (31 + 30 = 61)', () => {
    expect(dsoParEpuisement({ encours: '180000.00', ventes: [decembre, novembre, octobre] })).toBe(61);
  });

  it('receivables below the newest period: a fraction of it (25 000 / 100 000 × 31 = 7.75 → 7.8)', () => {
    expect(dsoParEpuisement({ encours: 25000, ventes: [decembre] })).toBe(7.8);
  });

  it('zero receivables → 0; a period without sales is fully counted', () => {
    expect(dsoParEpuisement({ encours: 0, ventes: [decembre] })).toBe(0);
    expect(dsoParEpuisement({ encours: 50, ventes: [{ debut: '2025-12-01', fin: '2025-12-31', montantTTC: 0 }, { debut: '2025-11-01', fin: '2025-11-30', montantTTC: 100 }] })).toBe(46);
  });

  it('follows seasonality where the simple DSO does not (same receivables, a strong December)', () => {
    const ventes = [
      { debut: '2025-12-01', fin: '2025-12-31', montantTTC: '300000.00' },
      { debut: '2025-11-01', fin: '2025-11-30', montantTTC: '50000.00' },
      { debut: '2025-10-01', fin: '2025-10-31', montantTTC: '50000.00' },
    ];
    expect(dsoParEpuisement({ encours: '300000.00', ventes })).toBe(31);
    expect(dso({ encours: '300000.00', chiffreAffairesTTC: '400000.00', jours: 92 })).toBe(69);
  });

  it('rejects periods out of order, overlapping or with gaps, and a history shorter than the receivables', () => {
    expect(codeEtChemin(() => dsoParEpuisement({ encours: 1, ventes: [novembre, decembre] }))).toEqual(['ENTREE_INVALIDE', ['ventes', 1, 'fin']]);
    expect(codeEtChemin(() => dsoParEpuisement({ encours: 1, ventes: [decembre, octobre] }))).toEqual(['ENTREE_INVALIDE', ['ventes', 1, 'fin']]);
    expect(codeEtChemin(() => dsoParEpuisement({ encours: 1, ventes: [{ debut: '2025-12-31', fin: '2025-12-01', montantTTC: 1 }] }))).toEqual(['ENTREE_INVALIDE', ['ventes', 0, 'fin']]);
    expect(codeEtChemin(() => dsoParEpuisement({ encours: '180000.01', ventes: [decembre, novembre] }))).toEqual(['ENTREE_INVALIDE', ['ventes']]);
    expect(codeEtChemin(() => dsoParEpuisement({ encours: 1, ventes: [{ ...decembre, montantTTC: '-1' }] }))).toEqual(['ENTREE_INVALIDE', ['ventes', 0, 'montantTTC']]);
    expect(codeEtChemin(() => dsoParEpuisement({ encours: 1, ventes: 'x' as never }))).toEqual(['ENTREE_INVALIDE', ['ventes']]);
  });

  it('property: equals the simple DSO when sales are uniform (same length, same sales per period)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 62 }),
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: lireDate('2000-01-01'), max: lireDate('2030-12-31') }),
        (n, longueur, parPeriode, part, fin) => {
          const ventes = Array.from({ length: n }, (_, k) => ({
            debut: formaterDate(fin - (k + 1) * longueur + 1),
            fin: formaterDate(fin - k * longueur),
            montantTTC: euros(parPeriode),
          }));
          const encours = Math.floor(part * parPeriode * n);
          expect(dsoParEpuisement({ encours: euros(encours), ventes })).toBe(
            dso({ encours: euros(encours), chiffreAffairesTTC: euros(parPeriode * n), jours: n * longueur }),
          );
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('property: monotone in the receivables', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (montants, a, b) => {
        const total = montants.reduce((s, x) => s + x, 0);
        const ventes = montants.map((m, k) => ({ debut: formaterDate(20000 - 30 * (k + 1) + 1), fin: formaterDate(20000 - 30 * k), montantTTC: euros(m) }));
        const [lo, hi] = [Math.floor(Math.min(a, b) * total), Math.floor(Math.max(a, b) * total)];
        expect(dsoParEpuisement({ encours: euros(lo), ventes })).toBeLessThanOrEqual(dsoParEpuisement({ encours: euros(hi), ventes }));
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    const p = geler({ encours: '150000.00', ventes: [decembre, novembre] });
    expect(dsoParEpuisement(p)).toBe(49.8);
  });
});
