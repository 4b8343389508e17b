/**
 * Internal: holds of the reminders (`SUSPENSION`, `SUSPENSION_LEVEE`) and promises of payment
 * (`PROMESSE_PAIEMENT`), read from the context at a date. A pure function of the context and the date.
 *
 * - A hold runs from its day to `jusquau` inclusive, or to the day before it was lifted.
 * - A promise holds the reminders from its day to `datePromise` inclusive. It is kept when the payments
 *   received from its day to `datePromise` (those that still count: a reversed payment paid nothing) reach the
 *   amount promised; broken when `datePromise` passed without that.
 * - While a hold or a promise runs, no reminder, mise en demeure or escalation is proposed; the legal
 *   deadlines are, and prescription keeps running: neither is a cause of suspension of prescription
 *   (C. civ. 2233 to 2239; only a mediation or a conciliation suspends it, 2238).
 * - When it ends, the scenario resumes at its next step, due on its planned day or, when later, the day
 *   after the hold (or the broken promise).
 */
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { lireEuros } from '../socle/euros.js';
import type { ContexteRecouvrement } from './contexte.js';
import { paiementCompte } from './situation.js';

const lendemain = (d: DateISO): DateISO => formaterDate(lireDate(d) + 1);

/** Whether the hold of the reminders (`SUSPENSION`) runs on `date`. */
export function suspensionActive(ctx: ContexteRecouvrement, date: DateISO): boolean {
  const s = ctx.suspension;
  return s != null && s.date <= date && date <= s.jusquau && (s.levee === null || date < s.levee);
}

/** Where the last promise of payment stands on `date` (`null` without one). */
export function etatPromesse(ctx: ContexteRecouvrement, date: DateISO): { statut: 'en-cours' | 'tenue' | 'non-tenue'; paye: number } | null {
  const p = ctx.promesse;
  if (p == null) return null;
  const fin = date < p.datePromise ? date : p.datePromise;
  let paye = 0;
  for (const x of ctx.paiements) if (x.date >= p.date && x.date <= fin && paiementCompte(x, date)) paye += lireEuros(x.montant);
  if (paye >= lireEuros(p.montant)) return { statut: 'tenue', paye };
  return { statut: date > p.datePromise ? 'non-tenue' : 'en-cours', paye };
}

/** Whether reminders are held on `date`: a hold runs, or a promise is neither kept nor past. */
export function relancesSuspendues(ctx: ContexteRecouvrement, date: DateISO): boolean {
  if (suspensionActive(ctx, date)) return true;
  const p = etatPromesse(ctx, date);
  return p !== null && p.statut === 'en-cours' && date >= ctx.promesse!.date;
}

/**
 * The first day reminders may be due again after the last hold and the last promise not kept (`null` when
 * neither delays them): the day the hold was lifted, the day after its end, the day after a promise's date.
 */
export function repriseRelances(ctx: ContexteRecouvrement, date: DateISO): DateISO | null {
  let r: DateISO | null = null;
  const s = ctx.suspension;
  if (s != null) r = s.levee ?? lendemain(s.jusquau);
  const p = etatPromesse(ctx, date);
  if (p !== null && p.statut !== 'tenue') {
    const apres = lendemain(ctx.promesse!.datePromise);
    if (r === null || apres > r) r = apres;
  }
  return r;
}
