// The reference's OWN copy of the legal rate tables, typed by hand from /work/shared/domain/rates.md
// (sections A.1, B.1, B.2), independently of src/baremes/donnees.ts: a typo in the library's data makes the
// comparison with the reference fail. Rates are decimal strings in percent, exactly as printed in rates.md.

/**
 * ECB main refinancing operations rate: [effective date ("with effect from"), rate %] (rates.md A.1).
 * The first row is the rate in force on 1 January 2008 (effective 13 June 2007).
 */
export const BCE: ReadonlyArray<readonly [string, string]> = [
  ['2007-06-13', '4.00'],
  ['2008-07-09', '4.25'],
  ['2008-10-15', '3.75'],
  ['2008-11-12', '3.25'],
  ['2008-12-10', '2.50'],
  ['2009-01-21', '2.00'],
  ['2009-03-11', '1.50'],
  ['2009-04-08', '1.25'],
  ['2009-05-13', '1.00'],
  ['2011-04-13', '1.25'],
  ['2011-07-13', '1.50'],
  ['2011-11-09', '1.25'],
  ['2011-12-14', '1.00'],
  ['2012-07-11', '0.75'],
  ['2013-05-08', '0.50'],
  ['2013-11-13', '0.25'],
  ['2014-06-11', '0.15'],
  ['2014-09-10', '0.05'],
  ['2016-03-16', '0.00'],
  ['2022-07-27', '0.50'],
  ['2022-09-14', '1.25'],
  ['2022-11-02', '2.00'],
  ['2022-12-21', '2.50'],
  ['2023-02-08', '3.00'],
  ['2023-03-22', '3.50'],
  ['2023-05-10', '3.75'],
  ['2023-06-21', '4.00'],
  ['2023-08-02', '4.25'],
  ['2023-09-20', '4.50'],
  ['2024-06-12', '4.25'],
  ['2024-09-18', '3.65'],
  ['2024-10-23', '3.40'],
  ['2024-12-18', '3.15'],
  ['2025-02-05', '2.90'],
  ['2025-03-12', '2.65'],
  ['2025-04-23', '2.40'],
  ['2025-06-11', '2.15'],
  // UNCONFIRMED (rates.md D.1): decided 11 June 2026, effective date unknown (probably 17 June 2026). Only the
  // fact that it is in force on 1 July 2026 matters for the semester rule.
  ['2026-06-17', '2.40'],
];

/** Last day of the ECB history as rates.md knows it (nothing found after June 2026). */
export const BCE_CONNU_JUSQUAU = '2026-07-01';

/** Single yearly taux de l'intérêt légal, all creditors (rates.md B.2). */
export const LEGAL_ANNUEL: Readonly<Record<number, string>> = {
  2008: '3.99',
  2009: '3.79',
  2010: '0.65',
  2011: '0.38',
  2012: '0.71',
  2013: '0.04',
  2014: '0.04',
};

/**
 * Half-year taux de l'intérêt légal since 2015 (rates.md B.1): key "YYYY-S", value
 * [(1) particuliers, (2) autres cas].
 */
export const LEGAL_SEMESTRIEL: Readonly<Record<string, readonly [string, string]>> = {
  '2015-1': ['4.06', '0.93'],
  '2015-2': ['4.29', '0.99'],
  '2016-1': ['4.54', '1.01'],
  '2016-2': ['4.35', '0.93'],
  '2017-1': ['4.16', '0.90'],
  '2017-2': ['3.94', '0.90'],
  '2018-1': ['3.73', '0.89'],
  '2018-2': ['3.60', '0.88'],
  '2019-1': ['3.40', '0.86'],
  '2019-2': ['3.26', '0.87'],
  '2020-1': ['3.15', '0.87'],
  '2020-2': ['3.11', '0.84'],
  '2021-1': ['3.14', '0.79'],
  '2021-2': ['3.12', '0.76'],
  '2022-1': ['3.13', '0.76'],
  '2022-2': ['3.15', '0.77'],
  '2023-1': ['4.47', '2.06'],
  '2023-2': ['6.82', '4.22'],
  '2024-1': ['8.01', '5.07'],
  '2024-2': ['8.16', '4.92'],
  '2025-1': ['7.21', '3.71'],
  '2025-2': ['6.65', '2.76'],
  '2026-1': ['6.67', '2.62'],
  // UNCONFIRMED (rates.md D.3): only two public code files.
  '2026-2': ['6.84', '2.75'],
};

/** Half-years whose values are UNCONFIRMED in rates.md: results using them must carry an avertissement. */
export const SEMESTRES_NON_CONFIRMES: ReadonlySet<string> = new Set(['2026-2']);
