/**
 * What the debtor still owes at the machine's date: principal and accessories (penalties or interest, the
 * 40 € indemnity), from the context alone — computed by `situationCreance`, the library's one statement of a
 * claim, on a copy of the claim and the debtor that carries what the events added:
 *
 * - the payments received (`PAIEMENT_RECU`) next to the claim's own, and the credit notes (`AVOIR_EMIS`, read
 *   as correcting the invoice from the start) next to the claim's `avoirs`;
 * - the collective proceedings opened (`procedureCollective`: penalties and interest stop at the opening
 *   judgment, C. com. L622-28; the 40 € is excluded when the claim falls due on or after it, L441-10 II);
 * - options: the imputation rule (`imputation`, default C. civ. 1343-1), the mise en demeure (legal interest
 *   of consumers and non-professionals, C. civ. 1231-6, 1344-1), the creditor's category, the date of a
 *   judgment-type titre exécutoire (+5 points, CMF L313-3), the accessories the scenario claims
 *   (`scenario.accessoires.penalites` covers penalties and interest), and an explicit waiver
 *   (`ACCESSOIRES_ABANDONNES`: from then on nothing is due on the accessories and payments go to the
 *   principal).
 *
 * A date the legal tables do not cover never crashes the host nor lowers the total: the machine computes with
 * `siBaremeManquant: 'minimum'` (stated explicitly, whatever `situationCreance`'s default) — penalties and interest up to the last covered day (`calculeJusquau`), the
 * 40 € kept, payments imputed on those known accessories (C. civ. 1343-1 on what can be computed) — and says
 * `accessoiresConnus: false`: the claim then cannot be `soldee` until the tables are extended or the
 * accessories waived.
 */
import type { Baremes } from '../baremes/types.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { baremesDeIdentite } from './identiteBaremes.js';
import type { Creance } from '../entites/creance.js';
import type { Debiteur } from '../entites/debiteur.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { lireEuros, formaterEuros, type Euros } from '../socle/euros.js';
import { situationCreance } from '../situation/situationCreance.js';
import { situationUneFois } from './cache.js';
import type { OptionsSituation, SituationCreance } from '../situation/types.js';
import type { ContexteRecouvrement, Imputation } from './contexte.js';

/** Options of the machine's computations. */
export interface OptionsMachine {
  /** Legal tables (default `baremesParDefaut`). */
  readonly baremes?: Baremes;
}

