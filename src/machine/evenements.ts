/**
 * The events of the recovery lifecycle, as zod schemas (types derived from them). Every event carries the
 * calendar `date` it happened on: time passes only through events (`JOUR`), never through timers.
 */
import { z } from 'zod';
import { dateIsoSchema, eurosSchema } from '../entites/communs.js';
import { CANAUX } from '../entites/relance.js';
import { depuisZod } from '../socle/erreurs.js';

const montantPositif = /*@__PURE__*/ (() =>
  eurosSchema.refine((m) => !m.startsWith('-') && m !== '0.00', 'montant strictement positif attendu'))();
const texte = /*@__PURE__*/ (() =>
  z.string().max(1000))();

/** The judicial procedures the machine drives (API: `PROCEDURE_ENGAGEE.procedure`). */
export const PROCEDURES_JUDICIAIRES = ['procedure-simplifiee', 'injonction-de-payer', 'refere-provision', 'assignation-au-fond'] as const;
/** A judicial procedure driven by the machine. */
export type ProcedureJudiciaire = (typeof PROCEDURES_JUDICIAIRES)[number];

/**
 * Every event the machine accepts, as one discriminated union on `type`. Unknown fields are dropped.
 *
 * @example
 * ```ts
 * evenementSchema.parse({ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: 100 });
 * //=> { type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '100.00' }
 * ```
 */
