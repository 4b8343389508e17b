/**
 * Internal: where the claim stands in its reminder scenario — which steps are done, which comes next and
 * on which day.
 */
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import type { ContexteRecouvrement } from './contexte.js';
import type { EtapeRelance } from './scenarios.js';

/** Ids of the scenario steps already done. */
export function etapesFaites(ctx: ContexteRecouvrement): Set<string> {
  const r = new Set<string>();
  for (const x of ctx.relances) if (x.etape !== null) r.add(x.etape);
  return r;
}

/**
 * The next reminder step (not a mise en demeure) to fulfil by a reminder sent on `date`: the first step not
 * done, a pre-due `rappel` only on or before the due date and another step only after it.
 */
export function prochaineEtapeRelance(ctx: ContexteRecouvrement, date: DateISO): EtapeRelance | null {
  const faites = etapesFaites(ctx);
  const avant = date <= ctx.creance.dateEcheance;
  return ctx.scenario.etapes.find((e) => e.type !== 'mise-en-demeure' && !faites.has(e.id) && (e.type === 'rappel') === avant) ?? null;
}

/**
 * The day a step is planned: due date + offset (`depuis: 'echeance'`), or the last reminder sent + offset
 * (`etape-precedente`; the due date when none was sent).
 */
export function datePrevue(ctx: ContexteRecouvrement, etape: EtapeRelance): DateISO {
  let base = ctx.creance.dateEcheance;
  if (etape.depuis === 'etape-precedente') {
    for (const r of ctx.relances) if (r.date > base) base = r.date;
  }
  return formaterDate(lireDate(base) + etape.decalageJours);
}
