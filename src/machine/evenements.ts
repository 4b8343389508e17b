/**
 * The events of the recovery lifecycle, as zod schemas (types derived from them). Every event carries the
 * calendar `date` it happened on: time passes only through events (`JOUR`), never through timers.
 */
import * as z from 'zod/mini';
import { entier, analyser, texte, paragraphe } from './champs.js';
import { dateIsoSchema, eurosSchema } from '../entites/communs.js';
import { CANAUX } from '../entites/relance.js';
import { depuisZod } from '../socle/erreurs.js';

const montantPositif = /*@__PURE__*/ (() =>
  eurosSchema.check(z.refine((m) => !m.startsWith('-') && m !== '0.00', 'montant strictement positif attendu')))();
/** A free text (a motive): line breaks kept, other control, invisible and bidi characters refused. */
const libre = /*@__PURE__*/ (() => paragraphe(1000))();
/** A reference (payment, procedure, deed): one line, no control, invisible or bidi character. */
const ref = /*@__PURE__*/ (() => texte(1000))();
/** A signed amount in canonical `Euros` form (a 212 refund is recorded negative). */
const montantSigne = /*@__PURE__*/ (() => z.string().check(z.regex(/^-?\d{1,16}\.\d{2}$/, 'montant au format « -1234.56 » attendu')))();
/** The e-invoicing lifecycle fields kept in the dossier: reason code (MDT-113), action code (MDT-121), message id. */
const CDV = /*@__PURE__*/ (() => ({ codeMotif: z.optional(texte(50)), codeAction: z.optional(texte(10)), idMessage: z.optional(texte(200)) }))();
/**
 * Why a payment is reversed (`PAIEMENT_ANNULE.motif`): a direct debit returned, a bounced cheque, a refund.
 *
 * @example
 * ```ts
 * import { MOTIFS_ANNULATION } from 'recouvrement/machine';
 * MOTIFS_ANNULATION; //=> ['rejet-prelevement', 'cheque-impaye', 'remboursement']
 * ```
 */
export const MOTIFS_ANNULATION = /*@__PURE__*/ Object.freeze(['rejet-prelevement', 'cheque-impaye', 'remboursement'] as const);
/** One of {@link MOTIFS_ANNULATION}. */
export type MotifAnnulation = (typeof MOTIFS_ANNULATION)[number];
/** An event schema: its `type`, its `date`, and its own fields. */
const evt = <T extends string, S extends z.core.$ZodLooseShape>(type: T, champs: S) => z.object({ type: z.literal(type), date: dateIsoSchema, ...champs });
/** An event with only an optional `reference`. */
const simple = <T extends string>(type: T) => evt(type, { reference: z.optional(ref) });

/**
 * The judicial procedures the machine drives (API: `PROCEDURE_ENGAGEE.procedure`).
 *
 * @example
 * ```ts
 * import { PROCEDURES_JUDICIAIRES } from 'recouvrement/machine';
 * PROCEDURES_JUDICIAIRES.includes('injonction-de-payer'); //=> true
 * ```
 */
export const PROCEDURES_JUDICIAIRES = /*@__PURE__*/ Object.freeze(['procedure-simplifiee', 'injonction-de-payer', 'refere-provision', 'assignation-au-fond'] as const);
/** A judicial procedure driven by the machine. */
export type ProcedureJudiciaire = (typeof PROCEDURES_JUDICIAIRES)[number];

/**
 * Every event the machine accepts, as one discriminated union on `type`. Unknown fields are dropped.
 *
 * @example
 * ```ts
 * import { evenementSchema } from 'recouvrement/machine';
 * evenementSchema.parse({ type: 'PAIEMENT_RECU', date: '2025-03-01', montant: 100 });
 * //=> { type: 'PAIEMENT_RECU', date: '2025-03-01', montant: '100.00' }
 * ```
 */