export const evenementSchema = /*@__PURE__*/ (() =>
  z.discriminatedUnion('type', [
  /** Time passes: deadlines are checked against this date. */
  z.object({ type: z.literal('JOUR'), date: dateIsoSchema }),
  /** Funds made available to the creditor (C. com. L441-9 I); a partial payment is also an acknowledgement (C. civ. 2240). */
  z.object({ type: z.literal('PAIEMENT_RECU'), date: dateIsoSchema, montant: montantPositif, reference: texte.optional() }),
  /** A credit note (avoir) reducing the invoice; it corrects the claim from the start. */
  z.object({ type: z.literal('AVOIR_EMIS'), date: dateIsoSchema, montant: montantPositif, reference: texte.optional() }),
  /** A reminder was sent (or a call made); `etape` is the scenario step id (default: the next one). */
  z.object({
    type: z.literal('RELANCE_ENVOYEE'),
    date: dateIsoSchema,
    canal: z.enum(CANAUX),
    etape: z.string().max(100).optional(),
    modele: z.string().max(100).optional(),
    reference: texte.optional(),
  }),
  /** Formal notice (C. civ. 1344, 1344-1); `delaiJours` given to the debtor (default: the scenario's). */
  z.object({
    type: z.literal('MISE_EN_DEMEURE_ENVOYEE'),
    date: dateIsoSchema,
    delaiJours: z.number().int().min(0).max(365).optional(),
    canal: z.enum(CANAUX).optional(),
    reference: texte.optional(),
  }),
  /** The debtor acknowledges the debt (interrupts prescription, C. civ. 2240). */
  z.object({ type: z.literal('RECONNAISSANCE_DETTE'), date: dateIsoSchema, reference: texte.optional() }),
  z.object({ type: z.literal('LITIGE_OUVERT'), date: dateIsoSchema, motif: texte }),
  z.object({ type: z.literal('LITIGE_RESOLU'), date: dateIsoSchema, motif: texte.optional() }),
  /** A payment plan agreed with the debtor (lines as produced by `creerEcheancier`). */
  z.object({
    type: z.literal('ECHEANCIER_ACCEPTE'),
    date: dateIsoSchema,
    echeances: z.array(z.object({ date: dateIsoSchema, montant: montantPositif })).min(1).max(1201),
  }),
  z.object({ type: z.literal('PROCEDURE_ENGAGEE'), date: dateIsoSchema, procedure: z.enum(PROCEDURES_JUDICIAIRES), reference: texte.optional() }),
  /** Injonction de payer: the order was made (CPC 1409-1410). */
  z.object({ type: z.literal('ORDONNANCE_RENDUE'), date: dateIsoSchema, reference: texte.optional() }),
  /** Injonction de payer: the request was rejected (CPC 1409). */
  z.object({ type: z.literal('REQUETE_REJETEE'), date: dateIsoSchema, motif: texte.optional() }),
  /** Injonction de payer: the order was served (CPC 1411); `aPersonne` = served to the debtor in person (CPC 1416). */
  z.object({ type: z.literal('SIGNIFICATION_EFFECTUEE'), date: dateIsoSchema, aPersonne: z.boolean().default(true), reference: texte.optional() }),
  /** Injonction de payer: the debtor opposed (CPC 1416). */
  z.object({ type: z.literal('OPPOSITION_FORMEE'), date: dateIsoSchema }),
  /** A decision on the merits, in référé or after opposition. */
  z.object({ type: z.literal('DECISION_RENDUE'), date: dateIsoSchema, favorable: z.boolean(), reference: texte.optional() }),
  /** Procédure simplifiée: the debtor agreed on the amount and terms (CPCE L125-1). */
  z.object({ type: z.literal('ACCORD_DEBITEUR'), date: dateIsoSchema }),
  /** Procédure simplifiée: the debtor refused. */
  z.object({ type: z.literal('REFUS_DEBITEUR'), date: dateIsoSchema }),
  /** Start enforcement on the titre exécutoire the claim already carries (`creance.titreExecutoire`). */
  z.object({ type: z.literal('EXECUTION_ENGAGEE'), date: dateIsoSchema }),
  /** An enforcement measure by a commissaire de justice (interrupts the L111-4 delay, C. civ. 2244). */
  z.object({ type: z.literal('MESURE_EXECUTION'), date: dateIsoSchema, mesure: z.string().min(1).max(200), reference: texte.optional() }),
  /** Procès-verbal de carence: nothing to seize. */
  z.object({ type: z.literal('PV_CARENCE'), date: dateIsoSchema, reference: texte.optional() }),
  /** Opening judgment of sauvegarde / redressement / liquidation and its BODACC publication (C. com. R622-24). */
  z.object({
    type: z.literal('PROCEDURE_COLLECTIVE_OUVERTE'),
    date: dateIsoSchema,
    dateBodacc: dateIsoSchema,
    dateJugement: dateIsoSchema.optional(),
    procedure: z.enum(['sauvegarde', 'redressement', 'liquidation']).optional(),
  }),
  /** The claim was declared to the mandataire judiciaire (C. com. L622-24). */
  z.object({ type: z.literal('DECLARATION_CREANCE_ENVOYEE'), date: dateIsoSchema, montant: eurosSchema.optional(), reference: texte.optional() }),
  /** The creditor asked the juge-commissaire for a relevé de forclusion (C. com. L622-26). */
  z.object({ type: z.literal('RELEVE_DE_FORCLUSION_DEMANDE'), date: dateIsoSchema }),
  /** The juge-commissaire granted the relevé de forclusion. */
  z.object({ type: z.literal('RELEVE_DE_FORCLUSION_ACCORDE'), date: dateIsoSchema }),
  /** The juge-commissaire refused it. */
  z.object({ type: z.literal('RELEVE_DE_FORCLUSION_REFUSE'), date: dateIsoSchema }),
  /** The collective proceedings were closed for lack of assets (clôture pour insuffisance d'actif). */
  z.object({ type: z.literal('CLOTURE_INSUFFISANCE_ACTIF'), date: dateIsoSchema }),
  /** The creditor explicitly waives the accessories (penalties, interest, 40 €) still claimed. */
  z.object({ type: z.literal('ACCESSOIRES_ABANDONNES'), date: dateIsoSchema, motif: texte.optional() }),
  /** Write-off. */
  z.object({ type: z.literal('PASSAGE_EN_PERTE'), date: dateIsoSchema, motif: texte.optional() }),
  /** E-invoicing 213 Rejetée: the invoice was not validly issued and must be corrected and reissued. */
  z.object({ type: z.literal('FACTURE_REJETEE'), date: dateIsoSchema, motif: texte.optional() }),
  /** An informational e-invoicing lifecycle status (recorded in the dossier de preuve, no change of phase). */
  z.object({ type: z.literal('STATUT_FACTURE'), date: dateIsoSchema, code: z.number().int(), libelle: z.string().max(100), motif: texte.optional() }),
]))();

/** An event of the recovery lifecycle. */
export type EvenementRecouvrement = z.infer<typeof evenementSchema>;
/** What {@link evenementSchema} accepts (amounts may be numbers, `aPersonne` may be omitted). */
export type EvenementRecouvrementEntree = z.input<typeof evenementSchema>;
/** The `type` of an event. */
export type TypeEvenement = EvenementRecouvrement['type'];

/**
 * Validates an event before sending it to the machine. The machine itself ignores malformed events (no
 * transition); call this at the boundary to get the reason.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues
 * @example
 * ```ts
 * lireEvenement({ type: 'JOUR', date: '2025-02-30' }); // throws: date invalide at ['date']
 * ```
 */
export function lireEvenement(valeur: unknown): EvenementRecouvrement {
  const r = evenementSchema.safeParse(valeur);
  if (!r.success) throw depuisZod(r.error, 'Événement invalide');
  return r.data;
}

/** Whether a value is a well-formed event (see {@link lireEvenement}). @example estEvenementValide({ type: 'JOUR', date: '2025-01-01' }) //=> true */
export function estEvenementValide(valeur: unknown): boolean {
  return evenementSchema.safeParse(valeur).success;
}
