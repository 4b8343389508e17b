// Shared test helpers.
import fc from 'fast-check';
import { formaterDate, jourDepuisCivil, lireDate } from '../src/socle/date-iso.js';

/** Deep-freezes a value (to prove a function does not mutate its input). */
export function geler<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    for (const k of Reflect.ownKeys(v)) geler((v as Record<PropertyKey, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

/** Exact rational sum helper for unrounded amounts: numerator over a common denominator. */
export function cents(s: string): bigint {
  const [e, d = ''] = s.split('.');
  const neg = e!.startsWith('-');
  const v = BigInt(e!.replace('-', '')) * 100n + BigInt((d + '00').slice(0, 2));
  return neg ? -v : v;
}

/** Formats cents (bigint) as an Euros string. */
export function euros(c: bigint): string {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}

/** A date between two bounds, biased toward half-year and year boundaries and 29 February. */
export function arbDate(min: string, max: string): fc.Arbitrary<string> {
  const lo = lireDate(min);
  const hi = lireDate(max);
  const bords: number[] = [];
  for (let a = Number(min.slice(0, 4)); a <= Number(max.slice(0, 4)); a++) {
    for (const [m, j] of [[1, 1], [6, 30], [7, 1], [12, 31], [2, 28], [3, 1]] as const) {
      const x = jourDepuisCivil(a, m, j);
      if (x >= lo && x <= hi) bords.push(x);
    }
    if (a % 4 === 0 && jourDepuisCivil(a, 2, 29) >= lo && jourDepuisCivil(a, 2, 29) <= hi) bords.push(jourDepuisCivil(a, 2, 29));
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: lo, max: hi }) },
    { weight: 1, arbitrary: fc.constantFrom(...bords) },
  ).map(formaterDate);
}

/** Amounts in euros as strings, from 0 to 10 million. */
export const arbMontant = fc.integer({ min: 0, max: 1_000_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
