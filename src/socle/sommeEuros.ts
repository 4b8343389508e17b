/**
 * Exact addition of amounts in euros: integer cents, never floats (0.1 + 0.2 is 0.30 here).
 */
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from './euros.js';
import { entreeInvalide } from './erreurs.js';

/**
 * Adds amounts in euros exactly (integer cents). Negative amounts are accepted (a credit note, a refund), so
 * the sum may be negative.
 *
 * @param montants - `Euros` strings or numbers with at most two decimals; none gives `"0.00"`
 * @returns the sum, with two decimals
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for an amount that is not one (path: its index), or a sum
 * beyond 2^53 cents
 * @example
 * ```ts
 * import { sommeEuros } from 'recouvrement';
 *
 * sommeEuros('0.10', '0.20'); //=> '0.30'
 * sommeEuros('1200.00', 12.97, '-600.00'); //=> '612.97'
 * ```
 */
export function sommeEuros(...montants: readonly EntreeEuros[]): Euros {
  let total = 0;
  montants.forEach((m, i) => {
    total += lireEuros(m, [i], { negatifAutorise: true });
  });
  if (!Number.isSafeInteger(total)) entreeInvalide([], 'somme hors limites (plus de 2^53 centimes)', 'too_big');
  return formaterEuros(total);
}
