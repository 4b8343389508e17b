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
  readonly accessoires?: { readonly penalites?: boolean; readonly interets?: boolean; readonly indemnite?: boolean };
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
  /** The rate mode applied, `null` when the debtor owes no penalties. */
  readonly mode: 'bce+10' | 'contractuel' | 'commande-publique' | null;
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
}

/** The statement of one claim at a date: what is owed, what was paid, and on what. */
export interface SituationCreance {
  readonly creanceId: string;
  readonly numeroFacture: string;
  /** The statement's date (everything runs up to and including it). */
  readonly date: DateISO;
  readonly dateEcheance: DateISO;
  /** `date >= dateEcheance`: the claim is exigible (due). Otherwise it is "à échoir". */
  readonly echue: boolean;
  /** `date > dateEcheance`: the due date has passed. */
  readonly enRetard: boolean;
  readonly montantTTC: Euros;
  /** Credit notes dated on or before `date`. */
  readonly avoirs: Euros;
  /** `montantTTC − avoirs`, floored at 0: the sum owed in principal (credit notes correct it from the start). */
  readonly principal: Euros;
  /** Payments dated on or before `date`. */
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
  readonly avertissements: readonly string[];
  readonly references: readonly string[];
}
