/**
 * A recovery procedure (amicable or judicial) engaged on a claim.
 */
import { z } from 'zod';
import { dateIsoSchema } from './communs.js';

/**
 * The procedures the library models.
 *
 * @example
 * ```ts
 * TYPES_PROCEDURE.includes('injonction-de-payer'); //=> true
 * ```
 */
export const TYPES_PROCEDURE = [
  'procedure-simplifiee',
  'injonction-de-payer',
  'refere-provision',
  'assignation-au-fond',
  'injonction-de-payer-europeenne',
  'reglement-petits-litiges-europeen',
  'saisie-conservatoire',
] as const;
/** A procedure type. */
export type TypeProcedure = (typeof TYPES_PROCEDURE)[number];

/**
 * Courts and officers a procedure can go before.
 *
 * @example
 * ```ts
 * JURIDICTIONS.includes('tribunal-judiciaire'); //=> true
 * ```
 */
export const JURIDICTIONS = [
  'tribunal-de-commerce',
  'tribunal-des-activites-economiques',
  'tribunal-judiciaire',
  'juge-de-l-execution',
  'commissaire-de-justice',
  'juridiction-etrangere',
] as const;

/**
 * A procedure: its type, the court (or the commissaire de justice for the procédure simplifiée), its
 * dates and its status.
 *
 * @example
 * ```ts
 * procedureSchema.parse({ type: 'injonction-de-payer', juridiction: 'tribunal-de-commerce',
 *   dateEngagement: '2025-05-02', statut: 'engagee' });
 * ```
 */
export const procedureSchema = /*@__PURE__*/ (() =>
  z.object({
  id: z.string().min(1).max(200).optional(),
  creanceId: z.string().min(1).max(200).optional(),
  type: z.enum(TYPES_PROCEDURE),
  juridiction: z.enum(JURIDICTIONS).optional(),
  dateEngagement: dateIsoSchema,
  dateDecision: dateIsoSchema.optional(),
  dateSignification: dateIsoSchema.optional(),
  statut: z.enum(['engagee', 'decision-rendue', 'signifiee', 'opposition', 'titre-executoire', 'caduque', 'rejetee', 'close']),
  reference: z.string().max(200).optional(),
}))();
/** A procedure (procédure). */
export type Procedure = z.infer<typeof procedureSchema>;
