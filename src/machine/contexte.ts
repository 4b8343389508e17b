/**
 * The machine's context: plain JSON data (strings, numbers, booleans, null, arrays, objects), so that
 * `getPersistedSnapshot()` survives `JSON.stringify` → `JSON.parse`. Deadlines are stored as `DateISO`;
 * the "dossier de preuve" keeps every fact with its date.
 */
import { analyser } from './champs.js';
import { copieJson } from './cache.js';
import { creanceSchema, type Creance, type CreanceEntree } from '../entites/creance.js';
import { debiteurSchema, type Debiteur, type DebiteurEntree } from '../entites/debiteur.js';
import { dateIsoSchema } from '../entites/communs.js';
import { depuisZod, entreeInvalide } from '../socle/erreurs.js';
import type { DateISO } from '../socle/date-iso.js';
import type { Euros } from '../socle/euros.js';
import type { TypeEvenementPrescription } from '../eligibilite/calculerPrescription.js';
import type { MotifAnnulation, ProcedureJudiciaire } from './evenements.js';
import type { IdentiteBaremes } from './identiteBaremes.js';
import { scenarioPourDebiteur, scenarioRelanceSchema, type ScenarioRelance } from './scenarios.js';

/** A JSON value. */
export type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

/** The machine's input (`createActor(machineRecouvrement, { input })`). */
export interface EntreeMachine {
  readonly creance: Creance | CreanceEntree;
  readonly debiteur: Debiteur | DebiteurEntree;
  /** Default: {@link scenarioPourDebiteur}. */
  readonly scenario?: ScenarioRelance;
  /** The day the claim enters the machine (default: the invoice date). */
  readonly date?: DateISO;
  /**
   * The creditor lives outside metropolitan France: two more months to declare the claim in collective
   * proceedings (C. com. R622-24 al. 2). Default `false`.
   */
  readonly creancierHorsMetropole?: boolean;
  /**
   * The creditor is a natural person acting outside professional needs: the higher legal-interest
   * category (CMF L313-2). Default `false` ("autres cas").
   */
  readonly creancierParticulier?: boolean;
  /**
   * The procedure takes place in Moselle, Bas-Rhin or Haut-Rhin (the court of the debtor's domicile for an
   * injonction de payer, CPC 1406): Good Friday and 26 December are holidays there too (C. trav. L3134-13),
   * so a debtor's window ending on them runs to the next working day (CPC 642 al. 2). Default `false`.
   */
  readonly alsaceMoselle?: boolean;
  /**
   * How partial payments are imputed. `legale` (default): accessories first — penalties or interest, then
   * the 40 € — and the principal last (C. civ. 1343-1; the order of `imputerPaiements`, see
   * docs/imputation.md). `principal-d-abord`: only when the contract says so, or the judge ordered it by a
   * special reasoned decision (C. civ. 1343-5).
   */
  readonly imputation?: Imputation;
}

/** How partial payments are imputed: see {@link EntreeMachine.imputation}. */
export type Imputation = 'legale' | 'principal-d-abord';

/** One entry of the dossier de preuve: an accepted event, or a deadline that expired, with its data. */
export interface EntreeDossier {
  readonly date: DateISO;
  /** The event type (`PAIEMENT_RECU`, …) or a deadline outcome in lower case (`ordonnance-non-avenue`, …). */
  readonly type: string;
  readonly donnees: { readonly [k: string]: Json };
}

/** A prescription event, in `calculerPrescription`'s vocabulary. */
export interface EvenementPrescription {
  readonly type: TypeEvenementPrescription;
  readonly date: DateISO;
}

/** The judicial procedure in progress (or last engaged). */
export interface ProcedureEnCours {
  readonly type: ProcedureJudiciaire;
  readonly dateEngagement: DateISO;
  /** Injonction de payer: the order and the 6-month service deadline (CPC 1411). */
  readonly dateOrdonnance: DateISO | null;
  readonly dateLimiteSignification: DateISO | null;
  /** Injonction de payer: service, whether in person, and the opposition deadline (CPC 1416). */
  readonly dateSignification: DateISO | null;
  readonly signifieeAPersonne: boolean | null;
  readonly dateLimiteOpposition: DateISO | null;
  readonly dateOpposition: DateISO | null;
  /** Procédure simplifiée: end of the one-month period (CPCE L125-1). */
  readonly dateLimiteAccord: DateISO | null;
  /** Decision (référé, merits, after opposition). */
  readonly dateDecision: DateISO | null;
  readonly favorable: boolean | null;
}

