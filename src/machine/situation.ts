/**
 * What the debtor still owes at the machine's date: principal and accessories (penalties or interest, the
 * 40 € indemnity), from the context alone.
 *
 * - Principal: `montantTTC` minus credit notes (a credit note corrects the invoice from the start).
 * - Payments, in date order, are imputed on the accessories accrued at their date first — penalties or
 *   interest, then the 40 € — and on the principal last (C. civ. 1343-1: "le paiement partiel s'impute
 *   d'abord sur les intérêts"). This is the order of `imputerPaiements` (docs/imputation.md): penalties are
 *   treated as intérêts moratoires (PARTIAL), the 40 € before the principal is a library choice
 *   (UNCONFIRMED); both are stated in `avertissements`. The principal still due keeps bearing penalties.
 *   `imputation: 'principal-d-abord'` (a contract clause, or the judge, C. civ. 1343-5) imputes on the
 *   principal first and any surplus on the accessories.
 * - Accessories by debtor: a professional owes the L441-10 penalties (the claim's `tauxPenalites`, default
 *   ECB + 10) and the 40 € (D441-5); a public buyer owes intérêts moratoires (R2192-31) and the 40 €; a
 *   consumer or a non-professional owes legal-rate interest from the mise en demeure (C. civ. 1231-6,
 *   1344-1; "autres cas" category unless the creditor is a private person) and never the 40 €.
 * - Collective proceedings stop penalties and interest at the opening judgment (C. com. L622-28) and the
 *   40 € when they forbid paying the claim at its due date (L441-10 II, PARTIAL).
 * - Waived accessories (explicit `ACCESSOIRES_ABANDONNES`) are no longer claimed: from the waiver on, the
 *   payments are imputed on the principal (the creditor cannot both waive the penalties and keep a payment
 *   on them).
 * - A date the legal tables do not cover makes the accessories unknown (`accessoiresConnus: false`): the
 *   claim then cannot be `soldee` until the tables are extended or the accessories waived.
 */
import type { Baremes } from '../baremes/types.js';
import { calculerInteretsLegaux } from '../calculs/interets/calculerInteretsLegaux.js';
import { indemniteForfaitaire } from '../calculs/indemnite/indemniteForfaitaire.js';
import { calculerPenalitesRetard, type ModeTauxPenalites } from '../calculs/penalites/calculerPenalitesRetard.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type Euros } from '../socle/euros.js';
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
  /** `false` when the tables do not cover the period: the accessories are then unknown. */
  readonly accessoiresConnus: boolean;
  readonly accessoiresAbandonnes: boolean;
  readonly totalDu: Euros;
  /** Payments beyond principal and accessories. */
  readonly tropPercu: Euros;
  /** How the payments were imputed (the context's `imputation`). */
  readonly imputation: Imputation;
  readonly references: readonly string[];
  readonly avertissements: readonly string[];
}

/** All payments (the claim's own and those received through events), sorted by date. */
export function tousLesPaiements(ctx: ContexteRecouvrement): { jour: number; centimes: number }[] {
  const r = [...ctx.creance.paiements, ...ctx.paiements].map((p) => ({ jour: lireDate(p.date), centimes: lireEuros(p.montant) }));
  return r.sort((a, b) => a.jour - b.jour);
}

