/**
 * Public holidays (jours fériés): the eleven "fêtes légales" of C. trav. L3133-1, and in Alsace-Moselle
 * the two days L3134-13 adds. Easter is computed (Gregorian computus); everything is integer arithmetic on
 * calendar dates, so the answer is the same under every time zone.
 */
import type { DateISO } from '../socle/date-iso.js';
import { DEBUT_PLAGE, FIN_PLAGE, ferie, lireDateCalendrier, lireOptions, type OptionsCalendrier } from './internes.js';

/** The options of {@link estJourFerie}. */
export type EstJourFerieOptions = OptionsCalendrier;

/**
 * The days the holiday calendar answers for: from 1 May 2008, when C. trav. L3133-1 came into force with
 * the list it still has, to 31 December 2099 (the list in force in December 2026; a later change of the law
 * needs a new release). Outside, the functions throw rather than guess.
 *
 * @example
 * ```ts
 * import { PLAGE_JOURS_FERIES } from 'recouvrement';
 * PLAGE_JOURS_FERIES.du; //=> '2008-05-01'
 * PLAGE_JOURS_FERIES.au; //=> '2099-12-31'
 * ```
 */
export const PLAGE_JOURS_FERIES: { readonly du: DateISO; readonly au: DateISO } = /* @__PURE__ */ Object.freeze({ du: DEBUT_PLAGE, au: FIN_PLAGE });

/**
 * Whether `date` is a public holiday (jour férié): 1 January, Easter Monday, 1 May, 8 May, Ascension
 * Thursday, Whit Monday, 14 July, 15 August, 1 November, 11 November or 25 December (C. trav. L3133-1).
 * With `{ alsaceMoselle: true }`, also Good Friday and 26 December (L3134-13).
 *
 * Whit Monday is a jour férié even where it is worked as the "journée de solidarité":
 * it stays in L3133-1's list. L3134-13 makes Good Friday a holiday only in the communes that have a
 * Protestant temple or a mixed church; the option counts it everywhere in the three departments (for a
 * debtor's deadline, the longer reading). The overseas commemorations of the abolition of slavery
 * (L3422-2) are not covered. A weekend day can be a holiday too (`estJourFerie('2027-08-15')` is `true`).
 *
 * @param date - a calendar date `"YYYY-MM-DD"` from 2008-05-01 to 2099-12-31 ({@link PLAGE_JOURS_FERIES})
 * @param options - `alsaceMoselle`: the place is in Moselle, Bas-Rhin or Haut-Rhin (default `false`)
 * @returns `true` on a public holiday
 * @throws {RecouvrementError} `ENTREE_INVALIDE`: an invalid date, a date outside
 *   {@link PLAGE_JOURS_FERIES} (`too_small` / `too_big`), options that are not `{ alsaceMoselle?: boolean }`
 * @example
 * ```ts
 * import { estJourFerie } from 'recouvrement';
 * estJourFerie('2026-04-06'); //=> true (Easter Monday)
 * estJourFerie('2026-04-03'); //=> false
 * estJourFerie('2026-04-03', { alsaceMoselle: true }); //=> true (Good Friday, L3134-13)
 * estJourFerie('2025-12-26', { alsaceMoselle: true }); //=> true
 * ```
 */
export function estJourFerie(date: DateISO, options?: EstJourFerieOptions): boolean {
  const alsaceMoselle = lireOptions(options);
  return ferie(lireDateCalendrier(date, ['date']), alsaceMoselle);
}