export const evenementSchema = /*@__PURE__*/ (() =>
  z.discriminatedUnion('type', [
  /** Time passes: deadlines are checked against this date. */
  evt('JOUR', {}),
  /** Funds made available to the creditor (C. com. L441-9 I); a partial payment is also an acknowledgement (C. civ. 2240). */
  evt('PAIEMENT_RECU', { montant: montantPositif, reference: z.optional(ref) }),
  /**
   * A payment received earlier is reversed: the `PAIEMENT_RECU` with this `reference` (the earliest not yet
   * reversed). `motif`: `rejet-prelevement` (a SEPA direct debit returned) and `cheque-impaye` (a bounced
   * cheque) — the payment never discharged anything, as if never made from its own date; `remboursement`
   * (the creditor gave the money back) — it counted until the refund, from which the amount is due again
   * (the library's reading, UNCONFIRMED: see `situationCreance`). `libelle`: a free note. The payment stays
   * in the dossier, marked `annulation: { date, motif }`.
   */
  evt('PAIEMENT_ANNULE', { reference: texte(1000, 1), motif: z.enum(MOTIFS_ANNULATION), libelle: z.optional(libre) }),
  /** A credit note (avoir) reducing the invoice; it corrects the claim from the start. */
  evt('AVOIR_EMIS', { montant: montantPositif, reference: z.optional(ref) }),
  /** A reminder was sent (or a call made); `etape` is the scenario step id (default: the next one). */
  evt('RELANCE_ENVOYEE', {
    canal: z.enum(CANAUX),
    etape: z.optional(texte(100)),
    modele: z.optional(texte(100)),
    reference: z.optional(ref),
  }),
  /** Formal notice (C. civ. 1344, 1344-1); `delaiJours` given to the debtor (default: the scenario's). */
  evt('MISE_EN_DEMEURE_ENVOYEE', {
    delaiJours: z.optional(entier(0, 365)),
    canal: z.optional(z.enum(CANAUX)),
    reference: z.optional(ref),
  }),
  /** The debtor acknowledges the debt (interrupts prescription, C. civ. 2240). */
  simple('RECONNAISSANCE_DETTE'),
  /**
   * A dispute. `montantConteste`: only that part is disputed (e-invoicing 206 Approuvée partiellement, or an
   * action code CNP with an amount): the claim stays in its phase and the undisputed part keeps its course.
   * The `motif` is shown inside a one-line action label ("Traiter le litige (motif) : …"): one line.
   */
  evt('LITIGE_OUVERT', { motif: texte(1000), montantConteste: z.optional(montantPositif) }),
  /**
   * The parties agreed to a mediation or a conciliation after a dispute arose (or held its first meeting):
   * prescription is suspended until its end (C. civ. 2238).
   */
  evt('MEDIATION_DEBUT', { mode: z._default(z.enum(['mediation', 'conciliation']), 'mediation'), reference: z.optional(ref) }),
  /** The mediation or conciliation ended (agreement, failure, or one party withdrew): prescription runs again, for at least six months (C. civ. 2238). */
  evt('MEDIATION_FIN', { motif: z.optional(libre) }),
  evt('LITIGE_RESOLU', { motif: z.optional(libre) }),
  /**
   * A payment plan agreed with the debtor (lines as produced by `creerEcheancier`). `penalitesPendantEcheancier`
   * (default `true`): whether the agreement lets penalties and interest run during the plan. For an amicable
   * plan it is the agreement's to say; the suspension of C. civ. 1343-5 is the judge's grace, not an amicable
   * plan's, and a waiver is not presumed: by default they keep running. `false`: no accrual from the plan's day
   * to its end (honoured, or the last day of tolerance of the instalment it failed on).
   */
  evt('ECHEANCIER_ACCEPTE', {
    echeances: z.array(z.object({ date: dateIsoSchema, montant: montantPositif })).check(z.minLength(1), z.maxLength(1201)),
    penalitesPendantEcheancier: z._default(z.boolean(), true),
  }),
  /**
   * The creditor holds the reminders until `jusquau` (inclusive), for `motif` ("client en congés", "statut 211
   * Paiement transmis"…): no reminder, mise en demeure or escalation is proposed meanwhile; the legal deadlines
   * still are, and prescription keeps running (a hold is no cause of suspension, C. civ. 2233 to 2239). A new
   * hold replaces the previous one.
   */
  evt('SUSPENSION', { jusquau: dateIsoSchema, motif: texte(1000, 1) }),
  /** The hold is lifted before its end: reminders resume from this day. */
  evt('SUSPENSION_LEVEE', { motif: z.optional(libre) }),
  /**
   * The debtor promised to pay `montant` by `datePromise`: reminders are held until then. Kept (payments
   * received from the promise to `datePromise` reach `montant`): the promise closes; broken: the scenario
   * resumes at its next step the day after `datePromise`. A new promise replaces the previous one.
   */
  evt('PROMESSE_PAIEMENT', { montant: montantPositif, datePromise: dateIsoSchema, reference: z.optional(ref) }),
  evt('PROCEDURE_ENGAGEE', { procedure: z.enum(PROCEDURES_JUDICIAIRES), reference: z.optional(ref) }),
  /** Injonction de payer: the order was made (CPC 1409-1410). */
  simple('ORDONNANCE_RENDUE'),
  /** Injonction de payer: the request was rejected (CPC 1409). */
  evt('REQUETE_REJETEE', { motif: z.optional(libre) }),
  /** Injonction de payer: the order was served (CPC 1411); `aPersonne` = served to the debtor in person (CPC 1416). */
  evt('SIGNIFICATION_EFFECTUEE', { aPersonne: z._default(z.boolean(), true), reference: z.optional(ref) }),
  /** Injonction de payer: the debtor opposed (CPC 1416). */
  evt('OPPOSITION_FORMEE', {}),
  /** A decision on the merits, in référé or after opposition. */
  evt('DECISION_RENDUE', { favorable: z.boolean(), reference: z.optional(ref) }),
  /** Procédure simplifiée: the debtor agreed on the amount and terms (CPCE L125-1). */
  evt('ACCORD_DEBITEUR', {}),
  /** Procédure simplifiée: the debtor refused. */
  evt('REFUS_DEBITEUR', {}),
  /** Start enforcement on the titre exécutoire the claim already carries (`creance.titreExecutoire`). */
  evt('EXECUTION_ENGAGEE', {}),
  /** An enforcement measure by a commissaire de justice (interrupts the L111-4 delay, C. civ. 2244). */
  evt('MESURE_EXECUTION', { mesure: texte(200, 1), reference: z.optional(ref) }),
  /** Procès-verbal de carence: nothing to seize. */
  simple('PV_CARENCE'),
  /** Opening judgment of sauvegarde / redressement / liquidation and its BODACC publication (C. com. R622-24). */
  evt('PROCEDURE_COLLECTIVE_OUVERTE', {
    dateBodacc: dateIsoSchema,
    dateJugement: z.optional(dateIsoSchema),
    procedure: z.optional(z.enum(['sauvegarde', 'redressement', 'liquidation'])),
  }),
  /** The claim was declared to the mandataire judiciaire (C. com. L622-24). */
  evt('DECLARATION_CREANCE_ENVOYEE', { montant: z.optional(eurosSchema), reference: z.optional(ref) }),
  /** The creditor asked the juge-commissaire for a relevé de forclusion (C. com. L622-26). */
  evt('RELEVE_DE_FORCLUSION_DEMANDE', {}),
  /** The juge-commissaire granted the relevé de forclusion. */
  evt('RELEVE_DE_FORCLUSION_ACCORDE', {}),
  /** The juge-commissaire refused it. */
  evt('RELEVE_DE_FORCLUSION_REFUSE', {}),
  /** The collective proceedings were closed for lack of assets (clôture pour insuffisance d'actif). */
  evt('CLOTURE_INSUFFISANCE_ACTIF', {}),
  /** The creditor explicitly waives the accessories (penalties, interest, 40 €) still claimed. */
  evt('ACCESSOIRES_ABANDONNES', { motif: z.optional(libre) }),
  /** Write-off. */
  evt('PASSAGE_EN_PERTE', { motif: z.optional(libre) }),
  /** E-invoicing 213 Rejetée: the invoice was not validly issued and must be corrected and reissued. */
  evt('FACTURE_REJETEE', { motif: z.optional(libre), ...CDV }),
  /**
   * E-invoicing 210 Refusée (the buyer refuses the invoice: final, it is not booked) or 220 Annulée: the claim
   * is cancelled as billed. Re-invoicing, or claiming outside the platform, is the creditor's decision.
   */
  evt('FACTURE_ANNULEE', { code: z.union([z.literal(210), z.literal(220)]), motif: z.optional(libre), ...CDV }),
  /**
   * E-invoicing 221 Erreur de routage or 501 Irrecevable: the invoice did not reach the buyer. Reminders are
   * held until a delivery status (202 to 205) arrives.
   */
  evt('DISTRIBUTION_BLOQUEE', { code: z.union([z.literal(221), z.literal(501)]), motif: z.optional(libre), ...CDV }),
  /**
   * E-invoicing 225 Affacturée / 226 Affacturée confidentiel: the factor collects, no reminders from the
   * seller; 228 Non affacturée: the seller collects again.
   */
  evt('AFFACTURAGE', { code: z.union([z.literal(225), z.literal(226), z.literal(228)]), motif: z.optional(libre), ...CDV }),
  /** An informational e-invoicing lifecycle status (recorded in the dossier de preuve, no change of phase). */
  evt('STATUT_FACTURE', { code: z.int(), libelle: texte(100), motif: z.optional(libre), montant: z.optional(montantSigne), ...CDV }),
]))();