/** Principal in cents: montantTTC minus credit notes, floored at 0. */
export function principalCentimes(ctx: ContexteRecouvrement): number {
  const avoirs = ctx.avoirs.reduce((s, a) => s + lireEuros(a.montant), 0);
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
 * The financial position of the claim at `date` (default: the machine's date). Payments follow the context's
 * `imputation` (default: accessories first, C. civ. 1343-1).
 *
 * @example
 * ```ts
 * // 1 200 € due 2025-02-14, 1 200 € paid on 2025-03-16: 30 days of penalties at ECB 3.15 % + 10 (12.97 €)
 * // and the 40 € are paid first (C. civ. 1343-1); 52.97 € of principal remain due and keep bearing penalties.
 * const s = situationFinanciere(snapshot.context, '2025-03-16');
 * s.accessoiresPayes; //=> '52.97'
 * s.principalDu; //=> '52.97'
 * ```
 */
export function situationFinanciere(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): SituationFinanciere {
  const jour = lireDate(date, ['date']);
  const principal = principalCentimes(ctx);
  const echeance = lireDate(ctx.creance.dateEcheance);
  const references = new Set<string>();
  const avertissements = new Set<string>();
  const pc = ctx.procedureCollective;
  const type = ctx.debiteur.type;
  const baremes = options.baremes === undefined ? undefined : { baremes: options.baremes };
  const paiementsPrincipal: { date: DateISO; montant: Euros }[] = [];

  /**
   * Penalties (or interest) and the 40 € accrued up to day `j` (inclusive) on the principal as reduced by
   * `paiementsPrincipal`; `noter`: keep their references and avertissements.
   * @throws {RecouvrementError} `BAREME_MANQUANT` when the tables do not cover the period
   */
  const accessoires = (j: number, noter: boolean): { penalites: number; indemnite: number } => {
    const a = { penalites: 0, indemnite: 0 };
    const garder = (r: { references: readonly string[]; avertissements: readonly string[] }): void => {
      if (!noter) return;
      for (const v of r.references) references.add(v);
      for (const v of r.avertissements) avertissements.add(v);
    };
    if (principal === 0) return a;
    if (ctx.scenario.accessoires.penalites) {
      // L622-28: interest stops at the opening judgment (the last day accruing is the day before).
      const fin = pc === null ? j : Math.min(j, lireDate(pc.dateJugement) - 1);
      const r =
        type === 'professionnel' || type === 'personne-publique'
          ? calculerPenalitesRetard(
              {
                montant: formaterEuros(principal),
                dateEcheance: ctx.creance.dateEcheance,
                dateCalcul: formaterDate(Math.max(fin, echeance)),
                paiements: paiementsPrincipal,
                taux: (ctx.creance.tauxPenalites ?? (type === 'personne-publique' ? { mode: 'commande-publique' } : { mode: 'bce+10' })) as ModeTauxPenalites,
              },
              baremes,
            )
          : ctx.miseEnDemeure !== null && lireDate(ctx.miseEnDemeure.date) <= fin
            ? calculerInteretsLegaux(
                {
                  montant: formaterEuros(principal),
                  dateDebut: ctx.miseEnDemeure.date,
                  dateFin: formaterDate(fin),
                  categorie: ctx.creancierParticulier ? 'creancier-particulier' : 'autres-cas',
                  paiements: paiementsPrincipal.filter((p) => p.date >= ctx.miseEnDemeure!.date),
                  ...(ctx.titre !== null && ctx.titre.origine !== 'creance' && ctx.titre.origine !== 'procedure-simplifiee' ? { dateDecisionExecutoire: ctx.titre.date } : {}),
                },
                baremes,
              )
            : null;
      if (r !== null) {
        a.penalites = lireEuros(r.montant);
        garder(r);
      }
      if (pc !== null && noter) references.add('C. com. art. L622-28');
    }
    if (ctx.scenario.accessoires.indemniteForfaitaire && j > echeance) {
      const regime = type === 'professionnel' ? 'b2b' : type === 'personne-publique' ? 'public' : 'b2c';
      const r = indemniteForfaitaire({ regime, dateEcheance: ctx.creance.dateEcheance, procedureCollective: pc !== null && echeance >= lireDate(pc.dateJugement) }, baremes);
      a.indemnite = lireEuros(r.montant);
      garder(r);
    }
    return a;
  };

  let connus = true;
  const inconnus = (e: unknown): void => {
    if (!(e instanceof RecouvrementError) || e.code !== CODES_ERREUR.BAREME_MANQUANT) throw e;
    connus = false;
    avertissements.add(`Accessoires inconnus : ${e.message}`);
  };
  // Waived accessories are no longer claimed at all: every payment then goes to the principal.
  const abandonne = ctx.accessoiresAbandonnes !== null && lireDate(ctx.accessoiresAbandonnes.date) <= jour;
  const legale = ctx.imputation !== 'principal-d-abord' && !abandonne;
  // Payments in date order up to `date`: the accessories accrued at their date first (1343-1), then the
  // principal; with `principal-d-abord` (or once waived), the principal first. What exceeds the principal
  // goes to the accessories, then is a trop-perçu.
  let restant = principal;
  let accessoiresPayes = 0;
  let surplus = 0;
  for (const p of tousLesPaiements(ctx)) {
    if (p.jour > jour) break;
    let reste = p.centimes;
    if (legale && connus) {
      try {
        const a = accessoires(p.jour, false);
        const x = Math.min(reste, Math.max(0, a.penalites + a.indemnite - accessoiresPayes));
        accessoiresPayes += x;
        reste -= x;
      } catch (e) {
        inconnus(e);
      }
    }
    const part = Math.min(restant, reste);
    if (part > 0) paiementsPrincipal.push({ date: formaterDate(p.jour), montant: formaterEuros(part) });
    restant -= part;
    surplus += reste - part;
  }
  let a = { penalites: 0, indemnite: 0 };
  try {
    a = accessoires(jour, true);
  } catch (e) {
    inconnus(e);
  }
  const total = a.penalites + a.indemnite;
  if (legale && accessoiresPayes > 0) {
    references.add('C. civ. art. 1343-1');
    avertissements.add(
      'Paiements imputés sur les pénalités ou intérêts, puis l’indemnité, puis le principal (C. civ. 1343-1 ; pénalités comme intérêts : PARTIEL ; indemnité avant le principal : NON CONFIRMÉ).',
    );
  }
  if (!legale && paiementsPrincipal.length > 0) {
    references.add('C. civ. art. 1343-5');
    avertissements.add('Principal d’abord : dérogation à C. civ. 1343-1 (clause du contrat ou décision du juge, 1343-5).');
  }
  const surplusAccessoires = connus ? Math.min(surplus, Math.max(0, total - accessoiresPayes)) : surplus;
  accessoiresPayes += surplusAccessoires;
  return {
    date: formaterDate(jour),
    principal: formaterEuros(principal),
    principalPaye: formaterEuros(principal - restant),
    principalDu: formaterEuros(restant),
    penalites: formaterEuros(a.penalites),
    indemnite: formaterEuros(a.indemnite),
    accessoiresPayes: formaterEuros(accessoiresPayes),
    accessoiresDus: formaterEuros(abandonne ? 0 : Math.max(0, total - accessoiresPayes)),
    accessoiresConnus: connus || abandonne,
    accessoiresAbandonnes: abandonne,
    totalDu: formaterEuros(restant + (abandonne ? 0 : Math.max(0, total - accessoiresPayes))),
    tropPercu: formaterEuros(connus || abandonne ? surplus - surplusAccessoires : 0),
    imputation: ctx.imputation,
    references: [...references],
    avertissements: [...avertissements],
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
export function suiviEcheancier(ctx: ContexteRecouvrement): { defaillant: boolean; honore: boolean; prochaine: { date: DateISO; reste: number } | null } | null {
  const plan = ctx.echeancier;
  if (plan === null) return null;
  const paiements = ctx.paiements.filter((p) => p.date >= plan.date);
  const payeAu = (jour: DateISO): number => paiements.reduce((s, p) => s + (p.date <= jour ? lireEuros(p.montant) : 0), 0);
  const total = payeAu(ctx.dateCourante);
  let cumul = 0;
  let defaillant = false;
  let prochaine: { date: DateISO; reste: number } | null = null;
  for (const l of plan.echeances) {
    cumul += lireEuros(l.montant);
    const limite = formaterDate(lireDate(l.date) + ctx.scenario.toleranceEcheancierJours);
    if (ctx.dateCourante > limite && payeAu(limite) < cumul) defaillant = true;
    prochaine ??= total < cumul ? { date: l.date, reste: cumul - total } : null;
  }
  return { defaillant, honore: total >= cumul, prochaine };
}
