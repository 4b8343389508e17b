import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { dso } from './dso.js';
import { erreur, euros, geler } from '../../test/outils.js';

const arbCents = fc.integer({ min: 0, max: 100_000_000_000 });

describe('dso (simple method: encours / CA TTC × jours)', () => {
  it('worked example: 250 000 € receivables, 1 200 000 € turnover over 365 days → 76.0 days (76.04…)', () => {
    expect(dso({ encours: '250000.00', chiffreAffairesTTC: '1200000.00', jours: 365 })).toBe(76);
  });

  it('worked example: a quarter, receivables one third of sales → 30 days', () => {
    expect(dso({ encours: 100, chiffreAffairesTTC: 300, jours: 90 })).toBe(30);
  });

  it('rounds half-up on the exact rational: 1 × 1 / 8 = 0.125 → 0.1; 3 × 1 / 8 = 0.375 → 0.4; 0.05 → 0.1', () => {
    expect(dso({ encours: 1, chiffreAffairesTTC: 8, jours: 1 })).toBe(0.1);
    expect(dso({ encours: 3, chiffreAffairesTTC: 8, jours: 1 })).toBe(0.4);
    expect(dso({ encours: '0.01', chiffreAffairesTTC: '0.20', jours: 1 })).toBe(0.1); // exactly 0.05
    expect(dso({ encours: '0.01', chiffreAffairesTTC: '0.40', jours: 1 })).toBe(0); // exactly 0.025
  });

  it('no float drift: 0.1 + 0.2 style inputs give the decimal result', () => {
    expect(dso({ encours: '0.30', chiffreAffairesTTC: '1.00', jours: 1 })).toBe(0.3);
    // 1 234 567.89 × 365 / 2 469 135.78 = 182.5 exactly: a tie, rounded up, not lost in float error.
    expect(dso({ encours: '1234567.89', chiffreAffairesTTC: '2469135.78', jours: 365 })).toBe(182.5);
    expect(dso({ encours: '0.01', chiffreAffairesTTC: '0.02', jours: 365 })).toBe(182.5);
  });

  it('rejects zero turnover, bad day counts and bad amounts with ENTREE_INVALIDE and a path', () => {
    expect(erreur(() => dso({ encours: 1, chiffreAffairesTTC: 0, jours: 30 })).issues[0]?.path).toEqual(['chiffreAffairesTTC']);
    expect(erreur(() => dso({ encours: 1, chiffreAffairesTTC: 1, jours: 0 })).issues[0]?.path).toEqual(['jours']);
    expect(erreur(() => dso({ encours: 1, chiffreAffairesTTC: 1, jours: 1.5 })).code).toBe('ENTREE_INVALIDE');
    expect(erreur(() => dso({ encours: '12,50', chiffreAffairesTTC: 1, jours: 1 })).issues[0]?.path).toEqual(['encours']);
    expect(erreur(() => dso(null as never)).code).toBe('ENTREE_INVALIDE');
  });

  it('property: monotone in the receivables (more receivables never lowers the DSO)', () => {
    fc.assert(
      fc.property(arbCents, arbCents, fc.integer({ min: 1, max: 100_000_000_000 }), fc.integer({ min: 1, max: 366 }), (a, b, ca, jours) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(dso({ encours: euros(lo), chiffreAffairesTTC: euros(ca), jours })).toBeLessThanOrEqual(dso({ encours: euros(hi), chiffreAffairesTTC: euros(ca), jours }));
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: equals the exact rational rounded half-up to one decimal (independent BigInt recount)', () => {
    fc.assert(
      fc.property(arbCents, fc.integer({ min: 1, max: 100_000_000_000 }), fc.integer({ min: 1, max: 366 }), (e, ca, jours) => {
        const num = BigInt(e) * BigInt(jours) * 10n;
        const den = BigInt(ca);
        const q = num / den;
        const dixiemes = 2n * (num - q * den) >= den ? q + 1n : q;
        expect(dso({ encours: euros(e), chiffreAffairesTTC: euros(ca), jours })).toBe(Number(dixiemes) / 10);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    const p = geler({ encours: '100.00', chiffreAffairesTTC: '300.00', jours: 30 });
    expect(dso(p)).toBe(10);
  });
});
