// An independent oracle for the holiday calendar (src/calendrier/): every public holiday of 2020–2030,
// written by hand from Easter Sundays known from published calendars (2020-04-12, 2021-04-04, 2022-04-17,
// 2023-04-09, 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21).
// It shares no code with the implementation: no computus, no date arithmetic, only literals.

/** Per year: Easter Monday, Ascension Thursday, Whit Monday (C. trav. L3133-1) and Good Friday (L3134-13). */
const MOBILES: Record<number, { vendrediSaint: string; lundiPaques: string; ascension: string; lundiPentecote: string }> = {
  2020: { vendrediSaint: '2020-04-10', lundiPaques: '2020-04-13', ascension: '2020-05-21', lundiPentecote: '2020-06-01' },
  2021: { vendrediSaint: '2021-04-02', lundiPaques: '2021-04-05', ascension: '2021-05-13', lundiPentecote: '2021-05-24' },
  2022: { vendrediSaint: '2022-04-15', lundiPaques: '2022-04-18', ascension: '2022-05-26', lundiPentecote: '2022-06-06' },
  2023: { vendrediSaint: '2023-04-07', lundiPaques: '2023-04-10', ascension: '2023-05-18', lundiPentecote: '2023-05-29' },
  2024: { vendrediSaint: '2024-03-29', lundiPaques: '2024-04-01', ascension: '2024-05-09', lundiPentecote: '2024-05-20' },
  2025: { vendrediSaint: '2025-04-18', lundiPaques: '2025-04-21', ascension: '2025-05-29', lundiPentecote: '2025-06-09' },
  2026: { vendrediSaint: '2026-04-03', lundiPaques: '2026-04-06', ascension: '2026-05-14', lundiPentecote: '2026-05-25' },
  2027: { vendrediSaint: '2027-03-26', lundiPaques: '2027-03-29', ascension: '2027-05-06', lundiPentecote: '2027-05-17' },
  2028: { vendrediSaint: '2028-04-14', lundiPaques: '2028-04-17', ascension: '2028-05-25', lundiPentecote: '2028-06-05' },
  2029: { vendrediSaint: '2029-03-30', lundiPaques: '2029-04-02', ascension: '2029-05-10', lundiPentecote: '2029-05-21' },
  2030: { vendrediSaint: '2030-04-19', lundiPaques: '2030-04-22', ascension: '2030-05-30', lundiPentecote: '2030-06-10' },
};

/** The fixed days of L3133-1, as "-MM-DD". */
const FIXES = ['-01-01', '-05-01', '-05-08', '-07-14', '-08-15', '-11-01', '-11-11', '-12-25'];

/** The eleven holidays of each year 2020–2030 (C. trav. L3133-1): 121 dates. */
export const FERIES_2020_2030: ReadonlySet<string> = new Set(
  Object.entries(MOBILES).flatMap(([annee, m]) => [...FIXES.map((f) => annee + f), m.lundiPaques, m.ascension, m.lundiPentecote]),
);

/** The same with the two days of Alsace-Moselle (L3134-13): 143 dates. */
export const FERIES_ALSACE_MOSELLE_2020_2030: ReadonlySet<string> = new Set([
  ...FERIES_2020_2030,
  ...Object.entries(MOBILES).flatMap(([annee, m]) => [m.vendrediSaint, `${annee}-12-26`]),
]);
