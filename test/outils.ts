// Shared test helpers.
import fc from 'fast-check';
import { runs } from './proprietes.js';
import { expect } from 'vitest';
import { formaterDate, jourDepuisCivil, lireDate } from '../src/socle/date-iso.js';
import type { CreanceEntree } from '../src/entites/creance.js';
import { RecouvrementError } from '../src/socle/erreurs.js';

/** Deep-freezes a value (to prove a function does not mutate its input). */
export function geler<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    for (const k of Reflect.ownKeys(v)) geler((v as Record<PropertyKey, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

/** The path of the first object inside `v` that is not frozen, or null (module data must be deeply frozen). */
export function nonGele(v: unknown, chemin: string, vus = new Set<unknown>()): string | null {
  if (typeof v !== 'object' || v === null || vus.has(v)) return null;
  vus.add(v);
  if (!Object.isFrozen(v)) return chemin;
  for (const [k, x] of Object.entries(v)) {
    const r = nonGele(x, `${chemin}.${k}`, vus);
    if (r !== null) return r;
  }
  return null;
}

/** Exact rational sum helper for unrounded amounts: numerator over a common denominator. */
export function cents(s: string): bigint {
  const [e, d = ''] = s.split('.');
  const neg = e!.startsWith('-');
  const v = BigInt(e!.replace('-', '')) * 100n + BigInt((d + '00').slice(0, 2));
  return neg ? -v : v;
}

/** Formats whole cents (bigint, or an integer number) as an Euros string. */
export function euros(c: bigint | number): string {
  const b = typeof c === 'number' ? BigInt(c) : c;
  const a = b < 0n ? -b : b;
  return `${b < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
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
export const arbMontant = fc.integer({ min: 0, max: 1_000_000_000 }).map(euros);

/**
 * The {@link RecouvrementError} that `f` throws. Any other error is rethrown, and the call fails when `f`
 * throws nothing, so a test built on it cannot pass by accident.
 */
export function erreur(f: () => unknown): RecouvrementError {
  try {
    f();
  } catch (e) {
    if (e instanceof RecouvrementError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

/** The `code` of the {@link RecouvrementError} that `f` throws (see {@link erreur}). */
export function codeErreur(f: () => unknown): string {
  return erreur(f).code;
}

/** The path of the first issue of the {@link RecouvrementError} that `f` throws (see {@link erreur}). */
export function cheminErreur(f: () => unknown): readonly PropertyKey[] | undefined {
  return erreur(f).issues[0]?.path;
}

/** The `code` and the path of the first issue of the {@link RecouvrementError} that `f` throws (see {@link erreur}). */
export function codeEtChemin(f: () => unknown): [string, readonly PropertyKey[] | undefined] {
  const e = erreur(f);
  return [e.code, e.issues[0]?.path];
}

/**
 * Property shared by the ratio indicators (part / total of two amounts): the ratio lies within [0, 1] and
 * never decreases when the part grows, for any total up to 1 billion euros.
 */
export function proprieteRatioBorneMonotone(ratio: (part: string, total: string) => number): void {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (total, a, b) => {
      const lo = Math.floor(Math.min(a, b) * total);
      const hi = Math.floor(Math.max(a, b) * total);
      const tlo = ratio(euros(lo), euros(total));
      const thi = ratio(euros(hi), euros(total));
      expect(tlo).toBeGreaterThanOrEqual(0);
      expect(thi).toBeLessThanOrEqual(1);
      expect(tlo).toBeLessThanOrEqual(thi);
    }),
    { numRuns: runs(300) },
  );
}

/**
 * The instalment invoice of the instalment tests (issue 17): 1 200 € in three terms of 400 € due on
 * 14 February, 14 March and 14 April 2025, nothing paid.
 */
export const EN_TROIS_FOIS: CreanceEntree = {
  id: 'F1',
  numeroFacture: '2025-001',
  montantTTC: '1200.00',
  dateFacture: '2025-01-15',
  dateEcheance: '2025-04-14',
  echeances: [
    { date: '2025-02-14', montant: '400.00' },
    { date: '2025-03-14', montant: '400.00' },
    { date: '2025-04-14', montant: '400.00' },
  ],
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
};

/**
 * The invoice of the letters' mutation tests: 10 000 € invoiced 1 January 2024, due 31 January 2024 (2024:
 * a leap year), nothing paid; `extra` overrides any field.
 */
export function factureDixMille(id: string, extra: Partial<CreanceEntree> = {}): CreanceEntree {
  return { id, numeroFacture: id, montantTTC: '10000.00', dateFacture: '2024-01-01', dateEcheance: '2024-01-31', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false, ...extra };
}
