/**
 * The shapes of {@link situationCreance} and {@link releveDeCompte}: options and results. Plain readonly
 * JSON-safe data (strings, numbers, booleans, arrays, objects; no `undefined` values, no class instances).
 */
import type { Baremes } from '../baremes/types.js';
import type { BaseAnnuelle } from '../calculs/moteur/cumul.js';
import type { PeriodeAccrual } from '../calculs/moteur/resultat.js';
import type { DateISO } from '../socle/date-iso.js';
import type { Euros } from '../socle/euros.js';

/**
 * How payments are imputed within the claim.
 *
 * - `legale` (default): C. civ. 1343-1, "le paiement partiel s'impute d'abord sur les intérêts" — each
 *   payment goes first to the accessories accrued **at its date** (intérêts, then pénalités, then the 40 €),
 *   then to the principal; the principal left unpaid keeps bearing penalties or interest.
 * - `principal-d-abord`: the principal first, then the accessories. Common commercial practice (an ERP
 *   letters payments against the invoice), lawful when the creditor accepts it, the contract provides it or
 *   the judge orders it (C. civ. 1343-5). A choice: the result says so in `avertissements`.
 */
export type RegleImputation = 'legale' | 'principal-d-abord';

/**
 * What to do when the legal tables do not cover a day of the accrual (the ECB rate or the taux de l'intérêt
 * légal of a half-year not yet in the tables, `BAREME_MANQUANT`).
 *
 * - `minimum` (default of `situationCreance`, `penalitesCreance` and the machine's `situationFinanciere`):
 *   penalties and interest computed up to the last day the tables cover (`calculeJusquau`), the 40 € kept
 *   (it reads no rate), payments imputed on those known accessories; the result says `accessoiresConnus:
 *   false` and, in `avertissements`, that the total is a minimum.
 * - `erreur` (default of `releveDeCompte` and, always, of the letters: documents sent to the debtor): throw
 *   `BAREME_MANQUANT` — a figure that is not known is not sent.
 *
 * Either way the total due never goes down as the date advances.
 */
export type SiBaremeManquant = 'erreur' | 'minimum';

/** Options of {@link situationCreance} (all optional). */
export interface OptionsSituation {
  /** Legal tables (default `baremesParDefaut`). */
  readonly baremes?: Baremes;
  /** Day-count basis of penalties and interest: `365` (default) or `'exacte'`. */
  readonly baseAnnuelle?: BaseAnnuelle;
  /** Imputation of payments within the claim (default `'legale'`, C. civ. 1343-1). */
  readonly imputation?: RegleImputation;
  /**
   * The day of the mise en demeure: legal interest runs from it for a consumer or a non-professional debtor
   * (C. civ. 1231-6, 1344-1). Without it, no interest is owed by those debtors. Ignored for professionals
   * and public buyers, whose penalties run without notice (C. com. L441-10 II).
   */
  readonly dateMiseEnDemeure?: DateISO;
  /** The creditor is a natural person acting outside professional needs: the higher legal rate (CMF L313-2). */
  readonly creancierParticulier?: boolean;
  /**
   * The day a judgment ordering payment became enforceable: legal interest takes +5 points once two months
   * have expired (CMF L313-3; C. civ. 1231-7). Applies to the legal interest (`interets`) only.
   */
  readonly dateDecisionExecutoire?: DateISO;
  /**
   * Which accessories the creditor claims (default: all the law gives). `penalites`: L441-10 / R2192-31
   * penalties; `interets`: legal interest; `indemnite`: the 40 €. An accessory not claimed is not computed.
   */
  readonly accessoires?: { readonly penalites?: boolean; readonly interets?: boolean; readonly indemnite?: boolean; readonly clausePenale?: boolean };
  /**
   * The day the creditor waived the accessories (an explicit, dated waiver). From a statement dated on or
   * after it, nothing is due on the accessories and every payment is imputed on the principal first.
   */
  readonly dateAbandonAccessoires?: DateISO;
  /**
   * When the tables do not cover a day of the accrual: `'minimum'` (default: accessories up to the last
   * covered day, stated as a minimum) or `'erreur'` (`BAREME_MANQUANT`; the default of `releveDeCompte`).
   * See {@link SiBaremeManquant}.
   */
  readonly siBaremeManquant?: SiBaremeManquant;
  /**
   * Days on which neither penalties nor legal interest accrue (inclusive `{ du, au }` ranges, `du <= au`;
   * they may overlap; at most 10 000): e.g. a payment plan whose agreement says penalties do not run during
   * it, or the term a judge granted (C. civ. 1343-5: majorations and penalties "ne sont pas encourues
   * pendant le délai fixé par le juge"). The 40 € is unaffected (it is owed from the first day of delay,
   * D441-5). Periods are cut at those days; the rate of a public buyer stays the one fixed on the first
   * day of delay.
   */
  readonly periodesSansAccessoires?: readonly { readonly du: DateISO; readonly au: DateISO }[];
}

