/**
 * The claim (créance): one invoice or sum owed, with the payments already received.
 */
import * as z from 'zod/mini';
import { objet, texte, type ClesInconnues } from './internes.js';
import { dateIsoSchema, eurosSchema, tauxSchema } from './communs.js';

/**
 * A payment received (the day the funds were made available to the creditor, C. com. L441-9 I).
 *
 * @example
 * ```ts
 * import { paiementSchema } from 'recouvrement';
 * paiementSchema.parse({ date: '2025-03-01', montant: 100 }); //=> { date: '2025-03-01', montant: '100.00' }
 * ```
 */
export const paiementSchema = /*@__PURE__*/ (() => fabriquerPaiement('refuser'))();

function fabriquerPaiement(cles: ClesInconnues) {
  return objet({
    date: dateIsoSchema,
    montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'un paiement est un montant strictement positif')),
    reference: z.optional(texte(200)),
  }, cles);
}
/** A payment received. */
export type Paiement = z.infer<typeof paiementSchema>;

/**
 * A credit note (avoir) on the invoice: part of the sum invoiced was never owed (a return, a price
 * correction, a commercial gesture). The library reads it as correcting the invoice **from the start**: the
 * principal is `montantTTC` minus the credit notes issued by the statement's date, and penalties and the 40 €
 * are computed on that corrected principal from the due date on (docs/situation.md: a reading, no text
 * settles it).
 *
 * @example
 * ```ts
 * import { avoirSchema } from 'recouvrement';
 * avoirSchema.parse({ date: '2025-01-21', montant: 600, reference: 'AV-2025-004' });
 * //=> { date: '2025-01-21', montant: '600.00', reference: 'AV-2025-004' }
 * ```
 */
export const avoirSchema = /*@__PURE__*/ (() => fabriquerAvoir('refuser'))();

function fabriquerAvoir(cles: ClesInconnues) {
  return objet({
    date: dateIsoSchema,
    montant: eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'un avoir est un montant strictement positif')),
    reference: z.optional(texte(200)),
  }, cles);
}
/** A credit note (avoir) on the invoice. */
export type Avoir = z.infer<typeof avoirSchema>;

/**
 * How penalties are set for this claim: the default L441-10 rate, a contractual rate, or the public-buyer
 * regime (see `calculerPenalitesRetard`).
 *
 * @example
 * ```ts
 * import { tauxPenalitesSchema } from 'recouvrement';
 * tauxPenalitesSchema.parse({ mode: 'contractuel', tauxAnnuel: '15' });
 * tauxPenalitesSchema.parse({ mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'bce+10' });
 * ```
 */
export const tauxPenalitesSchema = /*@__PURE__*/ (() => fabriquerTauxPenalites('refuser'))();

function fabriquerTauxPenalites(cles: ClesInconnues) {
  return z.discriminatedUnion('mode', [
    objet({ mode: z.literal('bce+10') }, cles),
    // `sousPlancher`: a rate below 3 × taux légal is raised to it ('plancher', default) or the clause is held
    // ineffective and ECB + 10 applies ('bce+10'): the two readings of C. com. L441-10 II (calculerPenalitesRetard).
    objet({ mode: z.literal('contractuel'), tauxAnnuel: tauxSchema, sousPlancher: z.optional(z.enum(['plancher', 'bce+10'])) }, cles),
    objet({ mode: z.literal('commande-publique') }, cles),
  ]);
}
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
 * import { creanceSchema } from 'recouvrement';
 * const c = creanceSchema.parse({
 *   id: 'F-2025-001', numeroFacture: '2025-001', montantTTC: '1200.00',
 *   dateFacture: '2025-01-15', dateEcheance: '2025-02-14', paiements: [],
 *   nature: 'commerciale', cause: 'contractuelle', contestee: false,
 * });
 * ```
 */
export const creanceSchema = /*@__PURE__*/ (() => fabriquerCreance('refuser'))();

/**
 * The claim schema with a policy for unknown keys (`creanceSchema` refuses them; `parseCreance(v, { clesInconnues })`
 * picks another).
 */
export function fabriquerCreance(cles: ClesInconnues) {
  return objet({
    id: texte(200, 1),
    numeroFacture: texte(200, 1),
    montantTTC: eurosSchema.check(z.refine((m) => !m.startsWith('-'), 'le montant TTC ne peut pas être négatif')),
    montantHT: z.optional(eurosSchema),
    /**
     * The invoice's VAT breakdown (EN 16931 BG-23): one line per rate (`taux` in %, `base` and `tva` in
     * euros). `statutsEncaissement` splits each cash-in by rate from it (e-invoicing status 212).
     */
    ventilationTva: z.optional(z.array(objet({ taux: tauxSchema, base: eurosSchema, tva: eurosSchema }, cles)).check(z.minLength(1), z.maxLength(100))),
    dateFacture: dateIsoSchema,
    /**
     * The day the contract was concluded. Public contracts (debtor `personne-publique`): it picks the
     * late-payment regime — from 16 March 2013, C. commande publique L2192-13, R2192-31 and the 40 € of
     * D2192-35; before, no 40 € (loi n° 2013-100, décret n° 2013-269). Absent: the invoice date is taken
     * (a documented default, the contract is never later than its invoice).
     */
    dateContrat: z.optional(dateIsoSchema),
    /** Delivery of the goods or end of the service: the start of prescription (C. civ. 2224). */
    dateExecution: z.optional(dateIsoSchema),
    dateEcheance: dateIsoSchema,
    paiements: z.array(fabriquerPaiement(cles)).check(z.maxLength(10_000)),
    /** Credit notes (avoirs): they correct the invoice from the start (see {@link avoirSchema}). */
    avoirs: z.optional(z.array(fabriquerAvoir(cles)).check(z.maxLength(10_000))),
    nature: z.enum(['commerciale', 'civile', 'consommation']),
    cause: z.enum(['contractuelle', 'statutaire', 'autre']),
    contestee: z.boolean(),
    tauxPenalites: z.optional(fabriquerTauxPenalites(cles)),
    /** An enforceable title exists (judgment, enforceable order, notarial deed…), with its date. */
    titreExecutoire: z.optional(objet({ date: dateIsoSchema, nature: texte(200, 1) }, cles)),
    debiteurId: z.optional(texte(200, 1)),
    libelle: z.optional(texte(1000)),
  }, cles).check(z.refine((c) => c.dateEcheance >= c.dateFacture, { message: "l'échéance précède la date de facture", path: ['dateEcheance'] }));
}
/** A claim (créance). */
export type Creance = z.infer<typeof creanceSchema>;
/** What `creanceSchema` accepts (amounts may be numbers). */
export type CreanceEntree = z.input<typeof creanceSchema>;
