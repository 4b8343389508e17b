/**
 * CPC 642 al. 2: "Le délai qui expirerait normalement un samedi, un dimanche ou un jour férié ou chômé, est
 * prorogé jusqu'au premier jour ouvrable suivant." The day a delay ending on a date really expires.
 */
import { formaterDate, type DateISO } from '../socle/date-iso.js';
import { lireDateCalendrier, lireOptions, ouvre, type OptionsCalendrier } from './internes.js';

/** The options of {@link finDeDelai}: the holidays of the place where the act is to be done. */
export type FinDeDelaiOptions = OptionsCalendrier;

/**
 * The day a delay whose last day is `date` really expires (CPC 642 al. 2): `date` itself on a working day;
 * after a Saturday, a Sunday or a public holiday ({@link estJourFerie}), the next working day. The delay
 * expires at midnight at the end of that day (CPC 642 al. 1).
 *
 * Compute the last day first (CPC 641: N days, or the same day number N months later, see `ajouterMois`),
 * then pass it here. Only Saturdays, Sundays and public holidays are known: a day on which a particular
 * court is closed ("chômé") for another reason is not. The extension is procedural: do not apply it to a
 * payment due date without a legal basis.
 *
 * @param date - the last day of the delay, `"YYYY-MM-DD"`, from 2008-05-01 ({@link PLAGE_JOURS_FERIES})
 * @param options - `alsaceMoselle`: the act is to be done in Moselle, Bas-Rhin or Haut-Rhin, where Good
 *   Friday and 26 December are holidays too (C. trav. L3134-13)
 * @returns the day the delay expires, `"YYYY-MM-DD"`, on or after `date`
 * @throws {RecouvrementError} `ENTREE_INVALIDE`: an invalid date, a date outside
 *   {@link PLAGE_JOURS_FERIES} (`too_small` / `too_big`), invalid options
 * @example
 * ```ts
 * import { finDeDelai } from 'recouvrement';
 * finDeDelai('2025-11-12'); //=> '2025-11-12' (a Wednesday)
 * finDeDelai('2025-11-11'); //=> '2025-11-12' (11 November)
 * finDeDelai('2026-04-06'); //=> '2026-04-07' (Easter Monday)
 * finDeDelai('2025-05-31'); //=> '2025-06-02' (a Saturday)
 * finDeDelai('2025-12-25', { alsaceMoselle: true }); //=> '2025-12-29' (25 and 26 December, then the weekend)
 * ```
 */
export function finDeDelai(date: DateISO, options?: FinDeDelaiOptions): DateISO {
  const alsaceMoselle = lireOptions(options);
  let j = lireDateCalendrier(date, ['date']);
  // At most four days (Alsace-Moselle: 25 and 26 December, then a weekend). The last day of the range,
  // 2099-12-31, is a Thursday and no holiday: no extension leaves the range (tested).
  while (!ouvre(j, alsaceMoselle)) j += 1;
  return formaterDate(j);
}
