/**
 * Money: `Euros` are decimal strings in euros ("1234.56"); inside the library they are integer cents.
 * Parsing is strict (no comma, no exponent, at most two decimals) and formatting always gives two decimals.
 */
import { entreeInvalide } from './erreurs.js';
import { eurosRapide, eurosTexte } from './lecture-rapide.js';

/** An amount in euros as a decimal string with two decimals, e.g. `"1234.56"` (every amount in a result). */
export type Euros = string;

/** What inputs accept: a decimal string, or a finite number with at most two decimals. */
export type EntreeEuros = Euros | number;

/**
 * The largest absolute amount accepted, in cents (10 000 milliards d'euros). Keeping amounts below it keeps
 * every intermediate product of the fast paths exact.
 *
 * @example
 * ```ts
 * import { lireEuros, formaterEuros, CENTIMES_MAX } from 'recouvrement';
 * lireEuros(formaterEuros(CENTIMES_MAX)); //=> 1000000000000000
 * ```
 */
export const CENTIMES_MAX = 1_000_000_000_000_000;

const FORMAT_EUROS = /^(-)?(\d{1,16})(?:\.(\d{1,2}))?$/;

/** Options of {@link lireEuros}. */
export interface LireEurosOptions {
  /** Accept negative amounts (credit notes, corrections). Default `false`. */
  readonly negatifAutorise?: boolean;
}

/**
 * Parses an amount in euros into integer cents. Accepts `"1234.5"`, `"1234.56"`, `"0"`, `1234.56`;
 * rejects `"12,50"`, `"1e5"`, `"1.234"`, `NaN`, `Infinity`, negative amounts (unless allowed) and anything
 * else, with a {@link RecouvrementError} `ENTREE_INVALIDE` whose issue points at `path`.
 *
 * @param valeur - the amount
 * @param path - where it sits in the caller's input (for the error)
 * @returns the amount in cents (a safe integer)
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { lireEuros } from 'recouvrement';
 * lireEuros('1234.5'); //=> 123450
 * lireEuros(0.1); //=> 10
 * ```
 */
export function lireEuros(valeur: unknown, path: readonly PropertyKey[] = [], options: LireEurosOptions = {}): number {
  const rapide = eurosRapide(valeur); // allocation-free path for plain non-negative amounts
  if (rapide >= 0) return rapide;
  let texte: string;
  if (typeof valeur === 'number') {
    if (!Number.isFinite(valeur)) entreeInvalide(path, `montant non fini (${String(valeur)})`);
    // The shortest round-trip representation: 0.1 is "0.1", 1.005 is "1.005" (three decimals: refused).
    texte = Object.is(valeur, -0) ? '0' : String(valeur);
  } else if (typeof valeur === 'string') {
    texte = valeur;
  } else {
    return entreeInvalide(path, `montant attendu (chaîne décimale en euros ou nombre), reçu ${typeof valeur}`, 'invalid_type');
  }
  const m = FORMAT_EUROS.exec(texte);
  if (!m) {
    return entreeInvalide(path, `montant invalide "${texte.slice(0, 40)}" : attendu une chaîne décimale à deux décimales au plus, point comme séparateur (ex. "1234.56")`, 'invalid_format');
  }
  const entier = Number(m[2]);
  const decimales = Number(((m[3] ?? '') + '00').slice(0, 2));
  const centimes = entier * 100 + decimales;
  if (centimes > CENTIMES_MAX) entreeInvalide(path, `montant hors limites (au plus ${CENTIMES_MAX / 100} €)`, 'too_big');
  const signe = m[1] === '-' && centimes !== 0 ? -1 : 1;
  if (signe < 0 && (options as LireEurosOptions | null)?.negatifAutorise !== true) entreeInvalide(path, 'montant négatif', 'too_small');
  return signe * centimes;
}

/**
 * Formats integer cents as an `Euros` string with exactly two decimals.
 *
 * @example
 * ```ts
 * import { formaterEuros } from 'recouvrement';
 * formaterEuros(123450); //=> '1234.50'
 * formaterEuros(-5); //=> '-0.05'
 * ```
 */
export function formaterEuros(centimes: number | bigint): Euros {
  if (typeof centimes === 'number' && centimes >= 0 && Number.isSafeInteger(centimes)) return eurosTexte(centimes);
  if (typeof centimes !== 'bigint' && !Number.isInteger(centimes)) {
    entreeInvalide([], `centimes entiers attendus, reçu ${typeof centimes === 'number' ? String(centimes) : typeof centimes}`, 'invalid_type');
  }
  const c = BigInt(centimes);
  const negatif = c < 0n;
  const a = negatif ? -c : c;
  const euros = a / 100n;
  const reste = a % 100n;
  return `${negatif ? '-' : ''}${euros}.${reste < 10n ? '0' : ''}${reste}`;
}

/**
 * Normalises an amount to the canonical `Euros` form (two decimals).
 *
 * @example
 * ```ts
 * import { normaliserEuros } from 'recouvrement';
 * normaliserEuros(12.5); //=> '12.50'
 * ```
 */
export function normaliserEuros(valeur: EntreeEuros, path: readonly PropertyKey[] = [], options: LireEurosOptions = {}): Euros {
  return formaterEuros(lireEuros(valeur, path, options));
}