/** The titre exécutoire the claim carries. */
export interface TitreExecutoire {
  readonly date: DateISO;
  readonly origine: ProcedureJudiciaire | 'opposition' | 'creance';
  readonly nature: string;
}

/** Collective proceedings against the debtor. */
export interface ProcedureCollectiveEnCours {
  readonly procedure: 'sauvegarde' | 'redressement' | 'liquidation' | null;
  readonly dateJugement: DateISO;
  readonly dateBodacc: DateISO;
  /** BODACC + 2 months (+2 outside metropolitan France), C. com. R622-24. */
  readonly dateLimiteDeclaration: DateISO;
  /** BODACC + 6 months, C. com. L622-26. */
  readonly dateLimiteReleve: DateISO;
  readonly dateDeclaration: DateISO | null;
  readonly montantDeclare: Euros | null;
  readonly dateForclusion: DateISO | null;
  readonly dateReleve: DateISO | null;
}

/** The machine's context. */
export interface ContexteRecouvrement {
  readonly creance: Creance;
  readonly debiteur: Debiteur;
  readonly scenario: ScenarioRelance;
  readonly creancierHorsMetropole: boolean;
  readonly creancierParticulier: boolean;
  /** Present (`true`) only when the input says so: the holidays of Alsace-Moselle apply to the deadlines. */
  readonly alsaceMoselle?: true;
  /** How partial payments are imputed (default `legale`, C. civ. 1343-1). */
  readonly imputation: Imputation;
  /** The latest date the machine has seen (its "today"). */
  readonly dateCourante: DateISO;
  /**
   * Payments received through events (those already in `creance.paiements` are counted too). A reversed one
   * (`PAIEMENT_ANNULE`) stays, marked `annulation` (dossier version 2; earlier versions deleted it).
   */
  readonly paiements: readonly {
    readonly date: DateISO;
    readonly montant: Euros;
    readonly reference?: string;
    readonly annulation?: { readonly date: DateISO; readonly motif: MotifAnnulation };
  }[];
  /** Credit notes: they reduce the principal from the start. */
  readonly avoirs: readonly { readonly date: DateISO; readonly montant: Euros }[];
  /** Reminders sent, with the scenario step they fulfil (if any). */
  readonly relances: readonly { readonly date: DateISO; readonly canal: string; readonly etape: string | null }[];
  readonly miseEnDemeure: { readonly date: DateISO; readonly dateLimite: DateISO } | null;
  readonly litige: { readonly date: DateISO; readonly motif: string; readonly retour: 'amiable' | 'negociation' } | null;
  readonly echeancier: {
    readonly date: DateISO;
    readonly echeances: readonly { readonly date: DateISO; readonly montant: Euros }[];
    /** Whether the agreement lets penalties and interest run during the plan (`ECHEANCIER_ACCEPTE`, default `true`). */
    readonly penalitesPendantEcheancier: boolean;
  } | null;
  /**
   * Days on which neither penalties nor interest accrued (inclusive): those of the payment plans that ended
   * and whose agreement stopped them (`penalitesPendantEcheancier: false`). The running plan's are added by
   * the situation. Dossier version 2.
   */
  readonly periodesSansAccessoires: readonly { readonly du: DateISO; readonly au: DateISO }[];
  /** The last hold of the reminders (`SUSPENSION`), lifted early on `levee` (`SUSPENSION_LEVEE`). Dossier version 2. */
  readonly suspension: { readonly date: DateISO; readonly jusquau: DateISO; readonly motif: string; readonly levee: DateISO | null } | null;
  /** The last promise of payment (`PROMESSE_PAIEMENT`). Dossier version 2. */
  readonly promesse: { readonly date: DateISO; readonly montant: Euros; readonly datePromise: DateISO } | null;
  readonly procedure: ProcedureEnCours | null;
  /** A mediation or conciliation in progress: prescription is suspended (C. civ. 2238). */
  readonly mediation: { readonly date: DateISO; readonly mode: 'mediation' | 'conciliation' } | null;
  readonly titre: TitreExecutoire | null;
  readonly mesures: readonly { readonly date: DateISO; readonly mesure: string }[];
  readonly dateCarence: DateISO | null;
  readonly procedureCollective: ProcedureCollectiveEnCours | null;
  /** Events that interrupt or suspend prescription (C. civ. 2231-2244). */
  readonly prescription: readonly EvenementPrescription[];
  /** The creditor waived the accessories (explicit event), with the amount waived at that date. */
  readonly accessoiresAbandonnes: { readonly date: DateISO; readonly montant: Euros | null; readonly motif: string | null } | null;
  /**
   * The legal tables the claim is computed with (identity only: the last day they cover and a fingerprint),
   * set by the machine; absent in snapshots of releases before dossier version 1 (the shipped tables).
   */
  readonly baremes?: IdentiteBaremes;
  /** How the claim ended. */
  readonly cloture: { readonly date: DateISO; readonly motif: string } | null;
  /** The dossier de preuve: every accepted event and every expired deadline, in order. */
  readonly dossier: readonly EntreeDossier[];
}

