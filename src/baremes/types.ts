/**
 * Shapes of the legal tables. Every entry carries its effective date, its `source` and whether it is
 * `confirme` (seen in an authoritative source); results that use an unconfirmed entry say so.
 */
import type { DateISO } from '../socle/date-iso.js';
import type { Euros } from '../socle/euros.js';
import type { Taux } from '../socle/taux.js';

/** Where a value comes from and how sure we are of it. */
export interface Provenance {
  /** Sources, as text (article, arrêté, page). */
  readonly source: string;
  /** `true` when seen in an authoritative source; `false` = UNCONFIRMED, flagged in every result using it. */
  readonly confirme: boolean;
  readonly note?: string;
}

/** A change of the ECB main refinancing operations (MRO) rate, with its *effective* date. */
export interface ChangementTauxBce extends Provenance {
  /** First day the new rate applies (ECB "with effect from"). */
  readonly du: DateISO;
  /** MRO rate in percent. */
  readonly taux: Taux;
}

/** The ECB MRO history: the rate in force on a day is that of the latest change on or before it. */
export interface TableBce {
  readonly changements: readonly ChangementTauxBce[];
  /**
   * Last day for which the history is known to be complete. A day after it is `BAREME_MANQUANT`: a later
   * ECB decision may exist that the table does not hold.
   */
  readonly connuJusquau: DateISO;
}

/** The taux de l'intérêt légal for a period (a half-year since 2015, a year before), both categories. */
export interface PeriodeTauxLegal extends Provenance {
  readonly du: DateISO;
  /** Inclusive. */
  readonly au: DateISO;
  /** Creditor = natural person not acting for professional needs (CMF L313-2). */
  readonly particulier: Taux;
  /** All other cases. */
  readonly autresCas: Taux;
}

/**
 * A version of the L441-10 default-rate rule (C. com. L441-10 II, formerly L441-6).
 * - `ancrage: 'operation-la-plus-recente'`: each day takes the ECB rate of the most recent operation (2009–2012).
 * - `ancrage: 'semestre'`: each day takes the ECB rate in force on 1 January (H1) or 1 July (H2) (from 2013).
 */
export interface RegleL441_10 extends Provenance {
  readonly du: DateISO;
  /** Points added to the ECB rate. */
  readonly points: Taux;
  readonly ancrage: 'operation-la-plus-recente' | 'semestre';
  /** A contractual rate may not be below this multiple of the taux légal ("autres cas"). */
  readonly facteurPlancher: number;
}

/** An amount (threshold or fixed sum) in force from a date. */
export interface MontantDate extends Provenance {
  readonly du: DateISO;
  readonly montant: Euros;
}

/** Every legal table the calculators read. Extend with {@link etendreBaremes}. */
export interface Baremes {
  readonly bce: TableBce;
  readonly tauxLegal: readonly PeriodeTauxLegal[];
  readonly regleL441_10: readonly RegleL441_10[];
  /**
   * Points added to the ECB rate for public buyers' intérêts moratoires, by the day the **contract was
   * concluded** (`du`): BCE + 8 points for contracts from 16 March 2013 (C. commande publique L2192-13,
   * R2192-31), BCE + 7 points before (décret n° 2002-232 as amended by décret n° 2008-407, from 1 May 2008).
   */
  readonly commandePublique: readonly (Provenance & { readonly du: DateISO; readonly points: Taux })[];
  readonly indemniteForfaitaire: readonly MontantDate[];
  readonly procedureSimplifiee: readonly MontantDate[];
  readonly petitsLitigesEuropeens: readonly MontantDate[];
}
