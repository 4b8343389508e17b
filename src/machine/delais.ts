/**
 * The legal deadlines of the lifecycle, on calendar dates. A delay of N months ends on the same-numbered
 * day N months later, or the last day of that month when it has none (CPC 641; `ajouterMois`): the
 * `dateLimite…` functions give that nominal last day, which the context stores.
 *
 * CPC 642 al. 2: a delay that would expire on a Saturday, a Sunday or a public holiday runs to the next
 * working day (`finDeDelai`, with the holidays of C. trav. L3133-1, and L3134-13 when the input says
 * `alsaceMoselle`). The machine applies it where the law certainly does and where it protects the debtor:
 * - the debtor's opposition month (CPC 1416) is treated as closed only from the day after `finDeDelai`
 *   ({@link finDeDelaiPrudente}); so is the procédure simplifiée month (CPCE L125-1), as a safety margin;
 * - an injonction de payer order is non avenue (CPC 1411) only once `finDeDelai` of its six months has passed,
 *   while the action to serve it keeps the nominal day (act before it, the law allows a little more).
 * Not extended: the collective-proceedings deadlines (C. com. R622-24, L622-26), whose subjection to CPC 642
 * our legal reference does not state — the earlier date, so the creditor is never told a later one than the
 * law's —, the ten years of a title (L111-4, a prescription) and the mise en demeure's own delay.
 */
import { PLAGE_JOURS_FERIES } from '../calendrier/estJourFerie.js';
import { finDeDelai } from '../calendrier/finDeDelai.js';
import { ajouterAnnees, ajouterMois, formaterDate, jourDeSemaine, lireDate, type DateISO } from '../socle/date-iso.js';

/**
 * Legal references used by the deadlines (and cited by `prochainesActions`).
 *
 * @example
 * ```ts
 * import { REFERENCES_DELAIS } from 'recouvrement/machine';
 * REFERENCES_DELAIS.declarationCreance; //=> 'C. com. art. R622-24'
 * ```
 */
export const REFERENCES_DELAIS = /*@__PURE__*/ Object.freeze({
  declarationCreance: 'C. com. art. R622-24',
  releveForclusion: 'C. com. art. L622-26',
  significationInjonction: 'CPC art. 1411',
  oppositionInjonction: 'CPC art. 1416',
  procedureSimplifiee: 'CPCE art. L125-1',
  titreExecutoire: 'CPCE art. L111-4',
} as const);

/**
 * Last day to declare the claim to the mandataire judiciaire: two months from the BODACC publication of
 * the opening judgment, four for a creditor outside metropolitan France (C. com. R622-24 al. 1-2).
 *
 * @example
 * ```ts
 * import { dateLimiteDeclarationCreance } from 'recouvrement/machine';
 * dateLimiteDeclarationCreance('2025-03-12', false); //=> '2025-05-12'
 * dateLimiteDeclarationCreance('2025-03-12', true); //=> '2025-07-12'
 * ```
 */
export function dateLimiteDeclarationCreance(dateBodacc: DateISO, horsMetropole: boolean): DateISO {
  return formaterDate(ajouterMois(lireDate(dateBodacc, ['dateBodacc']), horsMetropole ? 4 : 2));
}

/**
 * Last day to ask for a relevé de forclusion: six months from the BODACC publication (C. com. L622-26,
 * text in force since 1 July 2014; the exception for a creditor who could not know of his claim is not
 * modelled).
 *
 * @example
 * ```ts
 * import { dateLimiteReleveForclusion } from 'recouvrement/machine';
 * dateLimiteReleveForclusion('2025-08-31'); //=> '2026-02-28'
 * ```
 */
export function dateLimiteReleveForclusion(dateBodacc: DateISO): DateISO {
  return formaterDate(ajouterMois(lireDate(dateBodacc, ['dateBodacc']), 6));
}

/**
 * Last day to serve an injonction de payer order: it is "non avenue" if not served within six months of
 * its date (CPC 1411).
 *
 * @example
 * ```ts
 * import { dateLimiteSignificationInjonction } from 'recouvrement/machine';
 * dateLimiteSignificationInjonction('2025-01-31'); //=> '2025-07-31'
 * ```
 */
export function dateLimiteSignificationInjonction(dateOrdonnance: DateISO): DateISO {
  return formaterDate(ajouterMois(lireDate(dateOrdonnance, ['dateOrdonnance']), 6));
}

