import fc from 'fast-check';
import { runs } from '../../test/proprietes.js';
import { describe, expect, it } from 'vitest';
import { civilDepuisJour, formaterDate, jourDepuisCivil, lireDate } from './date-iso.js';
import { CENTIMES_MAX, formaterEuros, lireEuros } from './euros.js';
import { dateRapide, eurosRapide, eurosTexte, jourRapide } from './lecture-rapide.js';

/** The strict parser's verdict: a value or 'rejet'. */
function strict<T>(f: () => T): T | 'rejet' {
  try {
    return f();
  } catch {
    return 'rejet';
  }
}

const chiffre = fc.constantFrom(...'0123456789');
const presqueDate = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([a, m, j]) => `${String(a).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`),
  fc.string({ unit: fc.constantFrom(...'0123456789-/T: ٣'), maxLength: 12 }),
  fc.integer({ min: -1000, max: 50_000 }).map(formaterDate),
);
const presqueMontant = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789.-,e+ '), maxLength: 22 }),
  fc.tuple(fc.array(chiffre, { minLength: 1, maxLength: 17 }), fc.array(chiffre, { maxLength: 3 })).map(([e, d]) => e.join('') + (d.length ? `.${d.join('')}` : '')),
  fc.double({ min: -1e16, max: 1e16 }),
  fc.integer({ min: -10, max: 10_000_000_000_000 }),
  fc.constantFrom(-0, 0.1, 1e21, Number.NaN, 10_000_000_000_000, 10_000_000_000_001, '10000000000000.00', '10000000000000.01'),
);


