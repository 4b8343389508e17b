/**
 * French money formatting, the one rule of the library: "1234.5" → "1 234,50 €". Pure integer and string
 * arithmetic (no float, no `Intl`), so the output is the same in every time zone and runtime.
 *
 * The two space characters are those of `Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })`
 * in current ICU/CLDR data:
 * - U+202F NARROW NO-BREAK SPACE ({@link ESPACE_MILLIERS}) between groups of three digits;
 * - U+00A0 NO-BREAK SPACE ({@link ESPACE_INSECABLE}) between the amount and "€" (and before "%").
 * Neither lets a line break separate the parts of an amount. Replace them with `' '` if your output channel
 * (an SMS gateway, a fixed-width file) only accepts ASCII.
 */
import { lireEuros, type EntreeEuros } from './euros.js';

/**
 * U+202F NARROW NO-BREAK SPACE: the thousands separator of fr-FR (what `Intl.NumberFormat('fr-FR')` uses).
 *
 * @example
 * ```ts
 * import { ESPACE_MILLIERS, formaterEurosFr } from 'recouvrement';
 * formaterEurosFr('1234.00').split(ESPACE_MILLIERS)[0]; //=> '1'
 * ```
 */
export const ESPACE_MILLIERS = '\u202f';
/**
 * U+00A0 NO-BREAK SPACE: between an amount and "€" (and before "%").
 *
 * @example
 * ```ts
 * import { ESPACE_INSECABLE, formaterEurosFr } from 'recouvrement';
 * formaterEurosFr('40').endsWith(`${ESPACE_INSECABLE}€`); //=> true
 * ```
 */
export const ESPACE_INSECABLE = '\u00a0';

/** Groups the digits of a non-negative integer string by three with {@link ESPACE_MILLIERS}. */
function grouper(chiffres: string): string {
  let r = '';
  for (let i = 0; i < chiffres.length; i++) {
    if (i > 0 && (chiffres.length - i) % 3 === 0) r += ESPACE_MILLIERS;
    r += chiffres[i];
  }
  return r;
}

/**
 * Formats an amount in euros the French way: thousands grouped by a narrow no-break space (U+202F), a decimal
 * comma, always two decimals, a no-break space (U+00A0) and "€" — the characters of
 * `Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })`, computed from integer cents.
 *
 * @param montant - an `Euros` string or a number with at most two decimals (negative amounts allowed), or a
 * `bigint` number of cents
 * @returns the amount as printed in a French letter
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `montant` is not an amount in euros
 * @example
 * ```ts
 * import { formaterEurosFr } from 'recouvrement';
 *
 * // U+202F between thousands, U+00A0 before "€" (shown here as plain spaces):
 * formaterEurosFr('1234.5').replace(/[\u202f\u00a0]/g, ' '); //=> '1 234,50 €'
 * formaterEurosFr('1234.5') === '1\u202f234,50\u00a0€'; //=> true
 * formaterEurosFr(-52.97).replace(/[\u202f\u00a0]/g, ' '); //=> '-52,97 €'
 * ```
 */
export function formaterEurosFr(montant: EntreeEuros | bigint): string {
  const centimes = typeof montant === 'bigint' ? montant : BigInt(lireEuros(montant, [], { negatifAutorise: true }));
  const negatif = centimes < 0n;
  const a = negatif ? -centimes : centimes;
  const cts = String(a % 100n).padStart(2, '0');
  return `${negatif ? '-' : ''}${grouper(String(a / 100n))},${cts}${ESPACE_INSECABLE}€`;
}