/**
 * Internal: what a dossier holds before anything happened, from `date` on (no payment, reminder, procedure…):
 * the same fields, in the same order, for a new claim and for an actor whose input was invalid.
 */
export function historiqueVierge(date: DateISO) {
  return {
    dateCourante: date,
    paiements: [],
    avoirs: [],
    relances: [],
    miseEnDemeure: null,
    litige: null,
    echeancier: null,
    periodesSansAccessoires: [],
    suspension: null,
    promesse: null,
    procedure: null,
    mediation: null,
    titre: null,
    mesures: [],
    dateCarence: null,
    procedureCollective: null,
    prescription: [],
    accessoiresAbandonnes: null,
  } as const;
}

/**
 * Builds the initial context from the input: parses the claim, the debtor and the scenario.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the zod issues
 * @example
 * ```ts
 * import { contexteInitial } from 'recouvrement/machine';
 * const ctx = contexteInitial({
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * });
 * ctx.scenario.id; //=> 'pme'
 * ```
 */
export function contexteInitial(input: EntreeMachine): ContexteRecouvrement {
  if (typeof input !== 'object' || input === null) return entreeInvalide([], 'entrée { creance, debiteur } attendue', 'invalid_type');
  const c = analyser(creanceSchema, input.creance);
  if (!c.success) throw depuisZod({ issues: c.error.issues.map((i) => ({ ...i, path: ['creance', ...i.path] })) }, 'Créance invalide');
  const d = analyser(debiteurSchema, input.debiteur);
  if (!d.success) throw depuisZod({ issues: d.error.issues.map((i) => ({ ...i, path: ['debiteur', ...i.path] })) }, 'Débiteur invalide');
  // The dossier's own copy: the default scenarios are frozen module data, never shared with a context.
  let scenario: ScenarioRelance = copieJson(scenarioPourDebiteur(d.data));
  if (input.scenario !== undefined) {
    const s = analyser(scenarioRelanceSchema, input.scenario);
    if (!s.success) throw depuisZod({ issues: s.error.issues.map((i) => ({ ...i, path: ['scenario', ...i.path] })) }, 'Scénario invalide');
    scenario = s.data;
  }
  let date = c.data.dateFacture;
  if (input.date !== undefined) {
    const r = analyser(dateIsoSchema, input.date);
    if (!r.success) entreeInvalide(['date'], 'date invalide : attendu "AAAA-MM-JJ" existant');
    date = r.data;
  }
  for (const k of ['creancierHorsMetropole', 'creancierParticulier', 'alsaceMoselle'] as const) {
    if (input[k] !== undefined && typeof input[k] !== 'boolean') entreeInvalide([k], 'booléen attendu', 'invalid_type');
  }
  const imputation = input.imputation ?? 'legale';
  if (imputation !== 'legale' && imputation !== 'principal-d-abord') entreeInvalide(['imputation'], "'legale' ou 'principal-d-abord' attendu");
  return {
    creance: c.data,
    debiteur: d.data,
    scenario,
    creancierHorsMetropole: input.creancierHorsMetropole === true,
    creancierParticulier: input.creancierParticulier === true,
    ...(input.alsaceMoselle === true ? { alsaceMoselle: true as const } : {}),
    imputation,
    ...historiqueVierge(date),
    titre: c.data.titreExecutoire ? { date: c.data.titreExecutoire.date, origine: 'creance', nature: c.data.titreExecutoire.nature } : null,
    cloture: null,
    dossier: [{ date, type: 'creance-ouverte', donnees: { numeroFacture: c.data.numeroFacture, montantTTC: c.data.montantTTC, dateEcheance: c.data.dateEcheance, scenario: scenario.id, imputation } }],
  };
}