/** The "YYYY-MM-DD" text of any epoch day (years padded to 4 digits, or longer): what formaterDate refuses outside 1000–9999. */
function texteCivil(j: number): string {
  const { annee, mois, jour } = civilDepuisJour(j);
  return `${String(annee).padStart(4, '0')}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

describe('fast parsers — never disagree with lireDate / lireEuros', () => {
  it('property: dateRapide returns what lireDate returns, or -1 (then lireDate decides)', () => {
    fc.assert(
      fc.property(presqueDate, (s) => {
        const r = dateRapide(s);
        if (r !== -1) expect(r).toBe(lireDate(s));
        // Every valid date from 1970 is taken by the fast path.
        const verdict = strict(() => lireDate(s));
        if (verdict !== 'rejet' && verdict >= 0) expect(r).toBe(verdict);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('property: jourRapide returns what lireDate returns for every date it accepts (years 1000–9999), NaN for the rest', () => {
    fc.assert(
      fc.property(fc.oneof(presqueDate, fc.integer({ min: -400_000, max: 2_900_000 }).map(texteCivil)), (s) => {
        const verdict = strict(() => lireDate(s));
        const r = jourRapide(s);
        if (verdict === 'rejet') expect(r).toBeNaN();
        else expect(r).toBe(verdict);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('jourRapide at the bounds of its month table (1900, 2099) and of lireDate (1000, 9999)', () => {
    for (const [a, m, j] of [[1000, 1, 1], [1899, 12, 31], [1900, 1, 1], [1900, 2, 28], [1969, 12, 31], [2099, 12, 31], [2100, 1, 1], [2100, 2, 28], [9999, 12, 31]] as const) {
      const texte = `${a}-${String(m).padStart(2, '0')}-${String(j).padStart(2, '0')}`;
      expect(jourRapide(texte)).toBe(jourDepuisCivil(a, m, j));
    }
    for (const texte of ['1900-02-29', '2100-02-29', '0999-12-31', '2025-00-10', '2025-13-01', '2025-04-31', '2025-04-00', '2025/04/01', ' 2025-04-01']) {
      expect(jourRapide(texte)).toBeNaN();
    }
    expect(jourRapide('2000-02-29')).toBe(jourDepuisCivil(2000, 2, 29));
    expect(jourRapide('1969-12-31')).toBe(-1);
    expect(dateRapide('1969-12-31')).toBe(-1);
  });

  it('boundaries: 1970-01-01 is day 0; 29 February only in leap years; years before 1970 go the strict way', () => {
    expect(dateRapide('1970-01-01')).toBe(0);
    expect(dateRapide('2024-02-29')).toBe(jourDepuisCivil(2024, 2, 29));
    expect(dateRapide('2100-02-29')).toBe(-1);
    expect(dateRapide('2000-02-29')).toBe(jourDepuisCivil(2000, 2, 29));
    expect(dateRapide('1969-12-31')).toBe(-1);
    expect(lireDate('1969-12-31')).toBe(-1);
    expect(dateRapide('2025-1-01')).toBe(-1);
    expect(dateRapide(20250101)).toBe(-1);
  });

  it('every position is checked: a non-digit at any of the eight digit positions, or a wrong separator at either dash, is refused (NaN), as lireDate refuses it', () => {
    const base = '2025-06-15';
    for (let i = 0; i < 10; i++) {
      for (const c of i === 4 || i === 7 ? ['/', '.', '0'] : [':', '/', '٣', 'a']) {
        const texte = base.slice(0, i) + c + base.slice(i + 1);
        expect(strict(() => lireDate(texte))).toBe('rejet');
        expect(jourRapide(texte)).toBeNaN();
      }
    }
    for (const texte of ['2025-06-15 ', '2025-06-15T00:00', '2025-06-1', '']) expect(jourRapide(texte)).toBeNaN();
  });

  it('29 February outside the month table (before 1900, from 2100): Gregorian leap years only (every 4th year, not centuries, except every 400th)', () => {
    for (const a of [1600, 1896, 2104, 2400, 9996]) expect(jourRapide(`${a}-02-29`)).toBe(jourDepuisCivil(a, 2, 29));
    for (const a of [1700, 1800, 1899, 2100, 2103, 2200, 9999]) expect(jourRapide(`${a}-02-29`)).toBeNaN();
    // Months other than February keep their length in a leap year.
    for (const texte of ['2104-01-31', '2104-03-31', '1896-12-31', '2104-04-30']) expect(jourRapide(texte)).toBe(lireDate(texte));
    expect(jourRapide('2104-04-31')).toBeNaN();
  });

  it('property: eurosRapide returns what lireEuros returns, or -1 (then lireEuros decides)', () => {
    fc.assert(
      fc.property(presqueMontant, (v) => {
        const r = eurosRapide(v);
        if (r !== -1) {
          expect(r).toBe(lireEuros(v));
          expect(Object.is(r, -0)).toBe(false);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('property: plain amounts (1 to 15 digits, optionally a dot and one or two digits, up to CENTIMES_MAX; whole numbers) are all read by the fast path', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.array(chiffre, { minLength: 1, maxLength: 15 }), fc.array(chiffre, { maxLength: 2 }), fc.boolean()).map(([e, d, point]) => e.join('') + (d.length || point ? `.${d.join('')}` : '')),
          fc.integer({ min: 0, max: 10_000_000_000_000 }),
        ),
        (v) => {
          const verdict = strict(() => lireEuros(v));
          if (verdict === 'rejet' || (typeof v === 'string' && v.endsWith('.'))) return;
          expect(eurosRapide(v)).toBe(verdict);
        },
      ),
      { numRuns: runs(1000) },
    );
    for (const v of ['0', '0.00', '9', '99.99', '000000000000001', '0.9', 0, 99]) expect(eurosRapide(v)).toBe(lireEuros(v));
  });

  it('an amount without integer digits, or with a separator other than a dot, is not read by the fast path', () => {
    for (const v of ['.5', '.50', '1,50', '1.', '1.234', '-1', '+1', '1e3', ' 1']) expect(eurosRapide(v)).toBe(-1);
  });

  it('the amount limit is the same as CENTIMES_MAX', () => {
    expect(eurosRapide('10000000000000.00')).toBe(CENTIMES_MAX);
    expect(eurosRapide('10000000000000.01')).toBe(-1);
    expect(eurosRapide(10_000_000_000_000)).toBe(CENTIMES_MAX);
    expect(eurosRapide(-0)).toBe(0);
  });

  it('property: eurosTexte formats like the BigInt formatting of formaterEuros', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 2_000_000_000 }), fc.maxSafeNat()), (c) => {
        const a = c;
        const reference = `${BigInt(a) / 100n}.${String(BigInt(a) % 100n).padStart(2, '0')}`;
        expect(eurosTexte(a)).toBe(reference);
        expect(formaterEuros(a)).toBe(reference);
        expect(formaterEuros(BigInt(a))).toBe(reference);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('eurosTexte: every number of digits of the euros, at and around each power of ten', () => {
    for (let k = 0; k <= 15; k++) {
      for (const c of [10 ** k - 1, 10 ** k, 10 ** k + 1, 10 ** k + 99, 10 ** k * 7 + 5]) {
        expect(eurosTexte(c)).toBe(formaterEuros(BigInt(c)));
      }
    }
    expect(eurosTexte(0)).toBe('0.00');
    expect(eurosTexte(999_999_999)).toBe('9999999.99');
    expect(eurosTexte(1_000_000_000)).toBe('10000000.00');
  });

  it('property: formaterDate (memoised for 1970–2099) gives the same text on every call, and lireDate reads it back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400_000, max: 2_900_000 }), (j) => {
        const { annee } = civilDepuisJour(j);
        const reference = texteCivil(j);
        // Issue 15, item 6: outside years 1000–9999 there is no DateISO: ENTREE_INVALIDE, never "10004-01-01".
        if (annee < 1000 || annee > 9999) {
          expect(() => formaterDate(j)).toThrow(/date hors plage/);
          return;
        }
        expect(formaterDate(j)).toBe(reference);
        expect(formaterDate(j)).toBe(reference);
        expect(lireDate(reference)).toBe(j);
      }),
      { numRuns: runs(1000) },
    );
  });
});
