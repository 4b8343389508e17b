// fast-check generators for the reference comparison, biased toward the days where calculators go wrong:
// half-year and year boundaries, 29 February, ECB change dates (the pre-2013 most-recent-operation rule),
// the 2012/2013 transition, the 2009 start, 2024 (floor above ECB + 10), payments on boundary days.
// (Generators may use src/socle: only the computation under test must be independent.)
import fc from 'fast-check';
import { formaterDate, lireDate } from '../../src/socle/date-iso.js';
import { BCE, LEGAL_ANNUEL, LEGAL_SEMESTRIEL } from './tables.js';

/** `date` shifted by `n` days. */
export function decaler(date: string, n: number): string {
  return formaterDate(lireDate(date) + n);
}

const BORDS: string[] = (() => {
  const s = new Set<string>();
  for (let a = 2008; a <= 2027; a++) {
    for (const md of ['01-01', '01-02', '02-28', '03-01', '06-29', '06-30', '07-01', '12-30', '12-31']) s.add(`${a}-${md}`);
    if (a % 4 === 0) s.add(`${a}-02-29`);
  }
  for (const [du] of BCE) {
    s.add(du);
    s.add(decaler(du, -1));
  }
  for (const d of ['2008-12-31', '2009-01-01', '2012-12-31', '2013-01-01', '2014-12-31', '2015-01-01', '2024-02-29', '2024-06-30', '2024-07-01']) s.add(d);
  return [...s].sort();
})();

/** A date in [min, max], one time in two a "boundary" day (or its neighbour). */
export function arbDate(min: string, max: string): fc.Arbitrary<string> {
  const bords = BORDS.filter((d) => d >= min && d <= max);
  const lo = lireDate(min);
  const hi = lireDate(max);
  const cles = ['2012-12-31', '2013-01-01', '2009-01-01', '2024-01-01', '2024-07-01'].filter((d) => d >= min && d <= max);
  const choix: fc.WeightedArbitrary<string>[] = [{ weight: 4, arbitrary: fc.integer({ min: lo, max: hi }).map(formaterDate) }];
  if (bords.length > 0) choix.push({ weight: 3, arbitrary: fc.constantFrom(...bords) });
  if (cles.length > 0) choix.push({ weight: 1, arbitrary: fc.constantFrom(...cles) });
  return fc.oneof(...choix);
}

/** A number of days: mostly short, sometimes years, sometimes zero or negative. */
export const arbDuree: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 200 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 800 }) },
  { weight: 1, arbitrary: fc.integer({ min: 800, max: 2500 }) },
);

/** Amounts in cents: small, ordinary, huge (up to the library's 10^13 € ceiling). */
export const arbCentimes: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0n, 1n, 50n, 100n) },
  { weight: 4, arbitrary: fc.bigInt({ min: 1n, max: 10_000_000n }) },
  { weight: 3, arbitrary: fc.bigInt({ min: 1n, max: 100_000_000_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: 1_000_000_000_000_000n }) },
);

export function enEuros(c: bigint): string {
  return `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
}

/** The amount as the API accepts it: a string, or (when exactly representable) a number. */
export function arbEntreeMontant(c: bigint): fc.Arbitrary<string | number> {
  const s = enEuros(c);
  const variantes: (string | number)[] = [s];
  if (c % 100n === 0n) variantes.push(String(c / 100n));
  if (c < 100_000_000_000n) variantes.push(Number(c) / 100);
  return fc.constantFrom(...variantes);
}

/** Partial payments around [debut, fin]: boundary days, random days, partial or full or excessive amounts. */
export function arbPaiements(montant: bigint, debut: string, fin: string): fc.Arbitrary<{ date: string; montant: string }[]> {
  const dateP = fc.oneof(
    fc.constantFrom(debut, decaler(debut, -1), decaler(debut, 1), fin, decaler(fin, -1), decaler(fin, 1)),
    fc.integer({ min: lireDate(debut) - 30, max: Math.max(lireDate(fin) + 30, lireDate(debut)) }).map(formaterDate),
    arbDate(decaler(debut, -30), fin >= debut ? decaler(fin, 30) : decaler(debut, 30)),
  );
  const max = montant > 0n ? montant : 1000n;
  const montantP = fc.oneof(
    { weight: 4, arbitrary: fc.bigInt({ min: 1n, max }) },
    { weight: 1, arbitrary: fc.constant(max) },
    { weight: 1, arbitrary: fc.bigInt({ min: 1n, max: max / 10n > 1n ? max / 10n : 1n }) },
  );
  return fc.array(fc.record({ date: dateP, montant: montantP.map(enEuros) }), { maxLength: 4 });
}

/** Every floor value 3 × taux légal "autres cas" (and the particuliers rates), ± one basis point. */
const PLANCHERS: string[] = (() => {
  const s = new Set<string>();
  const trois = (t: string): string => {
    const c = Number(t.replace('.', '')) * 3;
    return `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
  };
  const valeurs = [...Object.values(LEGAL_ANNUEL), ...Object.values(LEGAL_SEMESTRIEL).map((p) => p[1])];
  for (const v of valeurs) {
    const f = Number(trois(v).replace('.', ''));
    for (const c of [f - 1, f, f + 1]) if (c >= 0) s.add(`${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);
  }
  return [...s];
})();

/** Contractual rates: near a floor, round, with up to six decimals, zero. */
export const arbTauxContractuel: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLANCHERS) },
  { weight: 1, arbitrary: fc.constantFrom('0', '0.0', '10', '12', '15', '40', '12.5', '14.499999', '15.210001') },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 999_999 }))
      .map(([e, n, d]) => (n === 0 ? String(e) : `${e}.${String(d).padStart(6, '0').slice(0, n)}`)),
  },
);

export const arbBaseAnnuelle: fc.Arbitrary<365 | 'exacte' | undefined> = fc.constantFrom<365 | 'exacte' | undefined>(365, 'exacte', undefined);
