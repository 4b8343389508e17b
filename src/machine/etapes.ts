/**
 * Internal: where the claim stands in its reminder scenario — which steps are done, which comes next and
 * on which day.
 *
 * An invoice payable in several terms (`Creance.echeances`): the scenario runs from the **first instalment
 * late** — its due date passed while it was left unpaid (C. com. L441-10 II: penalties run from the day after
 * the due date of the sum unpaid; D441-5: the 40 € from the first day of delay) — read on the claim's
 * statement (`situationCreance`'s `echeances[]`), never computed a second time. Without `echeances`, or with
 * one instalment, that is the due date, as it always was.
 */
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import type { ContexteRecouvrement } from './contexte.js';
import type { EtapeRelance } from './scenarios.js';
import { situationDuContexte, type OptionsMachine } from './situation.js';

/** Ids of the scenario steps already done. */
export function etapesFaites(ctx: ContexteRecouvrement): Set<string> {
  const r = new Set<string>();
  for (const x of ctx.relances) if (x.etape !== null) r.add(x.etape);
  return r;
}

/**
 * The due date of the first instalment late at `date` (default: the machine's date), `null` when none is.
 * Late: its due date has passed and, on the statement at `date` (`situationCreance(...).echeances[]`), it is
 * still unpaid (`principalDu` > 0) or delay ran on it (`joursDeRetard` > 0: it was left unpaid at its due
 * date and paid later). An instalment paid by its due date, or wiped by a credit note, is not late. Without
 * `echeances` or with one instalment: the due date once passed (`date > dateEcheance`), exactly as before —
 * no statement is computed.
 */
export function premiereEcheanceEnRetard(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): DateISO | null {
  const echeances = ctx.creance.echeances;
  if (echeances === undefined || echeances.length <= 1) return date > ctx.creance.dateEcheance ? ctx.creance.dateEcheance : null;
  // Nothing can be late on or before the first due date: no statement needed.
  if (date <= echeances[0]!.date) return null;
  const s = situationDuContexte(ctx, date, options);
  return s.echeances.find((e) => e.enRetard && (e.principalDu !== '0.00' || e.joursDeRetard > 0))?.date ?? null;
}

/**
 * The day the scenario's steps count from (`depuis: 'echeance'`) at `date` (default: the machine's date): the
 * due date of the first instalment late ({@link premiereEcheanceEnRetard}); when none is late, the next
 * instalment to fall due (a pre-due `rappel` is planned before it), else the final due date. Without
 * `echeances` or with one instalment: `dateEcheance`.
 */
export function dateDepartScenario(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): DateISO {
  const echeances = ctx.creance.echeances;
  if (echeances === undefined || echeances.length <= 1) return ctx.creance.dateEcheance;
  return premiereEcheanceEnRetard(ctx, date, options) ?? echeances.find((e) => e.date >= date)?.date ?? ctx.creance.dateEcheance;
}

/**
 * The next reminder step (not a mise en demeure) to fulfil by a reminder sent on `date`: the first step not
 * done, a pre-due `rappel` only while no instalment is late (on or before the due date) and another step only
 * after (see {@link dateDepartScenario}).
 */
export function prochaineEtapeRelance(ctx: ContexteRecouvrement, date: DateISO, options: OptionsMachine = {}): EtapeRelance | null {
  const faites = etapesFaites(ctx);
  const jour = date > ctx.dateCourante ? date : ctx.dateCourante;
  const avant = date <= dateDepartScenario(ctx, jour, options);
  return ctx.scenario.etapes.find((e) => e.type !== 'mise-en-demeure' && !faites.has(e.id) && (e.type === 'rappel') === avant) ?? null;
}

/**
 * The day a step is planned: the scenario's start + offset (`depuis: 'echeance'`; the start is the due date,
 * or for instalments {@link dateDepartScenario}), or the last reminder sent + offset (`etape-precedente`; the
 * start when none was sent after it). Pass `depart` when planning several steps of one context.
 */
export function datePrevue(ctx: ContexteRecouvrement, etape: EtapeRelance, options: OptionsMachine = {}, depart: DateISO = dateDepartScenario(ctx, ctx.dateCourante, options)): DateISO {
  let base = depart;
  if (etape.depuis === 'etape-precedente') {
    for (const r of ctx.relances) if (r.date > base) base = r.date;
  }
  return formaterDate(lireDate(base) + etape.decalageJours);
}