/**
 * Last day of the debtor's opposition to an injonction de payer: one month from service (CPC 1416 al. 1).
 * When service was not made to the debtor in person, the month runs from the first act served in person or
 * the first enforcement measure making assets unavailable (al. 2): the machine then keeps opposition open.
 *
 * @example
 * ```ts
 * import { dateLimiteOpposition } from 'recouvrement/machine';
 * dateLimiteOpposition('2025-01-31'); //=> '2025-02-28'
 * ```
 */
export function dateLimiteOpposition(dateSignification: DateISO): DateISO {
  return formaterDate(ajouterMois(lireDate(dateSignification, ['dateSignification']), 1));
}

/**
 * End of the procédure simplifiée de recouvrement des petites créances: one month from the sending of the
 * commissaire de justice's invitation (CPCE L125-1).
 *
 * @example
 * ```ts
 * import { dateLimiteProcedureSimplifiee } from 'recouvrement/machine';
 * dateLimiteProcedureSimplifiee('2025-03-31'); //=> '2025-04-30'
 * ```
 */
export function dateLimiteProcedureSimplifiee(dateInvitation: DateISO): DateISO {
  return formaterDate(ajouterMois(lireDate(dateInvitation, ['dateInvitation']), 1));
}

/**
 * Last day to enforce a judgment-type titre exécutoire without a new interruption: ten years (CPCE L111-4),
 * restarted by each enforcement act (C. civ. 2244). 29 February + 10 years = 28 February.
 *
 * @example
 * ```ts
 * import { dateLimiteTitreExecutoire } from 'recouvrement/machine';
 * dateLimiteTitreExecutoire('2024-02-29'); //=> '2034-02-28'
 * ```
 */
export function dateLimiteTitreExecutoire(dateDepart: DateISO): DateISO {
  return formaterDate(ajouterAnnees(lireDate(dateDepart, ['dateDepart']), 10));
}

/** The calendar of the deadlines: Alsace-Moselle adds Good Friday and 26 December (C. trav. L3134-13). */
export interface OptionsDelais {
  /** The court or the commissaire de justice is in Moselle, Bas-Rhin or Haut-Rhin. Default `false`. */
  readonly alsaceMoselle?: boolean;
}

/**
 * The day a delay whose nominal last day is `dateLimite` really expires: `finDeDelai` (CPC 642 al. 2). The
 * machine's guards must never throw (internal: not exported by `recouvrement/machine`): outside the holiday calendar ({@link PLAGE_JOURS_FERIES}, before
 * 1 May 2008), only Saturdays and Sundays are skipped, as before this release.
 *
 * @param dateLimite - the nominal last day
 * @param options - `alsaceMoselle`
 * @returns the last day on which the act can be done
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `dateLimite` is not a valid date
 */
export function dernierJourDelai(dateLimite: DateISO, options: OptionsDelais = {}): DateISO {
  const j = lireDate(dateLimite, ['dateLimite']);
  if (dateLimite >= PLAGE_JOURS_FERIES.du && dateLimite <= PLAGE_JOURS_FERIES.au) {
    return finDeDelai(dateLimite, { alsaceMoselle: options.alsaceMoselle === true });
  }
  const js = jourDeSemaine(j);
  return formaterDate(js === 6 ? j + 2 : js === 7 ? j + 1 : j);
}

/**
 * The day from which a debtor's window whose nominal last day is `dateLimite` is treated as closed: the
 * day after it really expires under CPC 642 al. 2 — the next day on a working day, otherwise the day after
 * the next working day (after a Saturday, a Sunday or a public holiday; with `{ alsaceMoselle: true }`, Good
 * Friday and 26 December too). Before 1 May 2008 (outside the holiday calendar), weekends only.
 *
 * @param dateLimite - the nominal last day of the window
 * @param options - `alsaceMoselle`: the court is in Moselle, Bas-Rhin or Haut-Rhin (C. trav. L3134-13)
 * @returns the first day on which the window is closed
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `dateLimite` is not a valid date
 * @example
 * ```ts
 * import { finDeDelaiPrudente } from 'recouvrement/machine';
 * finDeDelaiPrudente('2025-02-28'); //=> '2025-03-01' (a Friday: closed from Saturday)
 * finDeDelaiPrudente('2025-03-01'); //=> '2025-03-04' (a Saturday: open through Monday 3)
 * finDeDelaiPrudente('2025-11-11'); //=> '2025-11-13' (11 November: open through Wednesday 12)
 * finDeDelaiPrudente('2025-12-25', { alsaceMoselle: true }); //=> '2025-12-30'
 * ```
 */
export function finDeDelaiPrudente(dateLimite: DateISO, options: OptionsDelais = {}): DateISO {
  return formaterDate(lireDate(dernierJourDelai(dateLimite, options)) + 1);
}
