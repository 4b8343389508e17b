/**
 * Shapes shared by the payment-plan functions ({@link creerEcheancier}, {@link verifierEcheancier}).
 */
import type { DateISO } from '../../socle/date-iso.js';
import type { Euros } from '../../socle/euros.js';

/** Who set the plan: the judge (délais de grâce, C. civ. art. 1343-5) or the parties (an agreement). */
export type NatureEcheancier = 'judiciaire' | 'amiable';

/** One line of a payment plan. */
export interface Echeance {
  /** `0` for the down payment (apport), then `1`, `2`, … for the instalments in date order. */
  readonly numero: number;
  /** `apport` (down payment) or `echeance` (instalment). */
  readonly type: 'apport' | 'echeance';
  /** The day it falls due (paying on that day is on time; it is late from the next day). */
  readonly date: DateISO;
  readonly montant: Euros;
}

/** A payment plan: plain JSON data, the output of {@link creerEcheancier}. */
export interface Echeancier {
  readonly nature: NatureEcheancier;
  /** The total the plan pays off: the sum of every line's `montant`, to the cent. */
  readonly montantTotal: Euros;
  /** The down payment (`"0.00"` when none). */
  readonly apport: Euros;
  /** Number of instalments, down payment excluded. */
  readonly nombreEcheances: number;
  /** Down payment first (if any), then the instalments, in date order. */
  readonly echeances: readonly Echeance[];
  /** Start of the plan (the judge's decision or the agreement): the 24 months of 1343-5 run from it. */
  readonly dateDebut: DateISO;
  /** The last line's date. */
  readonly dateFin: DateISO;
  /** Whole months from `dateDebut` to `dateFin`, rounded up (a part of a month counts as one). */
  readonly dureeMois: number;
  /** What the plan's legal frame implies, in French, with the articles. */
  readonly motifs: readonly string[];
  readonly references: readonly string[];
  /** Things the caller should know (legal limits, unconfirmed points). */
  readonly avertissements: readonly string[];
}
