/**
 * Shapes shared by the eligibility verdicts.
 *
 * Every verdict lists the conditions it checked, in order, each with whether it is met, a French sentence
 * (`motif`) and the article it comes from. `eligible` is true exactly when every condition is met, and
 * `motifs[i]` is `conditions[i].motif` prefixed with "✓ " (met) or "✗ " (not met): a verdict always agrees
 * with its motifs.
 */
import type { Creance } from '../entites/creance.js';
import type { Debiteur } from '../entites/debiteur.js';
import type * as z from 'zod/mini';
import type { creanceSchema } from '../entites/creance.js';
import type { debiteurSchema } from '../entites/debiteur.js';
import type { Baremes } from '../baremes/types.js';

/** One condition checked by an eligibility function. */
export interface ConditionEligibilite {
  /** Stable identifier of the condition (e.g. `'cause'`, `'plafond'`, `'non-contestee'`). */
  readonly code: string;
  readonly remplie: boolean;
  /** The reason, in French, without the ✓/✗ prefix. */
  readonly motif: string;
  /** The article (or decision) the condition comes from, when there is one. */
  readonly reference: string | null;
}

/** The common part of every eligibility verdict. */
export interface VerdictEligibilite {
  /** True exactly when every condition is met. */
  readonly eligible: boolean;
  /** One line per condition, "✓ …" when met, "✗ …" when not, in the order of `conditions`. */
  readonly motifs: readonly string[];
  readonly conditions: readonly ConditionEligibilite[];
  /** Articles applied, without duplicates. */
  readonly references: readonly string[];
  /** Points to check by hand: UNCONFIRMED rules, assumptions made, practical requirements. */
  readonly avertissements: readonly string[];
}

/** A claim as given to the eligibility functions: a parsed {@link Creance} or its JSON input form. */
export type CreanceEligibilite = Creance | z.input<typeof creanceSchema>;
/** A debtor as given to the eligibility functions: a parsed {@link Debiteur} or its JSON input form. */
export type DebiteurEligibilite = Debiteur | z.input<typeof debiteurSchema>;

/** Options shared by the eligibility functions that read a legal table. */
export interface OptionsEligibilite {
  /** Legal tables (default `baremesParDefaut`). */
  readonly baremes?: Baremes;
}
