/**
 * What the debtor still owes at the machine's date: principal and accessories (penalties or interest, the
 * 40 € indemnity), from the context alone.
 *
 * - Principal: `montantTTC` minus credit notes (a credit note corrects the invoice from the start).
 * - Payments are imputed on the principal first (the debtor pays this invoice), any surplus on the
 *   accessories. C. civ. 1343-1 imputes a partial payment on *interest* first; applying it would keep the
 *   principal — and the penalties — running longer: the choice here never overstates what is claimed and
 *   the accessories stay claimed separately until paid or waived.
 * - Accessories by debtor: a professional owes the L441-10 penalties (the claim's `tauxPenalites`, default
 *   ECB + 10) and the 40 € (D441-5); a public buyer owes intérêts moratoires (R2192-31) and the 40 €; a
 *   consumer or a non-professional owes legal-rate interest from the mise en demeure (C. civ. 1231-6,
 *   1344-1; "autres cas" category unless the creditor is a private person) and never the 40 €.
 * - Collective proceedings stop penalties and interest at the opening judgment (C. com. L622-28) and the
 *   40 € when they forbid paying the claim at its due date (L441-10 II, PARTIAL).
 * - Waived accessories (explicit `ACCESSOIRES_ABANDONNES`) are no longer claimed.
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
import type { ContexteRecouvrement } from './contexte.js';

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
  /** Payments beyond the principal, imputed on the accessories. */
  readonly accessoiresPayes: Euros;
  /** Accessories still claimed (0 once waived). */
  readonly accessoiresDus: Euros;
  /** `false` when the tables do not cover the period: the accessories are then unknown. */
  readonly accessoiresConnus: boolean;
  readonly accessoiresAbandonnes: boolean;
  readonly totalDu: Euros;
  /** Payments beyond principal and accessories. */
  readonly tropPercu: Euros;
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

/** Principal still due in cents (cheap: no accrual). */
export function principalDuCentimes(ctx: ContexteRecouvrement): number {
  const paye = tousLesPaiements(ctx).reduce((s, p) => s + p.centimes, 0);
  return Math.max(0, principalCentimes(ctx) - paye);
}

/**
 * The financial position of the claim at `date` (default: the machine's date).
 *
 * @example
 * ```ts
 * // 1 200 € due 2025-02-14, paid on 2025-03-16: 30 days at ECB 3.15 % + 10, plus the 40 €
 * situationFinanciere(snapshot.context, '2025-03-16').accessoiresDus; //=> '52.97'
 * ```
 */
export function situationFinanciere(ctx: ContexteRecouvrement, date: DateISO = ctx.dateCourante, options: OptionsMachine = {}): SituationFinanciere {
  const jour = lireDate(date, ['date']);
  const principal = principalCentimes(ctx);
  // Split payments up to `date`: principal first, surplus on the accessories.
  const paiementsPrincipal: { date: DateISO; montant: Euros }[] = [];
  let restant = principal;
  let surplus = 0;
  for (const p of tousLesPaiements(ctx)) {
    if (p.jour > jour) continue;
    const part = Math.min(restant, p.centimes);
    if (part > 0) paiementsPrincipal.push({ date: formaterDate(p.jour), montant: formaterEuros(part) });
    restant -= part;
    surplus += p.centimes - part;
  }
  const references = new Set<string>();
  const avertissements = new Set<string>();
  let penalites = 0;
  let indemnite = 0;
  let connus = true;
  const pc = ctx.procedureCollective;
  const type = ctx.debiteur.type;
  const baremes = options.baremes === undefined ? undefined : { baremes: options.baremes };
  try {
    if (ctx.scenario.accessoires.penalites && principal > 0) {
      // L622-28: interest stops at the opening judgment (the last day accruing is the day before).
      const fin = pc === null ? jour : Math.min(jour, lireDate(pc.dateJugement) - 1);
      const r =
        type === 'professionnel' || type === 'personne-publique'
          ? calculerPenalitesRetard(
              {
                montant: formaterEuros(principal),
                dateEcheance: ctx.creance.dateEcheance,
                dateCalcul: formaterDate(Math.max(fin, lireDate(ctx.creance.dateEcheance))),
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
        penalites = lireEuros(r.montant);
        for (const x of r.references) references.add(x);
        for (const x of r.avertissements) avertissements.add(x);
      }
      if (pc !== null) references.add('C. com. art. L622-28');
    }
    if (ctx.scenario.accessoires.indemniteForfaitaire && principal > 0 && jour > lireDate(ctx.creance.dateEcheance)) {
      const regime = type === 'professionnel' ? 'b2b' : type === 'personne-publique' ? 'public' : 'b2c';
      const interdit = pc !== null && lireDate(ctx.creance.dateEcheance) >= lireDate(pc.dateJugement);
      const r = indemniteForfaitaire({ regime, dateEcheance: ctx.creance.dateEcheance, procedureCollective: interdit }, baremes);
      indemnite = lireEuros(r.montant);
      for (const x of r.references) references.add(x);
      for (const x of r.avertissements) avertissements.add(x);
    }
  } catch (e) {
    if (!(e instanceof RecouvrementError) || e.code !== CODES_ERREUR.BAREME_MANQUANT) throw e;
    connus = false;
    avertissements.add(`Accessoires inconnus : ${e.message}`);
  }
  const abandon = ctx.accessoiresAbandonnes !== null && lireDate(ctx.accessoiresAbandonnes.date) <= jour;
  const accessoires = penalites + indemnite;
  const accessoiresPayes = Math.min(surplus, connus ? accessoires : surplus);
  const accessoiresDus = abandon ? 0 : Math.max(0, accessoires - accessoiresPayes);
  return {
    date: formaterDate(jour),
    principal: formaterEuros(principal),
    principalPaye: formaterEuros(principal - restant),
    principalDu: formaterEuros(restant),
    penalites: formaterEuros(penalites),
    indemnite: formaterEuros(indemnite),
    accessoiresPayes: formaterEuros(accessoiresPayes),
    accessoiresDus: formaterEuros(accessoiresDus),
    accessoiresConnus: connus || abandon,
    accessoiresAbandonnes: abandon,
    totalDu: formaterEuros(restant + accessoiresDus),
    tropPercu: formaterEuros(connus || abandon ? Math.max(0, surplus - (abandon ? accessoiresPayes : accessoires)) : 0),
    references: [...references],
    avertissements: [...avertissements],
  };
}

/** Whether nothing remains due at the machine's date: principal paid and accessories paid or waived. */
export function plusRienDu(ctx: ContexteRecouvrement, options: OptionsMachine = {}): boolean {
  if (principalDuCentimes(ctx) > 0) return false;
  const s = situationFinanciere(ctx, ctx.dateCourante, options);
  return s.principalDu === '0.00' && s.accessoiresConnus && s.accessoiresDus === '0.00';
}
