/**
 * Working days in the sense of CPC 642 al. 2: neither a Saturday, a Sunday nor a public holiday.
 */
import type { DateISO } from '../socle/date-iso.js';
import { lireDateCalendrier, lireOptions, ouvre, type OptionsCalendrier } from './internes.js';

/** The options of {@link estJourOuvre}. */
export type EstJourOuvreOptions = OptionsCalendrier;

/**
 * Whether `date` is a working day (jour ouvré): neither a Saturday, a Sunday nor a public holiday
 * ({@link estJourFerie}). These are the days on which a delay can expire under CPC 642 al. 2, which calls
 * them "jour ouvrable" after naming Saturday; the Code du travail's "jour ouvrable" includes Saturday, hence
 * the name.
 *
 * @param date - a calendar date `"YYYY-MM-DD"` from 2008-05-01 to 2099-12-31 ({@link PLAGE_JOURS_FERIES})
 * @param options - `alsaceMoselle`: Good Friday and 26 December are holidays too (C. trav. L3134-13)
 * @returns `true` from Monday to Friday when the day is not a public holiday
 * @throws {RecouvrementError} `ENTREE_INVALIDE`: an invalid date, a date outside {@link PLAGE_JOURS_FERIES},
 *   invalid options
 * @example
 * ```ts
 * import { estJourOuvre } from 'recouvrement';
 * estJourOuvre('2025-11-12'); //=> true (a Wednesday)
 * estJourOuvre('2025-11-11'); //=> false (11 November)
 * estJourOuvre('2025-11-15'); //=> false (a Saturday)
 * ```
 */
export function estJourOuvre(date: DateISO, options?: EstJourOuvreOptions): boolean {
  const alsaceMoselle = lireOptions(options);
  return ouvre(lireDateCalendrier(date, ['date']), alsaceMoselle);
}
