import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrondiDemiPair, arrondiDemiSuperieur, arrondiInferieur, diviserDemiSuperieurEntier } from './arrondi.js';
import { erreur } from '../../test/outils.js';

describe('rounding strategies', () => {
  it('half-up rounds .5 up, below .5 down', () => {
    expect(arrondiDemiSuperieur(5n, 2n)).toBe(3n);
    expect(arrondiDemiSuperieur(249n, 100n)).toBe(2n);
    expect(arrondiDemiSuperieur(250n, 100n)).toBe(3n);
    expect(arrondiDemiSuperieur(0n, 7n)).toBe(0n);
  });
  it('half-even rounds .5 to the even neighbour', () => {
    expect(arrondiDemiPair(5n, 2n)).toBe(2n);
    expect(arrondiDemiPair(7n, 2n)).toBe(4n);
    expect(arrondiDemiPair(26n, 10n)).toBe(3n);
  });
  it('floor', () => {
    expect(arrondiInferieur(199n, 100n)).toBe(1n);
    expect(arrondiInferieur(-1n, 100n)).toBe(-1n);
  });
  it('results are within half a unit of the exact quotient (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        for (const f of [arrondiDemiSuperieur, arrondiDemiPair]) {
          const q = f(n, d);
          const ecart = 2n * (n - q * d);
          expect(ecart <= d && ecart >= -d).toBe(true);
        }
        const q = arrondiInferieur(n, d);
        expect(q * d <= n && n < (q + 1n) * d).toBe(true);
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
});

describe('rounding strategies — operands (public functions: bad operands are ENTREE_INVALIDE, never a foreign error)', () => {
  const strategies = [arrondiDemiSuperieur, arrondiDemiPair, arrondiInferieur] as const;
  it.each<[string, unknown, unknown]>([
    ['a number numerator', 1, 2n],
    ['a number denominator', 1n, 2],
    ['a zero denominator', 1n, 0n],
    ['a negative denominator', 1n, -1n],
  ])('%s is ENTREE_INVALIDE (path [])', (_nom, n, d) => {
    for (const f of strategies) {
      const e = erreur(() => f(n as bigint, d as bigint));
      expect(e.code).toBe('ENTREE_INVALIDE');
      expect(e.issues[0]?.path).toEqual([]);
    }
  });
  it('the smallest valid denominator (1n) is accepted: the quotient is the numerator', () => {
    for (const f of strategies) expect(f(-7n, 1n)).toBe(-7n);
  });
});
