/**
 * Percent rates: decimal strings in percent per year ("12.15" = 12.15 %). Inside the library a rate is an
 * exact rational `numerateur / 10^decimales` percent, so that rate arithmetic stays exact.
 */
import { entreeInvalide } from './erreurs.js';

/** A rate in percent per year as a decimal string, e.g. `"12.15"`. */
export type Taux = string;

/** An exact rate: `valeur / 10^decimales` percent. */
export interface TauxExact {
  readonly valeur: bigint;
  readonly decimales: number;
}

const FORMAT_TAUX = /^(\d{1,3})(?:\.(\d{1,6}))?$/;

/**
 * Parses a percent rate (0 to 999.999999, at most six decimals).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { lireTaux } from 'recouvrement';
 * lireTaux('12.15'); //=> { valeur: 1215n, decimales: 2 }
 * ```
 */
export function lireTaux(valeur: unknown, path: readonly PropertyKey[] = []): TauxExact {
  if (typeof valeur !== 'string') return entreeInvalide(path, `taux attendu en chaîne décimale (ex. "12.15"), reçu ${typeof valeur}`, 'invalid_type');
  const m = FORMAT_TAUX.exec(valeur);
  if (!m) return entreeInvalide(path, `taux invalide "${valeur.slice(0, 40)}" : attendu un pourcentage décimal positif (ex. "12.15")`, 'invalid_format');
  const dec = m[2] ?? '';
  return { valeur: BigInt(m[1]! + dec), decimales: dec.length };
}

const PUISSANCES_10 = [1n, 10n, 100n, 1000n, 10_000n, 100_000n, 1_000_000n];

function puissance10(n: number): bigint {
  return PUISSANCES_10[n] ?? 10n ** BigInt(n);
}

function aligner(a: TauxExact, b: TauxExact): [bigint, bigint, number] {
  const d = Math.max(a.decimales, b.decimales);
  return [a.valeur * puissance10(d - a.decimales), b.valeur * puissance10(d - b.decimales), d];
}

/** Sum of two rates: 2.15 % + 10 % = 12.15 %, exactly (internal: see taux.test.ts). */
export function ajouterTaux(a: TauxExact, b: TauxExact): TauxExact {
  const [x, y, d] = aligner(a, b);
  return { valeur: x + y, decimales: d };
}

/** Rate times an integer: 3 × 2.62 % = 7.86 %, exactly (internal: see taux.test.ts). */
export function multiplierTaux(a: TauxExact, facteur: number): TauxExact {
  return { valeur: a.valeur * BigInt(facteur), decimales: a.decimales };
}

/** Compares two rates: -1, 0 or 1 (7.86 % is below 12.15 %: -1) (internal: see taux.test.ts). */
export function comparerTaux(a: TauxExact, b: TauxExact): -1 | 0 | 1 {
  if (a.decimales === b.decimales) return a.valeur < b.valeur ? -1 : a.valeur > b.valeur ? 1 : 0;
  const [x, y] = aligner(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Formats a rate with at least two decimals and no trailing zeros beyond them.
 *
 * @example
 * ```ts
 * import { formaterTaux } from 'recouvrement';
 * formaterTaux({ valeur: 1215n, decimales: 2 }); //=> '12.15'
 * formaterTaux({ valeur: 10n, decimales: 0 }); //=> '10.00'
 * ```
 */
export function formaterTaux(t: TauxExact): Taux {
  const x = t as Partial<TauxExact> | null;
  if (typeof x !== 'object' || x === null || typeof x.valeur !== 'bigint' || x.valeur < 0n || !Number.isSafeInteger(x.decimales) || x.decimales! < 0 || x.decimales! > 30) {
    entreeInvalide([], 'taux exact attendu { valeur: bigint ≥ 0, decimales: entier 0–30 }', 'invalid_type');
  }
  if (t.decimales === 2 && t.valeur >= 0n && t.valeur <= 9_007_199_254_740_991n) {
    // Common case ("12.15"): same digits as below, without BigInt division.
    const n = Number(t.valeur);
    const e = Math.floor(n / 100);
    const c = n - e * 100;
    return `${e}.${c < 10 ? '0' : ''}${c}`;
  }
  let v = t.valeur;
  let d = t.decimales;
  while (d > 2 && v % 10n === 0n) {
    v /= 10n;
    d -= 1;
  }
  while (d < 2) {
    v *= 10n;
    d += 1;
  }
  const s = v.toString().padStart(d + 1, '0');
  return `${s.slice(0, s.length - d)}.${s.slice(s.length - d)}`;
}
