/**
 * A recovery procedure (amicable or judicial) engaged on a claim.
 */
import * as z from 'zod/mini';
import { objet, texte, type ClesInconnues } from './internes.js';
import { dateIsoSchema } from './communs.js';

/**
 * The procedures the library models.
 *
 * @example
 * ```ts
 * import { TYPES_PROCEDURE } from 'recouvrement';
 * TYPES_PROCEDURE.includes('injonction-de-payer'); //=> true
 * ```
 */
export const TYPES_PROCEDURE = /* @__PURE__ */ Object.freeze([
  'procedure-simplifiee',
  'injonction-de-payer',
  'refere-provision',
  'assignation-au-fond',
  'injonction-de-payer-europeenne',
  'reglement-petits-litiges-europeen',
  'saisie-conservatoire',
] as const);
/** A procedure type. */
export type TypeProcedure = (typeof TYPES_PROCEDURE)[number];

/**
 * Courts and officers a procedure can go before.
 *
 * @example
 * ```ts
 * import { JURIDICTIONS } from 'recouvrement';
 * JURIDICTIONS.includes('tribunal-judiciaire'); //=> true
 * ```
 */
export const JURIDICTIONS = /* @__PURE__ */ Object.freeze([
  'tribunal-de-commerce',
  'tribunal-des-activites-economiques',
  'tribunal-judiciaire',
  'juge-de-l-execution',
  'commissaire-de-justice',
  'juridiction-etrangere',
] as const);

/**
 * A procedure: its type, the court (or the commissaire de justice for the procédure simplifiée), its
 * dates and its status.
 *
 * @example
 * ```ts
 * import { procedureSchema } from 'recouvrement';
 * procedureSchema.parse({ type: 'injonction-de-payer', juridiction: 'tribunal-de-commerce',
 *   dateEngagement: '2025-05-02', statut: 'engagee' });
 * ```
 */
export const procedureSchema = /*@__PURE__*/ (() => fabriquerProcedure('refuser'))();

/** The procedure schema with a policy for unknown keys (`procedureSchema` refuses them). */
export function fabriquerProcedure(cles: ClesInconnues) {
  return objet({
  id: z.optional(texte(200, 1)),
  creanceId: z.optional(texte(200, 1)),
  type: z.enum(TYPES_PROCEDURE),
  juridiction: z.optional(z.enum(JURIDICTIONS)),
  dateEngagement: dateIsoSchema,
  dateDecision: z.optional(dateIsoSchema),
  dateSignification: z.optional(dateIsoSchema),
  statut: z.enum(['engagee', 'decision-rendue', 'signifiee', 'opposition', 'titre-executoire', 'caduque', 'rejetee', 'close']),
  reference: z.optional(texte(200)),
}, cles);
}
/** A procedure (procédure). */
export type Procedure = z.infer<typeof procedureSchema>;