/** The financial position of the claim at a date. */
export interface SituationFinanciere {
  readonly date: DateISO;
  /** `montantTTC` minus credit notes. */
  readonly principal: Euros;
  readonly principalPaye: Euros;
  readonly principalDu: Euros;
  /** Penalties (L441-10 / R2192-31) or legal interest (1231-6) accrued at `date`. */
  readonly penalites: Euros;
  /** The 40 € fixed indemnity owed (or "0.00"). */
  readonly indemnite: Euros;
  /** Payments imputed on the accessories (before the principal under `imputation: 'legale'`). */
  readonly accessoiresPayes: Euros;
  /** Accessories still claimed (0 once waived). */
  readonly accessoiresDus: Euros;
  /**
   * `false` when the tables do not cover the period: the accessories are then those accrued up to
   * `calculeJusquau`, a minimum (`totalDu` too), and `avertissements` says so.
   */
  readonly accessoiresConnus: boolean;
  /** The last day penalties and interest were computed up to (`date` when the tables cover the period). */
  readonly calculeJusquau: DateISO;
  readonly accessoiresAbandonnes: boolean;
  readonly totalDu: Euros;
  /** Payments beyond principal and accessories. */
  readonly tropPercu: Euros;
  /** How the payments were imputed (the context's `imputation`). */
  readonly imputation: Imputation;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

/**
 * Whether a payment still counts on `date`: not reversed, or refunded after `date` (a returned direct debit
 * or a bounced cheque never counted; a refund counts until the refund date — contract of `situationCreance`).
 */
export function paiementCompte(p: { readonly annulation?: { readonly date: DateISO; readonly motif: string } | undefined }, date: DateISO): boolean {
  const a = p.annulation;
  return a === undefined || (a.motif === 'remboursement' && a.date > date);
}

/** All payments that count at the machine's date (the claim's own and those received through events), sorted by date. */
export function tousLesPaiements(ctx: ContexteRecouvrement): { jour: number; centimes: number }[] {
  const r = [...ctx.creance.paiements, ...ctx.paiements]
    .filter((p) => paiementCompte(p, ctx.dateCourante))
    .map((p) => ({ jour: lireDate(p.date), centimes: lireEuros(p.montant) }));
  return r.sort((a, b) => a.jour - b.jour);
}

/**
 * The days without accrual at `date` (inclusive): the ended payment plans' (kept in the context) and the
 * running plan's, from its agreement to `date`, when its agreement stops penalties and interest
 * (`penalitesPendantEcheancier: false`).
 */
export function joursSansAccessoires(ctx: ContexteRecouvrement, date: DateISO): { du: DateISO; au: DateISO }[] {
  const r = [...(ctx.periodesSansAccessoires ?? [])];
  const plan = ctx.echeancier;
  if (plan !== null && plan.penalitesPendantEcheancier === false && date >= plan.date) r.push({ du: plan.date, au: date });
  return r;
}

/**
 * Principal in cents: montantTTC minus the credit notes issued by the machine's date (the claim's and those
 * received by events), floored at 0.
 */
export function principalCentimes(ctx: ContexteRecouvrement): number {
  const avoirs = [...(ctx.creance.avoirs ?? []), ...ctx.avoirs].reduce((s, a) => (a.date <= ctx.dateCourante ? s + lireEuros(a.montant) : s), 0);
  return Math.max(0, lireEuros(ctx.creance.montantTTC) - avoirs);
}

/**
 * The principal minus every payment, in cents (cheap: no accrual). A lower bound of what remains due
 * whatever the imputation: when it is positive, the claim cannot be settled.
 */
export function principalDuCentimes(ctx: ContexteRecouvrement): number {
  const paye = tousLesPaiements(ctx).reduce((s, p) => s + p.centimes, 0);
  return Math.max(0, principalCentimes(ctx) - paye);
}

/**
 * The claim, the debtor and the options `situationCreance` is given for the machine's context: what the
 * events added (payments, credit notes, collective proceedings, mise en demeure, titre, waiver) mapped onto
 * the library's own entities.
 */
export function entreeSituation(ctx: ContexteRecouvrement, options: OptionsMachine = {}, date: DateISO = ctx.dateCourante): { creance: Creance; debiteur: Debiteur; options: OptionsSituation } {
  const sansAccessoires = joursSansAccessoires(ctx, date);
  const avoirs = [...(ctx.creance.avoirs ?? []), ...ctx.avoirs.map((a) => ({ date: a.date, montant: a.montant }))];
  const creance: Creance = { ...ctx.creance, paiements: [...ctx.creance.paiements, ...ctx.paiements], ...(avoirs.length > 0 ? { avoirs } : {}) };
  const { procedureCollective: _ignoree, ...sansProcedure } = ctx.debiteur;
  const pc = ctx.procedureCollective;
  const debiteur: Debiteur =
    pc === null
      ? sansProcedure
      : {
          ...sansProcedure,
          // The type is not read by the computation (only the judgment's date is); the event may not give it.
          procedureCollective: { type: pc.procedure ?? ctx.debiteur.procedureCollective?.type ?? 'redressement', dateJugement: pc.dateJugement, dateBodacc: pc.dateBodacc },
        };
  const titre = ctx.titre;
  // A judgment-type title carries the +5 points of CMF L313-3; a title the claim came with (notarial deed…)
  // or the commissaire de justice's title of the procédure simplifiée does not.
  const decision = titre !== null && titre.origine !== 'creance' && titre.origine !== 'procedure-simplifiee' ? titre.date : undefined;
  return {
    creance,
    debiteur,
    options: {
      ...(ctx.baremes !== undefined || options.baremes !== undefined ? { baremes: baremesDuContexte(ctx, options) } : {}),
      imputation: ctx.imputation,
      ...(ctx.miseEnDemeure !== null ? { dateMiseEnDemeure: ctx.miseEnDemeure.date } : {}),
      creancierParticulier: ctx.creancierParticulier,
      ...(decision !== undefined ? { dateDecisionExecutoire: decision } : {}),
      accessoires: { penalites: ctx.scenario.accessoires.penalites, interets: ctx.scenario.accessoires.penalites, indemnite: ctx.scenario.accessoires.indemniteForfaitaire },
      ...(ctx.accessoiresAbandonnes !== null ? { dateAbandonAccessoires: ctx.accessoiresAbandonnes.date } : {}),
      // A payment plan whose agreement stops penalties and interest (ECHEANCIER_ACCEPTE.penalitesPendantEcheancier).
      ...(sansAccessoires.length > 0 ? { periodesSansAccessoires: sansAccessoires } : {}),
      // The machine must not crash its host on a day after the tables' end, nor under-claim: a stated minimum.
      siBaremeManquant: 'minimum',
    },
  };
}

/**
 * The tables a context is computed with: `options.baremes` when given, else those the context names
 * (`ctx.baremes`, remembered by the machine that created it), else the shipped ones.
 *
 * @throws {RecouvrementError} `BAREME_MANQUANT` when the context names tables this process has not seen
 */
export function baremesDuContexte(ctx: ContexteRecouvrement, options: OptionsMachine = {}): Baremes {
  if (options.baremes !== undefined) return options.baremes;
  const b = baremesDeIdentite(ctx.baremes);
  if (b === undefined) {
    throw new RecouvrementError(
      CODES_ERREUR.BAREME_MANQUANT,
      `Barèmes du dossier inconnus (empreinte ${ctx.baremes?.empreinte ?? '?'}, connus jusqu'au ${ctx.baremes?.connuJusquau ?? '?'}) : passez-les dans options.baremes`,
    );
  }
  return b;
}

/** `situationCreance` on the machine's context at `date`. */
export function situationDuContexte(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): SituationCreance {
  // Once per transition or avancerDossier call for the same context, date and tables (cache.ts).
  return situationUneFois(ctx, date, options.baremes, () => {
    const e = entreeSituation(ctx, options, date);
    return situationCreance(e.creance, e.debiteur, date, e.options);
  });
}

/**
 * The financial position of the claim at `date` (default: the machine's date), computed by
 * `situationCreance` on a copy of the claim and the debtor carrying what the events added (see the module
 * comment). Payments follow the context's `imputation` (default:
 * accessories first, C. civ. 1343-1). After the last day the legal tables cover it does not throw: the
 * accessories up to that day (`calculeJusquau`), a minimum, with `accessoiresConnus: false` — never a smaller
 * `totalDu` than on an earlier date.
 *
 * @example
 * ```ts
 * import { initialTransition, transition } from 'xstate';
 * import { machineRecouvrement, situationFinanciere } from 'recouvrement/machine';
 *
 * // 1 200 € due 2025-02-14, 1 200 € paid on 2025-03-16: 30 days of penalties at ECB 3.15 % + 10 (12.97 €)
 * // and the 40 € are paid first (C. civ. 1343-1); 52.97 € of principal remain due and keep bearing penalties.
 * const creance = { id: 'F1', numeroFacture: '2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *   dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale' as const, cause: 'contractuelle' as const, contestee: false };
 * const debiteur = { id: 'D1', type: 'professionnel' as const, denomination: 'ACME SAS' };
 * const depart = initialTransition(machineRecouvrement, { creance, debiteur })[0];
 * const s = transition(machineRecouvrement, depart, { type: 'PAIEMENT_RECU', date: '2025-03-16', montant: '1200.00' })[0];
 * situationFinanciere(s.context, '2025-03-16').accessoiresPayes; //=> '52.97'
 * situationFinanciere(s.context, '2025-03-16').principalDu; //=> '52.97'
 * situationFinanciere(s.context, '2025-06-30').totalDu; //=> '54.99' (the same as situationCreance and the letters)
 * ```
 */
export function situationFinanciere(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): SituationFinanciere {
  const s = situationDuContexte(ctx, date, options);
  const c = (x: Euros): number => lireEuros(x);
  return {
    date: s.date,
    principal: s.principal,
    principalPaye: s.principalPaye,
    principalDu: s.principalDu,
    penalites: formaterEuros(c(s.penalites.couru) + c(s.interets.couru)),
    indemnite: s.indemnite.couru,
    // Everything paid that is neither principal nor trop-perçu: the accessories (or held for them while unknown).
    accessoiresPayes: formaterEuros(c(s.paye) - c(s.principalPaye) - c(s.tropPercu)),
    accessoiresDus: s.accessoiresDus,
    accessoiresConnus: s.accessoiresConnus,
    calculeJusquau: s.calculeJusquau,
    accessoiresAbandonnes: s.accessoiresAbandonnes,
    totalDu: s.totalDu,
    tropPercu: s.tropPercu,
    imputation: ctx.imputation,
    // Copies: the statement may be shared within a transition (cache.ts); each result owns its arrays.
    references: [...s.references],
    avertissements: [...s.avertissements],
  };
}

/** Whether nothing remains due at the machine's date: principal paid and accessories paid or waived. */
export function plusRienDu(ctx: ContexteRecouvrement, options: OptionsMachine = {}): boolean {
  // Cheap test first: whatever the imputation, less paid than the principal leaves something due.
  if (principalDuCentimes(ctx) > 0) return false;
  const s = situationFinanciere(ctx, ctx.dateCourante, options);
  return s.principalDu === '0.00' && s.accessoiresConnus && s.accessoiresDus === '0.00';
}

/**
 * The payment plan at the machine's date: the payments received since the agreement, imputed to the
 * instalments in date order (C. civ. 1342-10, as `verifierEcheancier` does); `defaillant` when an
 * instalment is still unpaid more than `scenario.toleranceEcheancierJours` days after its date (paid on the
 * last day of the tolerance at the latest); `prochaine`: the first instalment not fully paid, with what
 * remains of it. `null` without a plan.
 */
export function suiviEcheancier(ctx: ContexteRecouvrement): {
  defaillant: boolean;
  honore: boolean;
  prochaine: { date: DateISO; reste: number } | null;
  /** The last day of tolerance of the first instalment left unpaid (`null` unless `defaillant`). */
  limiteDefaillance: DateISO | null;
  /** The day the payments reached the plan's total (`null` unless `honore`). */
  dateHonore: DateISO | null;
} | null {
  const plan = ctx.echeancier;
  if (plan === null) return null;
  // A reversed payment paid nothing (a refund: until the refund date).
  const paiements = ctx.paiements.filter((p) => p.date >= plan.date && paiementCompte(p, p.date)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const payeAu = (jour: DateISO): number => paiements.reduce((s, p) => s + (p.date <= jour && paiementCompte(p, jour) ? lireEuros(p.montant) : 0), 0);
  const total = payeAu(ctx.dateCourante);
  let cumul = 0;
  let limiteDefaillance: DateISO | null = null;
  let prochaine: { date: DateISO; reste: number } | null = null;
  for (const l of plan.echeances) {
    cumul += lireEuros(l.montant);
    const limite = formaterDate(lireDate(l.date) + ctx.scenario.toleranceEcheancierJours);
    if (limiteDefaillance === null && ctx.dateCourante > limite && payeAu(limite) < cumul) limiteDefaillance = limite;
    prochaine ??= total < cumul ? { date: l.date, reste: cumul - total } : null;
  }
  const honore = total >= cumul;
  const dateHonore = honore ? (paiements.find((p) => payeAu(p.date) >= cumul)?.date ?? plan.date) : null;
  return { defaillant: limiteDefaillance !== null, honore, prochaine, limiteDefaillance, dateHonore };
}

/** The partial dispute still open at the machine's date: the disputed amount and the status that opened it. */
export interface LitigePartielOuvert {
  readonly date: DateISO;
  readonly montantConteste: Euros;
  readonly motif: string | null;
}

/**
 * The partial dispute still open, read from the dossier de preuve: the last `LITIGE_OUVERT` carrying a
 * `montantConteste` (e-invoicing 206 Approuvée partiellement, 207 En litige with CNP…; a later one replaces
 * it), unless a later entry closed it — `LITIGE_RESOLU` (209 Complétée), received even where the phase did
 * not take it, or a credit note (`AVOIR_EMIS`: the partial credit note CNP asks for settles the disputed
 * part). `null` when none is open.
 *
 * Only the disputed part is suspended: the undisputed part keeps its course, so the reminders claim what is
 * owed (`situationCreance`, unchanged) minus this amount. A design choice of this library, not a rule of law:
 * a debtor may only withhold the part it disputes in good faith; the creditor remains free to claim the whole.
 */
export function litigePartielOuvert(ctx: ContexteRecouvrement): LitigePartielOuvert | null {
  let ouvert: LitigePartielOuvert | null = null;
  for (const e of ctx.dossier) {
    if (e.type === 'LITIGE_OUVERT' && typeof e.donnees.montantConteste === 'string') {
      ouvert = { date: e.date, montantConteste: e.donnees.montantConteste as Euros, motif: typeof e.donnees.motif === 'string' ? e.donnees.motif : null };
    } else if (e.type === 'LITIGE_RESOLU' || e.type === 'AVOIR_EMIS' || (e.type === 'evenement-non-applique' && e.donnees.evenement === 'LITIGE_RESOLU')) {
      ouvert = null;
    }
  }
  return ouvert;
}
