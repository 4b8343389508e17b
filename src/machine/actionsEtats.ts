/**
 * Internal: the kinds of actions a state of the chart makes due. Each state declares its own in its `meta`
 * (`meta: agir('relance', …)`), and `prochainesActions` reads the `meta` of the snapshot's state and of its
 * ancestors: renaming or adding a state cannot drop an action unnoticed (a test walks every state).
 */

/** A kind of action a state makes due. */
export type GenreAction =
  /** The next pre-due reminder of the scenario (`amiable.aEchoir`). */
  | 'rappel'
  /** The next reminder, call or mise en demeure of the scenario. */
  | 'relance'
  | 'fin-delai-mise-en-demeure'
  | 'engager-procedure'
  | 'echeance-echeancier'
  | 'traiter-litige'
  | 'signifier-ordonnance'
  | 'fin-delai-opposition'
  | 'fin-procedure-simplifiee'
  | 'decider-suite-rejet'
  | 'mandater-commissaire-de-justice'
  | 'passage-en-perte-carence'
  | 'declaration-de-creance'
  | 'releve-de-forclusion'
  | 'declaration-apres-releve'
  | 'passage-en-perte-forclusion'
  /** The prescription deadline, watched where it runs (not during a pending instance, C. civ. 2242). */
  | 'prescription'
  /** Accessories still claimed once the principal is paid. */
  | 'reclamer-accessoires'
  /** A mediation or conciliation in progress (C. civ. 2238). */
  | 'suivre-mediation'
  /** E-invoicing 221 / 501: the invoice did not reach the buyer; correct the addressing or the file, deposit it again. */
  | 'verifier-distribution'
  /** E-invoicing 225 / 226: the factor collects; informational, no reminder from the seller. */
  | 'suivi-affacturage';

/** Every kind (for the test that walks the chart). */
export const GENRES_ACTION: readonly GenreAction[] = Object.freeze([
  'rappel', 'relance', 'fin-delai-mise-en-demeure', 'engager-procedure', 'echeance-echeancier', 'traiter-litige', 'signifier-ordonnance',
  'fin-delai-opposition', 'fin-procedure-simplifiee', 'decider-suite-rejet', 'mandater-commissaire-de-justice', 'passage-en-perte-carence',
  'declaration-de-creance', 'releve-de-forclusion', 'declaration-apres-releve', 'passage-en-perte-forclusion', 'prescription',
  'reclamer-accessoires', 'suivre-mediation', 'verifier-distribution', 'suivi-affacturage',
] as const);

/** The `meta` of a state: the kinds of actions it makes due (`[]`: none). */
export interface MetaEtat {
  readonly actions: readonly GenreAction[];
}

/** A state's `meta`. */
export const agir = (...actions: GenreAction[]): MetaEtat => ({ actions });
