import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrondiDemiSuperieur, diviserDemiSuperieurEntier } from './arrondi.js';
import { erreur } from '../../test/outils.js';
import * as api from '../index.js';

describe('rounding: half-up, the only mode', () => {
  it('half-up rounds .5 up, below .5 down', () => {
    expect(arrondiDemiSuperieur(5n, 2n)).toBe(3n);
    expect(arrondiDemiSuperieur(-5n, 2n)).toBe(-2n);
    expect(arrondiDemiSuperieur(249n, 100n)).toBe(2n);
    expect(arrondiDemiSuperieur(250n, 100n)).toBe(3n);
    expect(arrondiDemiSuperieur(0n, 7n)).toBe(0n);
    // SP-1: 2 000 € at 3.11 % for 30 days is 511.23… cents.
    expect(arrondiDemiSuperieur(200_000n * 311n * 30n, 365n * 10_000n)).toBe(511n);
  });
  it('the result is within half a unit of the exact quotient, and a tie goes up (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const q = arrondiDemiSuperieur(n, d);
        const ecart = 2n * (n - q * d); // 2 × (exact − rounded) × d: in [−d, d), −d on a tie
        expect(ecart >= -d && ecart < d).toBe(true);
      }),
    );
  });
  it('the safe-integer fast path equals the BigInt half-up (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), fc.integer({ min: 1, max: 2 ** 40 }), (n, d) => {
        expect(BigInt(diviserDemiSuperieurEntier(n, d))).toBe(arrondiDemiSuperieur(BigInt(n), BigInt(d)));
      }),
    );
  });
  it('the public API offers no other rounding mode (none of its calculators would take it)', () => {
    expect(Object.keys(api).filter((k) => /^arrondi/i.test(k))).toEqual(['arrondiDemiSuperieur']);
  });
});

describe('rounding — operands (a public function: bad operands are ENTREE_INVALIDE, never a foreign error)', () => {
  it.each<[string, unknown, unknown]>([
    ['a number numerator', 1, 2n],
    ['a number denominator', 1n, 2],
    ['a zero denominator', 1n, 0n],
    ['a negative denominator', 1n, -1n],
  ])('%s is ENTREE_INVALIDE (path [])', (_nom, n, d) => {
    const e = erreur(() => arrondiDemiSuperieur(n as bigint, d as bigint));
    expect(e.code).toBe('ENTREE_INVALIDE');
    expect(e.issues[0]?.path).toEqual([]);
  });
  it('the smallest valid denominator (1n) is accepted: the quotient is the numerator', () => {
    expect(arrondiDemiSuperieur(-7n, 1n)).toBe(-7n);
  });
});
