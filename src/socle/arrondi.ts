/**
 * Rounding strategies for exact integer division, in the style of dinero.js: each mode is a named function
 * passed explicitly, never a hidden default. All take a non-negative or negative numerator and a positive
 * denominator and return the rounded integer quotient.
 *
 * Amounts are integer cents; a rate × days computation yields `numerateur / denominateur` cents, which one of
 * these functions turns into whole cents.
 */

import { entreeInvalide } from './erreurs.js';

/** A rounding strategy over exact integers. */
export type Arrondi = (numerateur: bigint, denominateur: bigint) => bigint;

/** The strategies are public: non-bigint operands or a non-positive denominator are `ENTREE_INVALIDE`. */
function operandes(n: unknown, d: unknown): void {
  if (typeof n !== 'bigint' || typeof d !== 'bigint' || d <= 0n) {
    entreeInvalide([], 'numérateur et dénominateur bigint attendus, dénominateur strictement positif', 'invalid_type');
  }
}

function divFloor(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/**
 * Half-up (away from zero at exactly .5 for positives: 0.5 → 1, 1.5 → 2): the default of the library, as
 * the sources use it ("round to the cent").
 *
 * @example
 * ```ts
 * arrondiDemiSuperieur(5n, 2n); //=> 3n
 * arrondiDemiSuperieur(51123n, 10000n); //=> 5n
 * ```
 */
export const arrondiDemiSuperieur: Arrondi = (n, d) => {
  operandes(n, d);
  return divFloor(2n * n + d, 2n * d);
};

/**
 * Half-even (banker's rounding: 0.5 → 0, 1.5 → 2).
 *
 * @example
 * ```ts
 * arrondiDemiPair(5n, 2n); //=> 2n
 * arrondiDemiPair(7n, 2n); //=> 4n
 * ```
 */
export const arrondiDemiPair: Arrondi = (n, d) => {
  operandes(n, d);
  const q = divFloor(n, d);
  const r2 = 2n * (n - q * d);
  if (r2 > d) return q + 1n;
  if (r2 < d) return q;
  return q % 2n === 0n ? q : q + 1n;
};

/**
 * Toward minus infinity (truncation for positive amounts).
 *
 * @example
 * ```ts
 * arrondiInferieur(199n, 100n); //=> 1n
 * ```
 */
export const arrondiInferieur: Arrondi = (n, d) => {
  operandes(n, d);
  return divFloor(n, d);
};

/**
 * Half-up division over safe integers (the fast path used in batch loops). Exact as long as
 * `2 * n + d` is a safe integer; the caller checks that and falls back to {@link arrondiDemiSuperieur}.
 *
 * @example
 * ```ts
 * diviserDemiSuperieurEntier(5, 2); //=> 3
 * ```
 */
export function diviserDemiSuperieurEntier(n: number, d: number): number {
  const a = 2 * n + d;
  const b = 2 * d;
  let q = Math.floor(a / b);
  const r = a - q * b;
  if (r < 0) q -= 1;
  else if (r >= b) q += 1;
  return q;
}
