/**
 * Rounding to the cent. The library rounds one way only, **half-up** (0.5 → 1; every amount it rounds is
 * non-negative, so this is also "half away from zero"), and only where a rate or a ratio produces a
 * fraction of a cent (or of a KPI's unit):
 *
 * - each period of late-payment penalties and of legal interest, `assiette × taux × jours / base`, once,
 *   before the periods are summed (`calculs/moteur/cumul.ts`, per call and in a batch);
 * - KPIs: days to one decimal and percentages to two (`indicateurs/internes/lecture.ts`), and the priority
 *   score of `prioriserRelances`.
 *
 * Nothing else is rounded: input amounts with more than two decimals are refused, never rounded; splits
 * (`repartir`, payment plans, the pro-rata imputation of C. civ. 1342-10) hand out whole cents so that the
 * parts sum exactly to the total (largest remainders), which is an allocation, not a rounding.
 */

import { entreeInvalide } from './erreurs.js';

function divFloor(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/**
 * Divides two integers and rounds the quotient half-up (toward +∞ at exactly .5: 2.5 → 3, −2.5 → −2): the
 * rounding every amount of the library goes through.
 *
 * @param numerateur - any bigint
 * @param denominateur - a positive bigint
 * @returns the nearest integer to `numerateur / denominateur`, the upper one on a tie
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when an operand is not a bigint or the denominator is not
 *   positive
 * @example
 * ```ts
 * import { arrondiDemiSuperieur } from 'recouvrement';
 *
 * arrondiDemiSuperieur(5n, 2n); //=> 3n
 * arrondiDemiSuperieur(-5n, 2n); //=> -2n
 * // 2 000 € (200 000 cents) at 3.11 % (311 hundredths of a percent) for 30 days, over 365 × 10 000: 5.11 €
 * arrondiDemiSuperieur(200_000n * 311n * 30n, 365n * 10_000n); //=> 511n
 * ```
 */
export function arrondiDemiSuperieur(numerateur: bigint, denominateur: bigint): bigint {
  if (typeof numerateur !== 'bigint' || typeof denominateur !== 'bigint' || denominateur <= 0n) {
    entreeInvalide([], 'numérateur et dénominateur bigint attendus, dénominateur strictement positif', 'invalid_type');
  }
  return divFloor(2n * numerateur + denominateur, 2n * denominateur);
}

/**
 * Internal: {@link arrondiDemiSuperieur} over safe integers (the fast path of the penalty loops;
 * `diviserDemiSuperieurEntier(5, 2)` is 3). Exact as long as `2 * n + d` is a safe integer; the caller
 * checks that and falls back to {@link arrondiDemiSuperieur}.
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