/** An event of the recovery lifecycle. */
export type EvenementRecouvrement = z.infer<typeof evenementSchema>;
/** What {@link evenementSchema} accepts (amounts may be numbers, `aPersonne` may be omitted). */
export type EvenementRecouvrementEntree = z.input<typeof evenementSchema>;
/** The `type` of an event. */
export type TypeEvenement = EvenementRecouvrement['type'];

/**
 * Validates an event before sending it to the machine. The machine records a malformed event in the
 * dossier de preuve (`evenement-non-applique`, with the first issue) without any other change; call this at
 * the boundary to get every issue as a `RecouvrementError` (`avancerDossier` does it for a whole batch).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues
 * @example
 * ```ts
 * import { lireEvenement } from 'recouvrement/machine';
 * lireEvenement({ type: 'JOUR', date: '2025-02-30' }); //=> throws RecouvrementError { code: 'ENTREE_INVALIDE', issues: [{ path: ['date'], … }] }
 * ```
 */
export function lireEvenement(valeur: unknown): EvenementRecouvrement {
  const r = analyser(evenementSchema, valeur);
  if (!r.success) throw depuisZod(r.error, 'Événement invalide');
  return r.data;
}

/**
 * Whether a value is a well-formed event (see {@link lireEvenement}).
 * @example
 * ```ts
 * import { estEvenementValide } from 'recouvrement/machine';
 * estEvenementValide({ type: 'JOUR', date: '2025-01-01' }); //=> true
 * estEvenementValide({ type: 'JOUR', date: '2025-02-30' }); //=> false
 * ```
 */
export function estEvenementValide(valeur: unknown): boolean {
  return evenementSchema.safeParse(valeur).success;
}