/** One accessory of the claim at the statement's date. */
export interface AccessoireSituation {
  /** Claimed by the creditor (see {@link OptionsSituation.accessoires}) and owed by this debtor type. */
  readonly reclame: boolean;
  /** Accrued (owed in total) at the statement's date. */
  readonly couru: Euros;
  /** Paid by imputation of the payments. */
  readonly impute: Euros;
  /** Still due: `couru − impute` (0 once waived). */
  readonly du: Euros;
  /** Days that accrued (penalties, interest); 0 for the indemnity. */
  readonly joursDeRetard: number;
  /** The accrual periods, as the calculators return them (empty for the indemnity). */
  readonly periodes: readonly PeriodeAccrual[];
  /** Articles applied. */
  readonly references: readonly string[];
}

/** The penalties: L441-10 (professional debtor) or R2192-31 (public buyer). */
export interface PenalitesSituation extends AccessoireSituation {
  /**
   * The rate mode applied (the claim's `tauxPenalites.mode`, see `tauxPenalitesSchema`), `null` when the
   * debtor owes no penalties.
   */
  readonly mode: 'bce+10' | 'contractuel' | 'commande-publique' | 'multiple-taux-legal' | 'taux-legal+points' | 'bce+points' | null;
}

/**
 * The clause pénale of the claim (`Creance.clausePenale`, C. civ. 1231-5) at the statement's date: a
 * separate contractual accessory, shown **beside** the statement — never in `totalDu`, never imputed (the
 * judge may moderate it, even of his own motion: its amount is the contract's, not a sum stated as owed;
 * penalties, interest and principal are exactly those without the clause). `clausePenale.du` is what is
 * claimed on it, `totalAvecClause` the total with it. Rules: docs/situation.md.
 */
export interface ClausePenaleSituation {
  /** The day from which the clause applies (the claim's `clausePenale.exigibleA`). */
  readonly exigibleA: DateISO;
  /** `date >= exigibleA`. */
  readonly exigible: boolean;
  /** What the percentage applies to: the principal (`'principal'`) or the total (`'total'`) due at `exigibleA`. */
  readonly base: 'principal' | 'total';
  /** That base, as the statement at `exigibleA` gives it (0 before `exigibleA`). */
  readonly assiette: Euros;
  readonly pourcentage: string | null;
  readonly minimum: Euros | null;
  /** `max(pourcentage × assiette, minimum)` rounded half-up to the cent; 0 when nothing was due at `exigibleA` or before it. */
  readonly montant: Euros;
  /** Claimed: not excluded by `options.accessoires.clausePenale: false` nor waived (`dateAbandonAccessoires`). */
  readonly reclamee: boolean;
  /** `montant` when claimed, else 0. */
  readonly du: Euros;
  /** `totalDu + du`. */
  readonly totalAvecClause: Euros;
  /** `['C. civ. art. 1231-5']`, and the consumer-law texts (flagged NON CONFIRMÉ) for a consumer. */
  readonly references: readonly string[];
  /** The judge's power to moderate it (1231-5), and for a consumer the abusive-clause control (NON CONFIRMÉ). */
  readonly avertissements: readonly string[];
}

/** The 40 € fixed indemnity (C. com. L441-10 II, D441-5). */
export interface IndemniteSituation extends AccessoireSituation {
  /** Why it is owed or not, in French. */
  readonly motif: string;
}

/** How one payment was imputed. Parts sum exactly to `montant`. */
export interface ImputationPaiementSituation {
  readonly date: DateISO;
  readonly montant: Euros;
  /** The payment's reference, when the claim gave one (`null` otherwise). */
  readonly reference: string | null;
  readonly interets: Euros;
  readonly penalites: Euros;
  readonly indemnite: Euros;
  readonly principal: Euros;
  /** What nothing owed could absorb: a trop-perçu (or, when the accessories are unknown, held for them). */
  readonly nonImpute: Euros;
  /**
   * Present only on a payment refunded by the creditor (`annulation.motif: 'remboursement'`, dated on or
   * before the statement): it counted from its date until `annulation.date`; from then on, the sums it had
   * paid (its parts above) are due again. A rejected direct debit or a bounced cheque is not listed here
   * at all (see {@link SituationCreance.paiementsAnnules}).
   */
  readonly annulation?: { readonly date: DateISO; readonly motif: 'remboursement' };
}

/** A payment reversed on or before the statement's date (see `annulationPaiementSchema`). */
export interface PaiementAnnuleSituation {
  readonly date: DateISO;
  readonly montant: Euros;
  readonly reference: string | null;
  readonly annulation: { readonly date: DateISO; readonly motif: 'rejet-prelevement' | 'cheque-impaye' | 'remboursement' };
}

