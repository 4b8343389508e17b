import fc from 'fast-check';
import { runs } from '../../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { erreur, geler } from '../../../test/outils.js';
import { formaterEuros, lireEuros } from '../../socle/euros.js';
import { repartir, repartirCentimes } from './repartir.js';

describe('repartir (largest-remainder allocation)', () => {
  it('splits 100 € in three: the extra cent goes to the first part', () => {
    expect(repartir('100.00', [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
  });

  it('splits 5 cents in two and 2 cents in three (ties broken by position)', () => {
    expect(repartir('0.05', [1, 1])).toEqual(['0.03', '0.02']);
    expect(repartir('0.02', [1, 1, 1])).toEqual(['0.01', '0.01', '0.00']);
  });

  it('gives the leftover cent to the largest remainder, not to the first part', () => {
    // 1.00 × [1, 2] / 3 = 0.333… and 0.666…: the second part has the larger remainder.
    expect(repartir('1.00', [1, 2])).toEqual(['0.33', '0.67']);
    // 0.10 × [3, 3, 4] / 10 = exact.
    expect(repartir('0.10', [3, 3, 4])).toEqual(['0.03', '0.03', '0.04']);
  });

  it('gives nothing to a zero ratio', () => {
    expect(repartir(10, [0, 1, 0, 1])).toEqual(['0.00', '5.00', '0.00', '5.00']);
  });

  it('stays exact on the largest amounts (BigInt products)', () => {
    expect(repartir('10000000000000.00', [1, 1, 1])).toEqual(['3333333333333.34', '3333333333333.33', '3333333333333.33']);
    expect(repartir('9999999999999.99', [Number.MAX_SAFE_INTEGER, 1])).toEqual(['9999999999999.99', '0.00']);
  });

  it('rejects bad input with the failing path', () => {
    expect(erreur(() => repartir('-1', [1])).issues[0]?.path).toEqual(['montant']);
    expect(erreur(() => repartir(1, [])).issues[0]?.path).toEqual(['ratios']);
    expect(erreur(() => repartir(1, [1, -1])).issues[0]?.path).toEqual(['ratios', 1]);
    expect(erreur(() => repartir(1, [1, 0.5])).issues[0]?.path).toEqual(['ratios', 1]);
    expect(erreur(() => repartir(1, [0, 0])).code).toBe('ENTREE_INVALIDE');
  });

  it('does not mutate its input', () => {
    const ratios = geler([3, 1, 2]);
    expect(repartir('10.00', ratios)).toEqual(['5.00', '1.67', '3.33']);
    expect(ratios).toEqual([3, 1, 2]);
  });

  const arbRatios = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 40 }).filter((r) => r.some((x) => x > 0));

  it('property: the parts sum exactly to the total', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000_000 }), arbRatios, (total, ratios) => {
        const parts = repartirCentimes(total, ratios);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      }),
      { numRuns: runs(500) },
    );
  });

  it('property: each part is the floor or the ceiling of its exact share; zero ratio gets zero', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000_000 }), arbRatios, (total, ratios) => {
        const somme = BigInt(ratios.reduce((a, b) => a + b, 0));
        const parts = repartir(formaterEuros(total), ratios).map((e) => BigInt(lireEuros(e)));
        parts.forEach((c, i) => {
          const exact = BigInt(total) * BigInt(ratios[i]!);
          const plancher = exact / somme;
          if (exact % somme === 0n) expect(c).toBe(plancher);
          else expect([plancher, plancher + 1n]).toContain(c);
          if (ratios[i] === 0) expect(c).toBe(0n);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('property: equal ratios give parts within one cent of each other, larger ones first', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000_000 }), fc.integer({ min: 1, max: 60 }), (total, n) => {
        const parts = repartirCentimes(total, new Array<number>(n).fill(1));
        const max = Math.max(...parts);
        const min = Math.min(...parts);
        expect(max - min).toBeLessThanOrEqual(1);
        for (let i = 1; i < n; i++) expect(parts[i]!).toBeLessThanOrEqual(parts[i - 1]!);
      }),
      { numRuns: runs(300) },
    );
  });
});
