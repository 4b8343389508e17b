/**
 * The legal deadlines of the lifecycle, on calendar dates. A delay of N months ends on the same-numbered
 * day N months later, or the last day of that month when it has none (CPC 641; `ajouterMois`).
 *
 * Not applied: the extension of a procedural delay that ends on a Saturday, Sunday or public holiday to
 * the next working day (CPC 642-type rule, UNCONFIRMED in the project's legal reference). The creditor's
 * own deadlines are therefore never later than the law's. For the debtor's windows (opposition, the
 * procédure simplifiée month), the machine waits for the next Monday when the window ends on a weekend
 * before treating it as closed ({@link finDeDelaiPrudente}) — a safety margin, not a legal rule; public
 * holidays are not covered.
 */
import { ajouterAnnees, ajouterMois, formaterDate, jourDeSemaine, lireDate, type DateISO } from '../socle/date-iso.js';

/**
 * Legal references used by the deadlines (and cited by `prochainesActions`).
 *
 * @example
 * ```ts
 * REFERENCES_DELAIS.declarationCreance; //=> 'C. com. art. R622-24'
 * ```
 */
export const REFERENCES_DELAIS = {
  declarationCreance: 'C. com. art. R622-24',
  releveForclusion: 'C. com. art. L622-26',
  significationInjonction: 'CPC art. 1411',
  oppositionInjonction: 'CPC art. 1416',
  procedureSimplifiee: 'CPCE art. L125-1',
  titreExecutoire: 'CPCE art. L111-4',
} as const;

/**
 * Last day to declare the claim to the mandataire judiciaire: two months from the BODACC publication of
 * the opening judgment, four for a creditor outside metropolitan France (C. com. R622-24 al. 1-2).
 *
 * @example
 * ```ts
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
 * dateLimiteTitreExecutoire('2024-02-29'); //=> '2034-02-28'
 * ```
 */
export function dateLimiteTitreExecutoire(dateDepart: DateISO): DateISO {
  return formaterDate(ajouterAnnees(lireDate(dateDepart, ['dateDepart']), 10));
}

/**
 * The day from which a debtor's window ending on `dateLimite` is treated as closed: the next day, or the
 * next Tuesday when the window ends on a Saturday or a Sunday (the window then counts as running through
 * Monday). A safety margin for the creditor, see the module comment.
 *
 * @example
 * ```ts
 * finDeDelaiPrudente('2025-02-28'); //=> '2025-03-01' (a Friday: closed from Saturday)
 * finDeDelaiPrudente('2025-03-01'); //=> '2025-03-04' (a Saturday: open through Monday 3)
 * ```
 */
export function finDeDelaiPrudente(dateLimite: DateISO): DateISO {
  const j = lireDate(dateLimite, ['dateLimite']);
  const js = jourDeSemaine(j);
  const dernier = js === 6 ? j + 2 : js === 7 ? j + 1 : j;
  return formaterDate(dernier + 1);
}