/**
 * One instalment of the invoice (`Creance.echeances`; without it, one instalment: `dateEcheance`,
 * `montantTTC`) at the statement's date.
 */
export interface EcheanceSituation {
  /** Its due date. */
  readonly date: DateISO;
  /** Its amount on the invoice. */
  readonly montant: Euros;
  /** After credit notes (they reduce the instalments in due-date order, the earliest first). */
  readonly principal: Euros;
  readonly principalPaye: Euros;
  readonly principalDu: Euros;
  /** `date >= its due date`. */
  readonly echue: boolean;
  /** `date > its due date`. */
  readonly enRetard: boolean;
  /** Penalties accrued on it (its share of `penalites.couru`, before imputation). */
  readonly penalites: Euros;
  /** Legal interest accrued on it (its share of `interets.couru`). */
  readonly interets: Euros;
  /** Days that accrued on it (penalties, or interest for a consumer). */
  readonly joursDeRetard: number;
  /** Its accrual periods (penalties, or interest for a consumer). */
  readonly periodes: readonly PeriodeAccrual[];
}

/** The statement of one claim at a date: what is owed, what was paid, and on what. */
export interface SituationCreance {
  readonly creanceId: string;
  readonly numeroFacture: string;
  /** The statement's date (everything runs up to and including it). */
  readonly date: DateISO;
  readonly dateEcheance: DateISO;
  /**
   * `date >=` the first due date (`dateEcheance`, or the first of `echeances`): the claim is exigible, in
   * whole or in part. Otherwise it is "à échoir".
   */
  readonly echue: boolean;
  /** `date >` the first due date: a due date has passed (for instalments, see `echeances[].enRetard`). */
  readonly enRetard: boolean;
  /** The instalments (one without `Creance.echeances`), in due-date order. */
  readonly echeances: readonly EcheanceSituation[];
  readonly montantTTC: Euros;
  /** Credit notes dated on or before `date`. */
  readonly avoirs: Euros;
  /** `montantTTC − avoirs`, floored at 0: the sum owed in principal (credit notes correct it from the start). */
  readonly principal: Euros;
  /**
   * Payments dated on or before `date`, less those reversed by then (a rejected or bounced payment never
   * paid; a refunded one was given back).
   */
  readonly paye: Euros;
  /** Part of the payments imputed on the principal. */
  readonly principalPaye: Euros;
  /** Principal still due. */
  readonly principalDu: Euros;
  readonly penalites: PenalitesSituation;
  /** Legal interest (consumers and non-professionals, from the mise en demeure). */
  readonly interets: AccessoireSituation;
  readonly indemnite: IndemniteSituation;
  /** The imputation rule applied, its articles, and how each payment (date order) was imputed. */
  readonly imputation: {
    readonly regle: RegleImputation;
    readonly references: readonly string[];
    readonly paiements: readonly ImputationPaiementSituation[];
  };
  /** `penalites.du + interets.du + indemnite.du`. */
  readonly accessoiresDus: Euros;
  /** `principalDu + accessoiresDus`. */
  readonly totalDu: Euros;
  /** Payments beyond everything owed (only when the accessories are known). */
  readonly tropPercu: Euros;
  /** Sum of the payments' `nonImpute`. */
  readonly nonImpute: Euros;
  /**
   * Payments reversed on or before `date` (`paiements[].annulation`): rejected direct debits and bounced
   * cheques, read as never made (absent from `imputation.paiements` and `paye`), and refunds (still in
   * `imputation.paiements`, with their `annulation`). The library's reading (UNCONFIRMED), stated in
   * `avertissements`.
   */
  readonly paiementsAnnules: readonly PaiementAnnuleSituation[];
  /**
   * `false` when the legal tables do not cover a day of the accrual (`siBaremeManquant: 'minimum'`, the
   * default; `'erreur'` throws `BAREME_MANQUANT` instead): the accessories are then those accrued up to
   * `calculeJusquau`, a minimum, and `avertissements` says so. Extend the tables with `etendreBaremes`.
   */
  readonly accessoiresConnus: boolean;
  /**
   * The last day penalties and interest were computed up to: `date` when the tables cover the period (or the
   * accessories were waived), the last covered day otherwise (`siBaremeManquant: 'minimum'`).
   */
  readonly calculeJusquau: DateISO;
  /** The accessories were waived on or before `date`. */
  readonly accessoiresAbandonnes: boolean;
  /**
   * Present only when the claim has a clause pénale (`Creance.clausePenale`): its amount, shown beside
   * `totalDu`, never in it (see {@link ClausePenaleSituation}).
   */
  readonly clausePenale?: ClausePenaleSituation;
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}
