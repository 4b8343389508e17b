/**
 * The claim (créance): one invoice or sum owed, with the payments already received.
 */
import * as z from 'zod/mini';
import { texte } from './internes.js';
import { dateIsoSchema, eurosSchema, tauxSchema } from './communs.js';

/**
 * A payment received (the day the funds were made available to the creditor, C. com. L441-9 I).
 *
 * @example
 * ```ts
 * paiementSchema.parse({ date: '2025-03-01', montant: 100 }); //=> { date: '2025-03-01', montant: '100.00' }
 * ```
 */
export const paiementSchema = /*@__PURE__*/ (() =>
  z.object({
  date: dateIsoSchema,
  montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'un paiement est un montant strictement positif')),
  reference: z.optional(texte(200)),
}))();
/** A payment received. */
export type Paiement = z.infer<typeof paiementSchema>;

/**
 * How penalties are set for this claim: the default L441-10 rate, a contractual rate, or the public-buyer
 * regime (see `calculerPenalitesRetard`).
 *
 * @example
 * ```ts
 * tauxPenalitesSchema.parse({ mode: 'contractuel', tauxAnnuel: '15' });
 * ```
 */
export const tauxPenalitesSchema = /*@__PURE__*/ (() =>
  z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('bce+10') }),
  z.object({ mode: z.literal('contractuel'), tauxAnnuel: tauxSchema }),
  z.object({ mode: z.literal('commande-publique') }),
]))();
/** How penalties are set for a claim. */
export type TauxPenalites = z.infer<typeof tauxPenalitesSchema>;

/**
 * The claim. Required: `id`, `numeroFacture`, `montantTTC`, `dateFacture`, `dateEcheance`, `paiements`,
 * `nature`, `cause`, `contestee`; the rest is optional.
 *
 * - `nature`: `commerciale` (between traders or for a commercial act, C. com. L110-4), `civile`,
 *   `consommation` (a professional's claim on a consumer, C. conso. L218-2).
 * - `cause`: `contractuelle` or `statutaire` (the only causes the injonction de payer and the procédure
 *   simplifiée accept, CPC 1405, CPCE L125-1), or `autre` (e.g. tort).
 * - `contestee`: the debtor disputes the claim (it is then not certaine, and not "non sérieusement
 *   contestable").
 *
 * @example
 * ```ts
 * const c = creanceSchema.parse({
 *   id: 'F-2025-001', numeroFacture: '2025-001', montantTTC: '1200.00',
 *   dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [],
 *   nature: 'commerciale', cause: 'contractuelle', contestee: false,
 * });
 * ```
 */
export const creanceSchema = /*@__PURE__*/ (() =>
  z
  .object({
    id: texte(200, 1),
    numeroFacture: texte(200, 1),
    montantTTC: eurosSchema.check(z.refine((m) => !m.startsWith('-'), 'le montant TTC ne peut pas être négatif')),
    montantHT: z.optional(eurosSchema),
    dateFacture: dateIsoSchema,
    /** Delivery of the goods or end of the service: the start of prescription (C. civ. 2224). */
    dateExecution: z.optional(dateIsoSchema),
    dateEcheance: dateIsoSchema,
    paiements: z.array(paiementSchema).check(z.maxLength(10_000)),
    nature: z.enum(['commerciale', 'civile', 'consommation']),
    cause: z.enum(['contractuelle', 'statutaire', 'autre']),
    contestee: z.boolean(),
    tauxPenalites: z.optional(tauxPenalitesSchema),
    /** An enforceable title exists (judgment, enforceable order, notarial deed…), with its date. */
    titreExecutoire: z.optional(z.object({ date: dateIsoSchema, nature: texte(200, 1) })),
    debiteurId: z.optional(texte(200, 1)),
    libelle: z.optional(texte(1000)),
  }).check(z.refine((c) => c.dateEcheance >= c.dateFacture, { message: "l'échéance précède la date de facture", path: ['dateEcheance'] })))();
/** A claim (créance). */
export type Creance = z.infer<typeof creanceSchema>;
/** What `creanceSchema` accepts (amounts may be numbers). */
export type CreanceEntree = z.input<typeof creanceSchema>;
