import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { retardMoyen } from './retardMoyen.js';
import { dso } from './dso.js';
import { meilleurDsoPossible } from './meilleurDsoPossible.js';
import { euros, geler } from '../../test/outils.js';

describe('retardMoyen (average days delinquent = DSO − best possible DSO)', () => {
  it('worked example: DSO 76.04 − BPDSO 45.625 = 30.42 → 30.4', () => {
    expect(retardMoyen({ encours: '250000.00', encoursNonEchu: '150000.00', chiffreAffairesTTC: '1200000.00', jours: 365 })).toBe(30.4);
  });

  it('is computed on exact values, not on the two rounded figures (may differ from their difference by 0.1)', () => {
    // DSO 0.125 → 0.1, BPDSO 0.075 → 0.1: rounded difference 0, exact ADD 0.05 → 0.1.
    const q = { encours: '0.05', encoursNonEchu: '0.03', chiffreAffairesTTC: '0.40', jours: 1 };
    expect(dso({ encours: q.encours, chiffreAffairesTTC: q.chiffreAffairesTTC, jours: 1 })).toBe(0.1);
    expect(meilleurDsoPossible({ encoursNonEchu: q.encoursNonEchu, chiffreAffairesTTC: q.chiffreAffairesTTC, jours: 1 })).toBe(0.1);
    expect(retardMoyen(q)).toBe(0.1);
  });

  it('rejects current receivables above the total', () => {
    expect(() => retardMoyen({ encours: 1, encoursNonEchu: 2, chiffreAffairesTTC: 1, jours: 1 })).toThrow(/non échu/);
  });

  it('property: within 0.1 of DSO − BPDSO, and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 366 }), (courant, echu, ca, jours) => {
        const p = { encours: euros(courant + echu), encoursNonEchu: euros(courant), chiffreAffairesTTC: euros(ca), jours };
        const add = retardMoyen(p);
        expect(add).toBeGreaterThanOrEqual(0);
        const dixiemes = (x: number): number => Math.round(x * 10);
        expect(Math.abs(dixiemes(add) - (dixiemes(dso({ encours: p.encours, chiffreAffairesTTC: p.chiffreAffairesTTC, jours: p.jours })) - dixiemes(meilleurDsoPossible({ encoursNonEchu: p.encoursNonEchu, chiffreAffairesTTC: p.chiffreAffairesTTC, jours: p.jours }))))).toBeLessThanOrEqual(1);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    expect(retardMoyen(geler({ encours: 30, encoursNonEchu: 10, chiffreAffairesTTC: 30, jours: 30 }))).toBe(20);
  });
});
