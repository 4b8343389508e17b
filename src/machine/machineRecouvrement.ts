/**
 * The recovery lifecycle of one claim, as an XState v5 machine.
 *
 * Phases: `amiable` (before the due date, reminders following a scenario, mise en demeure — C. civ. 1344 —
 * and escalation), `negociation` (a payment plan), `litige` (a dispute: reminders paused, prescription
 * running), `judiciaire` (one sub-machine per procedure with its legal deadlines: injonction de payer
 * CPC 1405-1416, procédure simplifiée CPCE L125-1, référé-provision CPC 835/873, assignation au fond),
 * `execution` (titre exécutoire, CPCE L111-4), `procedureCollective` (C. com. L622-21, L622-24, R622-24,
 * L622-26, L622-28), `nonDistribuee` and `affacturee` (e-invoicing 221/501 and 225/226: no reminders until
 * the invoice is delivered, or while the factor collects), and the final states `soldee`, `irrecouvrable`,
 * `prescrite`, `annulee`.
 *
 * Time passes only through `{ type: 'JOUR', date }`: deadlines live in the context as `DateISO` and are
 * checked by eventless (`always`) transitions against the latest date seen. No `after` timers, so a
 * persisted snapshot carries everything.
 *
 * Guards and actions are named in `setup()`; the configuration only refers to names. The machine cannot
 * crash its host: an event is parsed once at its boundary (a malformed or implausible one becomes
 * `EVENEMENT_INVALIDE` and is recorded in the dossier with the reason, like any event no state takes), an
 * invalid input or restored snapshot ends in the final state `invalide` with the reason, and every guard and
 * action is total (an inconsistent context records an `anomalie`). No actor reaches `status: 'error'`.
 * Which actions a state makes due is declared in its `meta` (see actionsEtats.ts).
 */
import { analyser } from './champs.js';
import { assign, setup } from 'xstate';
import { RecouvrementError } from '../socle/erreurs.js';
import { identiteBaremes } from './identiteBaremes.js';
import { agir } from './actionsEtats.js';
import { dansUnePortee } from './cache.js';
import { motifInstantaneInvalide } from './validation.js';
import { formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { formaterEuros, lireEuros } from '../socle/euros.js';
import {
  contexteInitial,
  historiqueVierge,
  type ContexteRecouvrement,
  type EntreeDossier,
  type EntreeMachine,
  type Json,
  type ProcedureCollectiveEnCours,
  type ProcedureEnCours,
} from './contexte.js';
import {
  dateLimiteDeclarationCreance,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  dernierJourDelai,
  finDeDelaiPrudente,
} from './delais.js';
import { evenementSchema, type EvenementRecouvrement, type EvenementRecouvrementEntree, type ProcedureJudiciaire } from './evenements.js';
import { prescriptionCourante, prescriptionImpossible, verdictProcedure } from './regles.js';
import { litigePartielOuvert, plusRienDu, situationFinanciere, suiviEcheancier, type OptionsMachine } from './situation.js';
import { suspensionActive } from './suspensions.js';
import { etapesFaites, premiereEcheanceEnRetard, prochaineEtapeRelance } from './etapes.js';

type Evt<T extends EvenementRecouvrement['type']> = Extract<EvenementRecouvrement, { type: T }>;

/**
 * Parses an event (`null` when malformed). Events reach guards and actions already parsed by the machine's
 * boundary ({@link versLaMachine}): the parsed object is remembered, so an event is parsed once per transition.
 */
function lire(e: unknown): EvenementRecouvrement | null {
  if (typeof e !== 'object' || e === null) return null;
  if (lus.has(e)) return e as EvenementRecouvrement;
  const r = evenementSchema.safeParse(e);
  return r.success ? r.data : null;
}
/** Events parsed by the boundary (the parse's own output objects, never the caller's). */
const lus = new WeakSet<object>();
/** Internal (avancerDossier): an event it parsed and checked itself is not parsed again by the machine. */
export function marquerLu(e: EvenementRecouvrement): EvenementRecouvrement {
  lus.add(e);
  return e;
}

function lireType<T extends EvenementRecouvrement['type']>(e: unknown, type: T): Evt<T> | null {
  const r = lire(e);
  return r !== null && r.type === type ? (r as Evt<T>) : null;
}

const max = (a: DateISO, b: DateISO): DateISO => (a >= b ? a : b);

/** A short, JSON-safe reason for an unexpected exception (never rethrown: the machine cannot crash its host). */
function raison(e: unknown): string {
  return e instanceof Error ? `${e.name} : ${e.message}`.slice(0, 500) : 'exception non Error';
}

/** The context's dossier, or an empty one when a restored context lacks it. */
const dossierDe = (ctx: ContexteRecouvrement | undefined): readonly EntreeDossier[] => (Array.isArray(ctx?.dossier) ? ctx.dossier : []);
/** The context's date, or the epoch of the calendar when a restored context lacks it. */
const dateDe = (ctx: ContexteRecouvrement | undefined): DateISO => (typeof ctx?.dateCourante === 'string' ? ctx.dateCourante : '1970-01-01');

/** An action that failed on an inconsistent context: the context is kept and the reason joins the dossier. */
function anomalie(ctx: ContexteRecouvrement, e: unknown): Partial<ContexteRecouvrement> {
  return { dossier: [...dossierDe(ctx), { date: dateDe(ctx), type: 'anomalie', donnees: { raison: raison(e) } }] };
}

type ArgsAction = { context: ContexteRecouvrement; event: EvenementRecouvrementEntree };
/** `assign` made total: an exception (only possible on an inconsistent restored context) is recorded, not thrown. */
function assigner(f: (a: ArgsAction) => Partial<ContexteRecouvrement>) {
  return assign<ContexteRecouvrement, EvenementRecouvrementEntree, undefined, EvenementRecouvrementEntree, never>(({ context, event }) => {
    try {
      return f({ context, event });
    } catch (e) {
      return anomalie(context, e);
    }
  });
}

/** Guards made total: one that throws (an inconsistent restored context) is `false`. */
function gardesTotales<K extends string>(gardes: Record<K, (a: ArgsAction) => boolean>): Record<K, (a: ArgsAction) => boolean> {
  const r = {} as Record<K, (a: ArgsAction) => boolean>;
  for (const nom of Object.keys(gardes) as K[]) {
    const g = gardes[nom];
    r[nom] = (a) => {
      try {
        return g(a) === true;
      } catch {
        return false;
      }
    };
  }
  return r;
}

/** The dossier entry of an event: its date, type and every other field. */
function entree(e: EvenementRecouvrement): EntreeDossier {
  const { type, date, ...reste } = e;
  // The event is the boundary's own parse output (plain JSON, owned by nobody else): no deep copy needed.
  return { date, type, donnees: reste as unknown as { [k: string]: Json } };
}

function procedureVide(type: ProcedureJudiciaire, date: DateISO): ProcedureEnCours {
  return {
    type,
    dateEngagement: date,
    dateOrdonnance: null,
    dateLimiteSignification: null,
    dateSignification: null,
    signifieeAPersonne: null,
    dateLimiteOpposition: null,
    dateOpposition: null,
    dateLimiteAccord: null,
    dateDecision: null,
    favorable: null,
  };
}

/** Collective proceedings opened by a judgment published at `dateBodacc` (C. com. R622-24, L622-26). */
function procedureCollective(
  ctx: ContexteRecouvrement,
  procedure: ProcedureCollectiveEnCours['procedure'],
  dateJugement: DateISO,
  dateBodacc: DateISO,
): ProcedureCollectiveEnCours {
  return {
    procedure,
    dateJugement,
    dateBodacc,
    dateLimiteDeclaration: dateLimiteDeclarationCreance(dateBodacc, ctx.creancierHorsMetropole),
    dateLimiteReleve: dateLimiteReleveForclusion(dateBodacc),
    dateDeclaration: null,
    montantDeclare: null,
    dateForclusion: null,
    dateReleve: null,
  };
}

/**
 * The payment a `PAIEMENT_ANNULE` reverses: the earliest `PAIEMENT_RECU` of the dossier de preuve with this
 * reference not yet reversed, dated on or before the reversal, and still among the context's payments.
 */
function paiementAAnnuler(ctx: ContexteRecouvrement, reference: string, date: DateISO): { date: DateISO; montant: string; index: number } | null {
  // Payments received while open (`PAIEMENT_RECU`) or after closure (`paiement-apres-cloture`, see dossier.ts).
  const recus = ctx.dossier.filter((x) => (x.type === 'PAIEMENT_RECU' || x.type === 'paiement-apres-cloture') && x.donnees.reference === reference);
  const dejaAnnules = ctx.dossier.filter((x) => (x.type === 'PAIEMENT_ANNULE' || x.type === 'paiement-annule-apres-cloture') && x.donnees.reference === reference).length;
  const cible = recus[dejaAnnules];
  if (cible === undefined || cible.date > date || typeof cible.donnees.montant !== 'string') return null;
  const index = ctx.paiements.findIndex((p) => p.annulation === undefined && p.date === cible.date && p.montant === cible.donnees.montant);
  return index < 0 ? null : { date: cible.date, montant: cible.donnees.montant, index };
}

/**
 * Internal: the context once the payment a `PAIEMENT_ANNULE` names is marked reversed (`annulation`), with
 * its acknowledgement of the debt removed from the prescription events (see `annulerPaiement`), or `null`
 * when it names no payment that can be reversed.
 */
export function contexteAvecAnnulation(ctx: ContexteRecouvrement, e: Evt<'PAIEMENT_ANNULE'>): Pick<ContexteRecouvrement, 'paiements' | 'prescription'> | null {
  const p = paiementAAnnuler(ctx, e.reference, e.date);
  if (p === null) return null;
  const i = ctx.prescription.findIndex((x) => x.type === 'paiement-partiel' && x.date === p.date);
  return {
    paiements: ctx.paiements.map((x, k) => (k === p.index ? { ...x, annulation: { date: e.date, motif: e.motif } } : x)),
    prescription: i < 0 ? ctx.prescription : ctx.prescription.filter((_, k) => k !== i),
  };
}

/**
 * The no-accrual days of the running plan, once it ends on `au` (kept in the context), when its agreement
 * stops penalties and interest (`penalitesPendantEcheancier: false`).
 */
function fermerPlan(ctx: ContexteRecouvrement, au: DateISO): Pick<ContexteRecouvrement, 'periodesSansAccessoires'> {
  const plan = ctx.echeancier;
  const avant = ctx.periodesSansAccessoires ?? [];
  if (plan === null || plan.penalitesPendantEcheancier !== false || au < plan.date) return { periodesSansAccessoires: avant };
  return { periodesSansAccessoires: [...avant, { du: plan.date, au }] };
}

/** Whether the machine's date is strictly after `limite`. */
const apres = (ctx: ContexteRecouvrement, limite: DateISO | null | undefined): boolean => limite != null && ctx.dateCourante > limite;

/** Whether the machine's date has reached `depuis` (inclusive). */
const atteint = (ctx: ContexteRecouvrement, depuis: DateISO | null | undefined): boolean => depuis != null && ctx.dateCourante >= depuis;

/** The dispute opened by a `LITIGE_OUVERT` event, and where it returns once resolved. */
function litige(event: unknown, retour: 'amiable' | 'negociation'): ContexteRecouvrement['litige'] {
  const e = lireType(event, 'LITIGE_OUVERT')!;
  return { date: e.date, motif: e.motif, retour };
}

/** A dossier entry for a deadline outcome or a closure. */
const note = (ctx: ContexteRecouvrement, type: string, donnees: { [k: string]: Json } = {}): readonly EntreeDossier[] => [
  ...ctx.dossier,
  { date: ctx.dateCourante, type, donnees },
];

// Transitions shared by several states (one object each, so the configuration stays readable and small).
const valide = 'evenementValide' as const;
/** Facts accepted in every non-final phase: payments, credit notes, the waiver, statuses, the end of a mediation, the write-off. */
const FAITS = {
  PAIEMENT_RECU: { guard: valide, actions: ['enregistrer', 'noterPaiement'] },
  PAIEMENT_ANNULE: { guard: 'paiementAnnulable', actions: ['annulerPaiement', 'enregistrer'] },
  AVOIR_EMIS: { guard: valide, actions: ['enregistrer', 'noterAvoir'] },
  ACCESSOIRES_ABANDONNES: { guard: valide, actions: ['abandonnerAccessoires', 'enregistrer'] },
  STATUT_FACTURE: { guard: valide, actions: 'enregistrer' },
  MEDIATION_FIN: { guard: 'mediationEnCours', actions: ['enregistrer', 'terminerMediation'] },
  PASSAGE_EN_PERTE: { guard: valide, target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
  SUSPENSION: { guard: valide, actions: ['enregistrer', 'suspendre'] },
  SUSPENSION_LEVEE: { guard: 'suspensionEnCours', actions: ['enregistrer', 'leverSuspension'] },
  PROMESSE_PAIEMENT: { guard: valide, actions: ['enregistrer', 'noterPromesse'] },
} as const;
/** Every phase before collective proceedings: an acknowledgement (C. civ. 2240), the opening judgment. */
const AVANT_PROCEDURE_COLLECTIVE = {
  RECONNAISSANCE_DETTE: { guard: valide, actions: ['enregistrer', 'noterReconnaissance'] },
  PROCEDURE_COLLECTIVE_OUVERTE: { guard: valide, target: 'procedureCollective', actions: ['enregistrer', 'ouvrirProcedureCollective'] },
} as const;
/** The amicable phases (`amiable`, `negociation`): reminders and mediation. */
const AMIABLE = {
  RELANCE_ENVOYEE: { guard: valide, actions: ['noterRelance', 'enregistrer'] },
  MEDIATION_DEBUT: { guard: 'mediationPossible', actions: ['enregistrer', 'commencerMediation'] },
  // 209 Complétée: closes a partial dispute (the phase did not change for it); without one, recorded as not applied.
  LITIGE_RESOLU: { guard: 'litigePartielEnCours', actions: 'enregistrer' },
} as const;
const SOLDE = { guard: 'plusRienDu', target: 'soldee', actions: 'noterSolde' } as const;
const PRESCRIPTION = { guard: 'prescriptionAcquise', target: 'prescrite', actions: 'noterPrescription' } as const;
const PRESCRIPTION_ETAPE = { ...PRESCRIPTION, target: '#recouvrement.prescrite' } as const;
const ESCALADE = '#recouvrement.amiable.escalade';
const EXECUTION = '#recouvrement.execution';
const ANNULATION = { guard: valide, target: 'annulee', actions: ['enregistrer', 'cloturer'] } as const;
const ASSIGNATION = { guard: 'assignationAuFondEligible', target: 'judiciaire.assignationAuFond', actions: ['enregistrer', 'engagerProcedure'] } as const;
const MISE_EN_DEMEURE = { guard: valide, target: 'miseEnDemeure', actions: ['noterMiseEnDemeure', 'enregistrer'] } as const;
const DECISION_FAVORABLE = { guard: 'decisionFavorable', target: EXECUTION, actions: ['enregistrer', 'noterDecision', 'obtenirTitreDecision'] } as const;
const DECISION_DEFAVORABLE = { guard: valide, target: '#recouvrement.judiciaire.rejetee', actions: ['enregistrer', 'noterDecision'] } as const;
const DECLARATION = { guard: valide, target: 'declaree', actions: ['enregistrer', 'noterDeclaration'] } as const;

/** The type of the event the machine sees in place of a malformed or implausible one. */
const TYPE_INVALIDE = 'EVENEMENT_INVALIDE';

/**
 * Why a well-formed event is implausible for this claim (`null` when it is plausible): an event other than
 * `JOUR` dated before the invoice, a BODACC publication before the opening judgment it publishes
 * (C. com. R622-24 runs from the publication of a judgment that exists), a hold ending before it starts, a
 * promise of payment for a day before the promise.
 */
export function evenementImplausible(ctx: ContexteRecouvrement | undefined, e: EvenementRecouvrement): { champ: string; motif: string } | null {
  const facture = ctx?.creance?.dateFacture;
  if (e.type !== 'JOUR' && typeof facture === 'string' && e.date < facture) return { champ: 'date', motif: `date antérieure à la facture (${facture})` };
  if (e.type === 'SUSPENSION' && e.jusquau < e.date) return { champ: 'jusquau', motif: `fin de la suspension (${e.jusquau}) antérieure à son début (${e.date})` };
  if (e.type === 'PROMESSE_PAIEMENT' && e.datePromise < e.date) return { champ: 'datePromise', motif: `date promise (${e.datePromise}) antérieure à la promesse (${e.date})` };
  if (e.type === 'PROCEDURE_COLLECTIVE_OUVERTE' && e.dateJugement !== undefined && e.dateBodacc < e.dateJugement) {
    return { champ: 'dateBodacc', motif: `publication au BODACC (${e.dateBodacc}) antérieure au jugement d'ouverture (${e.dateJugement})` };
  }
  return null;
}

/**
 * The machine's boundary: what guards and actions see for an event sent to it. A well-formed, plausible
 * event is parsed once (the parse's output is remembered); anything else becomes `EVENEMENT_INVALIDE` with
 * the reason, which the chart records in the dossier (`evenement-non-applique`). Never throws.
 */
function versLaMachine(ctx: ContexteRecouvrement | undefined, e: unknown): EvenementRecouvrement | { type: typeof TYPE_INVALIDE; recu: string | null; date: string | null; motif: string } {
  const o = typeof e === 'object' && e !== null ? (e as { type?: unknown; date?: unknown }) : null;
  let recu: string | null = null;
  let date: string | null = null;
  try {
    recu = typeof o?.type === 'string' ? o.type.slice(0, 100) : null;
    date = typeof o?.date === 'string' ? o.date.slice(0, 30) : null;
    if (o !== null && lus.has(o)) return o as EvenementRecouvrement;
    const r = analyser(evenementSchema, e);
    if (!r.success) {
      const i = r.error.issues[0];
      return { type: TYPE_INVALIDE, recu, date, motif: `événement invalide${i ? ` (${i.path.map(String).join('.') || 'racine'} : ${i.message})` : ''}` };
    }
    const faute = evenementImplausible(ctx, r.data);
    if (faute !== null) return { type: TYPE_INVALIDE, recu, date, motif: `${faute.champ} : ${faute.motif}` };
    lus.add(r.data);
    return r.data;
  } catch (x) {
    return { type: TYPE_INVALIDE, recu, date, motif: `événement illisible (${raison(x)})` };
  }
}

/**
 * The context of an actor whose input (or restored snapshot) was invalid: no claim, the reason in the
 * dossier and in `cloture`. The actor ends in the final state `invalide` instead of `error`.
 */
function contexteInvalide(motif: 'entree-invalide' | 'instantane-invalide', raisonTexte: string): ContexteRecouvrement {
  const date = '1970-01-01';
  return {
    creance: null,
    debiteur: null,
    scenario: null,
    creancierHorsMetropole: false,
    creancierParticulier: false,
    imputation: 'legale',
    ...historiqueVierge(date),
    cloture: { date, motif },
    dossier: [{ date, type: motif, donnees: { raison: raisonTexte.slice(0, 2000) } }],
  } as unknown as ContexteRecouvrement;
}

/**
 * Wraps the machine's entry points so that nothing a host sends or restores makes an actor reach `error`:
 * every event goes through {@link versLaMachine}, and a restored snapshot that `motifInstantaneInvalide`
 * refuses becomes a snapshot in the final state `invalide` with the reason.
 */
function proteger<M extends { transition: (...a: never[]) => unknown; restoreSnapshot: (...a: never[]) => unknown }>(machine: M): M {
  const m = machine as unknown as {
    transition: (s: { context?: ContexteRecouvrement }, e: unknown, scope: unknown) => unknown;
    restoreSnapshot: (s: unknown, scope: unknown) => unknown;
    getInitialSnapshot: (scope: unknown, input: unknown) => unknown;
    root: unknown;
  };
  const transitionBrute = m.transition.bind(machine);
  const restaurerBrut = m.restoreSnapshot.bind(machine);
  const initialBrut = m.getInitialSnapshot.bind(machine);
  // The initial snapshot's eventless steps too: one statement of the claim per date (cache.ts).
  m.getInitialSnapshot = (scope, input) => dansUnePortee(() => initialBrut(scope, input));
  m.transition = (snapshot, event, scope) => {
    const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
    // XState's own stop event passes through; any other event, however hostile, is read at the boundary.
    if (type === 'xstate.stop') return transitionBrute(snapshot, event, scope);
    // One scope per event: its guards and actions share one statement of the claim per date (cache.ts).
    return dansUnePortee(() => transitionBrute(snapshot, versLaMachine(snapshot?.context, event), scope));
  };
  m.restoreSnapshot = (snapshot, scope) => {
    let motif: string | null;
    try {
      motif = motifInstantaneInvalide(snapshot, machine as unknown as MachineRecouvrement);
    } catch (e) {
      motif = raison(e);
    }
    if (motif === null) {
      try {
        return restaurerBrut(snapshot, scope);
      } catch (e) {
        motif = `instantané non restaurable (${raison(e)})`;
      }
    }
    const invalide = { status: 'done', value: 'invalide', historyValue: {}, children: {}, output: undefined, error: undefined, context: contexteInvalide('instantane-invalide', motif) };
    return restaurerBrut(invalide, scope);
  };
  return machine;
}
/** A dispute on part of the claim (`montantConteste`): recorded, the phase does not change. */
const LITIGE_PARTIEL = { guard: 'litigePartiel', actions: 'enregistrer' } as const;
/** E-invoicing outcomes accepted before the judge: 210 / 220 cancel the claim as billed; 225 / 226 hand it to the factor. */
const FACTURATION_ELECTRONIQUE = {
  FACTURE_ANNULEE: ANNULATION,
  AFFACTURAGE: [{ guard: 'affacturee', target: 'affacturee', actions: 'enregistrer' }, { guard: valide, actions: 'enregistrer' }],
  DISTRIBUTION_BLOQUEE: { guard: valide, actions: 'enregistrer' },
} as const;

/**
 * Builds the machine with options (e.g. extended legal tables). {@link machineRecouvrement} is
 * `creerMachineRecouvrement()`. The tables are remembered: a context the machine creates names them
 * (`context.baremes`), and `situationFinanciere` / `prochainesActions` use them without being given them.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `options.baremes` is not a set of legal tables
 *
 * @example
 * ```ts
 * import { creerMachineRecouvrement, type EntreeMachine } from 'recouvrement/machine';
 * import { etendreBaremes, baremesParDefaut } from 'recouvrement';
 * import { createActor } from 'xstate';
 * // the ECB history known up to 1 January 2027 (no change), beyond what this release knows
 * const baremes = etendreBaremes(baremesParDefaut, { bce: { changements: [], connuJusquau: '2027-01-01' } });
 * const machine = creerMachineRecouvrement({ baremes });
 * const entree: EntreeMachine = {
 *   creance: { id: 'F1', numeroFacture: 'F-2026-001', montantTTC: '1200.00', dateFacture: '2026-11-15',
 *     dateEcheance: '2026-12-15', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * };
 * const acteur = createActor(machine, { input: entree }).start();
 * acteur.send({ type: 'JOUR', date: '2027-02-01' });
 * acteur.getSnapshot().status; //=> 'active'
 * ```
 */
export function creerMachineRecouvrement(options: OptionsMachine = {}) {
  const verdict = (ctx: ContexteRecouvrement, e: unknown, procedure: ProcedureJudiciaire): boolean => {
    const p = lireType(e, 'PROCEDURE_ENGAGEE');
    if (p === null || p.procedure !== procedure) return false;
    return verdictProcedure({ ...ctx, dateCourante: max(ctx.dateCourante, p.date) }, procedure, p.date, options).eligible;
  };

  const identite = identiteBaremes(options.baremes);
  const soldes = new WeakMap<ContexteRecouvrement, boolean>();
  const machine = setup({
    types: {
      context: {} as ContexteRecouvrement,
      events: {} as EvenementRecouvrementEntree,
      // `| undefined` so that `createActor(machine, { snapshot })` type-checks without an input; a missing
      // input on a fresh actor is refused at runtime (ENTREE_INVALIDE).
      input: {} as EntreeMachine | undefined,
    },
    guards: gardesTotales({
      /** The event matches its schema. */
      evenementValide: ({ event }) => lire(event) !== null,
      /** The reversal names a payment received (by its reference) and not yet reversed. */
      paiementAnnulable: ({ context, event }) => {
        const e = lireType(event, 'PAIEMENT_ANNULE');
        return e !== null && paiementAAnnuler(context, e.reference, e.date) !== null;
      },
      /** A hold of the reminders runs on the event's day. */
      suspensionEnCours: ({ context, event }) => {
        const e = lire(event);
        return e !== null && suspensionActive(context, e.date);
      },
      /** A partial dispute (`LITIGE_OUVERT` with `montantConteste`) is open: 209 Complétée closes it. */
      litigePartielEnCours: ({ context, event }) => lire(event) !== null && litigePartielOuvert(context) !== null,
      /** The context was built from an invalid input (see {@link contexteInvalide}). */
      contexteInvalide: ({ context }) => context.cloture?.motif === 'entree-invalide',
      /** Principal paid and accessories paid or explicitly waived. */
      plusRienDu: ({ context }) => {
        // Evaluated by several eventless transitions per event: memoised per (immutable) context.
        let r = soldes.get(context);
        if (r === undefined) {
          r = plusRienDu(context, options);
          soldes.set(context, r);
        }
        return r;
      },
      /** The prescription deadline has passed (C. civ. 2219 ff., CPCE L111-4). */
      prescriptionAcquise: ({ context }) => !prescriptionImpossible(context) && apres(context, prescriptionCourante(context).dateLimite),
      /**
       * The due date has passed: the claim is late from the next day (C. com. L441-10 II). An invoice in
       * instalments: an instalment is late (its due date passed, left unpaid; see `premiereEcheanceEnRetard`).
       */
      echeanceDepassee: ({ context }) => premiereEcheanceEnRetard(context, context.dateCourante, options) !== null,
      /** The debtor was already under collective proceedings (with a BODACC date) when the claim entered. */
      procedureCollectiveDansEntree: ({ context }) => context.procedureCollective === null && context.debiteur.procedureCollective?.dateBodacc !== undefined,
      delaiMiseEnDemeureExpire: ({ context }) => apres(context, context.miseEnDemeure?.dateLimite),
      /** An instalment is unpaid beyond the scenario's tolerance: the plan fails. */
      echeancierDefaillant: ({ context }) => suiviEcheancier(context)?.defaillant === true,
      /** Every instalment is paid (something else may remain due). */
      echeancierHonore: ({ context }) => suiviEcheancier(context)?.honore === true,
      /** No mediation or conciliation is open. */
      mediationPossible: ({ context, event }) => lire(event) !== null && context.mediation === null,
      /** A mediation or conciliation is open, and the event does not precede its start. */
      mediationEnCours: ({ context, event }) => {
        const e = lire(event);
        return e !== null && context.mediation !== null && e.date >= context.mediation.date;
      },
      /** Instalments are dated on or after the agreement, in strictly increasing order. */
      echeancierValide: ({ event }) => {
        const e = lireType(event, 'ECHEANCIER_ACCEPTE');
        if (e === null) return false;
        let precedente = e.date;
        for (const [i, l] of e.echeances.entries()) {
          if (i === 0 ? l.date < precedente : l.date <= precedente) return false;
          precedente = l.date;
        }
        return true;
      },
      retourNegociation: ({ context, event }) => lire(event) !== null && context.litige?.retour === 'negociation' && context.echeancier !== null,
      /** A dispute on part of the claim only (`montantConteste`): the undisputed part keeps its course. */
      litigePartiel: ({ event }) => lireType(event, 'LITIGE_OUVERT')?.montantConteste !== undefined,
      /** E-invoicing 202 to 205: the invoice reached the buyer (received, made available, taken in charge, approved). */
      statutDeDistribution: ({ event }) => {
        const code = lireType(event, 'STATUT_FACTURE')?.code;
        return code !== undefined && code >= 202 && code <= 205;
      },
      /** E-invoicing 225 / 226: the invoice is factored. */
      affacturee: ({ event }) => {
        const code = lireType(event, 'AFFACTURAGE')?.code;
        return code === 225 || code === 226;
      },
      /** E-invoicing 228 Non affacturée: the seller collects again. */
      finAffacturage: ({ event }) => lireType(event, 'AFFACTURAGE')?.code === 228,
      /** E-invoicing 228 while a payment plan is open: the plan is followed again (its instalments, its failure or end). */
      finAffacturageEcheancierOuvert: ({ context, event }) => lireType(event, 'AFFACTURAGE')?.code === 228 && context.echeancier !== null,
      procedureSimplifieeEligible: ({ context, event }) => verdict(context, event, 'procedure-simplifiee'),
      injonctionDePayerEligible: ({ context, event }) => verdict(context, event, 'injonction-de-payer'),
      refereProvisionEligible: ({ context, event }) => verdict(context, event, 'refere-provision'),
      assignationAuFondEligible: ({ context, event }) => verdict(context, event, 'assignation-au-fond'),
      /** A titre exécutoire is available for enforcement. */
      titreDisponible: ({ context, event }) => lire(event) !== null && context.titre !== null,
      /** Six months without service, extended to the next working day (CPC 1411, 642 al. 2). */
      delaiSignificationExpire: ({ context }) => {
        const l = context.procedure?.dateLimiteSignification;
        return l != null && apres(context, dernierJourDelai(l, { alsaceMoselle: context.alsaceMoselle === true }));
      },
      /** The opposition month is over, extended to the next working day (CPC 1416, 642 al. 2). */
      delaiOppositionExpire: ({ context }) => {
        const l = context.procedure?.dateLimiteOpposition;
        return l != null && atteint(context, finDeDelaiPrudente(l, { alsaceMoselle: context.alsaceMoselle === true }));
      },
      delaiAccordExpire: ({ context }) => {
        const l = context.procedure?.dateLimiteAccord;
        return l != null && atteint(context, finDeDelaiPrudente(l, { alsaceMoselle: context.alsaceMoselle === true }));
      },
      decisionFavorable: ({ event }) => lireType(event, 'DECISION_RENDUE')?.favorable === true,
      /** Served otherwise than in person: opposition stays open (CPC 1416 al. 2). */
      oppositionEncoreRecevable: ({ context, event }) =>
        lire(event) !== null && context.procedure?.type === 'injonction-de-payer' && context.procedure.signifieeAPersonne === false && context.procedure.dateOpposition === null,
      delaiDeclarationExpire: ({ context }) => apres(context, context.procedureCollective?.dateLimiteDeclaration),
      delaiReleveExpire: ({ context }) => apres(context, context.procedureCollective?.dateLimiteReleve),
    }),
    actions: {
      /** Every accepted event: the machine's date moves forward and the event joins the dossier de preuve. */
      enregistrer: assigner(({ context, event }) => {
        const e = lire(event)!;
        return { dateCourante: max(context.dateCourante, e.date), dossier: [...context.dossier, entree(e)] };
      }),
      /** An event no state took: recorded in the dossier with the reason, nothing else changes. */
      noterNonApplique: assigner(({ context, event }) => {
        const e = event as unknown as { type?: unknown; recu?: unknown; date?: unknown; motif?: unknown };
        const invalide = e.type === TYPE_INVALIDE;
        const type = invalide ? e.recu : e.type;
        const entreeNonAppliquee: EntreeDossier = {
          date: dateDe(context),
          type: 'evenement-non-applique',
          donnees: {
            evenement: typeof type === 'string' ? type.slice(0, 100) : null,
            date: typeof e.date === 'string' ? e.date.slice(0, 30) : null,
            motif: invalide && typeof e.motif === 'string' ? e.motif : "événement non prévu dans cet état, ou condition non remplie",
          },
        };
        return { dossier: [...dossierDe(context), entreeNonAppliquee] };
      }),
      avancerDate: assigner(({ context, event }) => ({ dateCourante: max(context.dateCourante, lire(event)!.date) })),
      noterPaiement: assigner(({ context, event }) => {
        const e = lireType(event, 'PAIEMENT_RECU')!;
        return {
          paiements: [...context.paiements, { date: e.date, montant: e.montant }],
          // A payment acknowledges the debt (C. civ. 2240).
          prescription: [...context.prescription, { type: 'paiement-partiel' as const, date: e.date }],
        };
      }),
      /**
       * A reversed payment stays in the context, marked `annulation: { date, motif }` (situationCreance reads
       * it: a returned debit or bounced cheque as never made, a refund until the refund date). Its
       * acknowledgement of the debt no longer counts: keeping the interruption of prescription (C. civ. 2240)
       * for a payment that did not happen is UNCONFIRMED, so the earlier deadline is kept (the creditor's
       * deadlines are never later than the law's).
       */
      annulerPaiement: assigner(({ context, event }) => contexteAvecAnnulation(context, lireType(event, 'PAIEMENT_ANNULE')!)!),
      suspendre: assigner(({ event }) => {
        const e = lireType(event, 'SUSPENSION')!;
        return { suspension: { date: e.date, jusquau: e.jusquau, motif: e.motif, levee: null } };
      }),
      leverSuspension: assigner(({ context, event }) => ({ suspension: { ...context.suspension!, levee: lire(event)!.date } })),
      noterPromesse: assigner(({ event }) => {
        const e = lireType(event, 'PROMESSE_PAIEMENT')!;
        return { promesse: { date: e.date, montant: e.montant, datePromise: e.datePromise } };
      }),
      noterAvoir: assigner(({ context, event }) => {
        const e = lireType(event, 'AVOIR_EMIS')!;
        return { avoirs: [...context.avoirs, { date: e.date, montant: e.montant }] };
      }),
      noterReconnaissance: assigner(({ context, event }) => ({
        prescription: [...context.prescription, { type: 'reconnaissance' as const, date: lire(event)!.date }],
      })),
      noterRelance: assigner(({ context, event }) => {
        const e = lireType(event, 'RELANCE_ENVOYEE')!;
        const etape = e.etape ?? prochaineEtapeRelance(context, e.date, options)?.id ?? null;
        return { relances: [...context.relances, { date: e.date, canal: e.canal, etape }] };
      }),
      noterMiseEnDemeure: assigner(({ context, event }) => {
        const e = lireType(event, 'MISE_EN_DEMEURE_ENVOYEE')!;
        const delai = e.delaiJours ?? context.scenario.delaiMiseEnDemeureJours;
        const faites = etapesFaites(context);
        const etape = context.scenario.etapes.find((s) => s.type === 'mise-en-demeure' && !faites.has(s.id))?.id ?? null;
        return {
          miseEnDemeure: { date: e.date, dateLimite: formaterDate(lireDate(e.date) + delai) },
          relances: [...context.relances, { date: e.date, canal: e.canal ?? 'lrar', etape }],
          // Recorded for the timeline: a mise en demeure interrupts nothing (Cass. com. 18 mai 2022).
          prescription: [...context.prescription, { type: 'mise-en-demeure' as const, date: e.date }],
        };
      }),
      noterMiseEnDemeureExpiree: assigner(({ context }) => ({
        dossier: note(context, 'delai-mise-en-demeure-expire', { dateLimite: context.miseEnDemeure?.dateLimite ?? null }),
      })),
      ouvrirLitigeAmiable: assigner(({ event }) => ({ litige: litige(event, 'amiable') })),
      ouvrirLitigeNegociation: assigner(({ event }) => ({ litige: litige(event, 'negociation') })),
      /** Mediation or conciliation: prescription is suspended until its end (C. civ. 2238). */
      commencerMediation: assigner(({ context, event }) => {
        const e = lireType(event, 'MEDIATION_DEBUT')!;
        return {
          mediation: { date: e.date, mode: e.mode },
          prescription: [...context.prescription, { type: `${e.mode}-debut` as const, date: e.date }],
        };
      }),
      terminerMediation: assigner(({ context, event }) => ({
        mediation: null,
        prescription: [...context.prescription, { type: `${context.mediation!.mode}-fin` as const, date: lire(event)!.date }],
      })),
      fermerLitige: assign({ litige: null }),
      noterEcheancier: assigner(({ context, event }) => {
        const e = lireType(event, 'ECHEANCIER_ACCEPTE')!;
        return {
          // A plan replacing another ends it the day before.
          ...fermerPlan(context, formaterDate(lireDate(e.date) - 1)),
          echeancier: { date: e.date, echeances: e.echeances.map((l) => ({ date: l.date, montant: l.montant })), penalitesPendantEcheancier: e.penalitesPendantEcheancier },
          litige: null,
          // Agreeing to a plan acknowledges the debt (C. civ. 2240).
          prescription: [...context.prescription, { type: 'reconnaissance' as const, date: e.date }],
        };
      }),
      // The plan's no-accrual days (if its agreement stops penalties) end on the last day of tolerance of the
      // instalment it failed on, or on the day it was paid in full.
      noterEcheancierDefaillant: assigner(({ context }) => ({
        dossier: note(context, 'echeancier-defaillant', { date: context.echeancier?.date ?? null }),
        ...fermerPlan(context, suiviEcheancier(context)?.limiteDefaillance ?? context.dateCourante),
        echeancier: null,
      })),
      noterEcheancierHonore: assigner(({ context }) => ({
        dossier: note(context, 'echeancier-honore', { date: context.echeancier?.date ?? null }),
        ...fermerPlan(context, suiviEcheancier(context)?.dateHonore ?? context.dateCourante),
        echeancier: null,
      })),
      engagerProcedure: assigner(({ context, event }) => {
        const e = lireType(event, 'PROCEDURE_ENGAGEE')!;
        const procedure = procedureVide(e.procedure, e.date);
        const interrompt = e.procedure === 'refere-provision' || e.procedure === 'assignation-au-fond';
        return {
          procedure:
            e.procedure === 'procedure-simplifiee' ? { ...procedure, dateLimiteAccord: dateLimiteProcedureSimplifiee(e.date) } : procedure,
          // A demande en justice, even in référé, interrupts prescription (C. civ. 2241); the injonction de
          // payer only at service of the order.
          prescription: interrompt ? [...context.prescription, { type: 'action-en-justice' as const, date: e.date }] : context.prescription,
        };
      }),
      noterOrdonnance: assigner(({ context, event }) => {
        const e = lireType(event, 'ORDONNANCE_RENDUE')!;
        return { procedure: { ...context.procedure!, dateOrdonnance: e.date, dateLimiteSignification: dateLimiteSignificationInjonction(e.date) } };
      }),
      noterSignification: assigner(({ context, event }) => {
        const e = lireType(event, 'SIGNIFICATION_EFFECTUEE')!;
        return {
          procedure: { ...context.procedure!, dateSignification: e.date, signifieeAPersonne: e.aPersonne, dateLimiteOpposition: dateLimiteOpposition(e.date) },
          // Service of the order interrupts prescription (Cass. 10 juill. 1990, n° 89-13.345).
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterOpposition: assigner(({ context, event }) => ({ procedure: { ...context.procedure!, dateOpposition: lire(event)!.date } })),
      noterDecision: assigner(({ context, event }) => {
        const e = lireType(event, 'DECISION_RENDUE')!;
        return {
          procedure: context.procedure === null ? null : { ...context.procedure, dateDecision: e.date, favorable: e.favorable },
          // The interruption lasts until the end of the instance (C. civ. 2242): a new period runs from it.
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterEchecProcedure: assigner(({ context }) => ({
        dossier: note(context, 'procedure-echouee', { procedure: context.procedure?.type ?? null }),
      })),
      noterOrdonnanceNonAvenue: assigner(({ context }) => ({
        dossier: note(context, 'ordonnance-non-avenue', { dateLimiteSignification: context.procedure?.dateLimiteSignification ?? null }),
      })),
      obtenirTitreInjonction: assigner(({ context }) => {
        const p = context.procedure!;
        return {
          // Conservative start of the ten years: the service of the order (CPCE L111-4).
          titre: { date: p.dateSignification!, origine: 'injonction-de-payer' as const, nature: "ordonnance portant injonction de payer non frappée d'opposition" },
          dossier: note(context, 'titre-executoire', { origine: 'injonction-de-payer', dateLimiteOpposition: p.dateLimiteOpposition }),
        };
      }),
      obtenirTitreDecision: assigner(({ context, event }) => {
        const e = lireType(event, 'DECISION_RENDUE')!;
        const origine = context.procedure?.dateOpposition != null ? ('opposition' as const) : (context.procedure?.type ?? 'assignation-au-fond');
        const nature = origine === 'refere-provision' ? 'ordonnance de référé-provision' : 'jugement';
        return { titre: { date: e.date, origine, nature } };
      }),
      obtenirTitreAccord: assigner(({ context, event }) => {
        const e = lireType(event, 'ACCORD_DEBITEUR')!;
        return {
          titre: { date: e.date, origine: 'procedure-simplifiee' as const, nature: 'titre exécutoire du commissaire de justice (CPCE L111-3 5°)' },
          prescription: [...context.prescription, { type: 'reconnaissance' as const, date: e.date }],
        };
      }),
      noterMesure: assigner(({ context, event }) => {
        const e = lireType(event, 'MESURE_EXECUTION')!;
        return { mesures: [...context.mesures, { date: e.date, mesure: e.mesure }], dateCarence: null };
      }),
      noterCarence: assigner(({ event }) => ({ dateCarence: lire(event)!.date })),
      ouvrirProcedureCollective: assigner(({ context, event }) => {
        const e = lireType(event, 'PROCEDURE_COLLECTIVE_OUVERTE')!;
        return {
          procedureCollective: procedureCollective(context, e.procedure ?? null, e.dateJugement ?? e.date, e.dateBodacc),
          litige: null,
          ...fermerPlan(context, e.date),
          echeancier: null,
        };
      }),
      ouvrirProcedureCollectiveDepuisEntree: assigner(({ context }) => {
        const pc = context.debiteur.procedureCollective!;
        return {
          procedureCollective: procedureCollective(context, pc.type, pc.dateJugement, pc.dateBodacc!),
          dossier: note(context, 'procedure-collective-connue', { dateJugement: pc.dateJugement, dateBodacc: pc.dateBodacc! }),
        };
      }),
      noterDeclaration: assigner(({ context, event }) => {
        const e = lireType(event, 'DECLARATION_CREANCE_ENVOYEE')!;
        const s = situationFinanciere(context, max(context.dateCourante, e.date), options);
        return {
          procedureCollective: {
            ...context.procedureCollective!,
            dateDeclaration: e.date,
            // Default: principal and accessories due at the opening (interest stopped, L622-28).
            montantDeclare: e.montant ?? formaterEuros(lireEuros(s.principalDu) + lireEuros(s.accessoiresDus)),
          },
          // The declaration interrupts prescription until the proceedings close (infogreffe).
          prescription: [...context.prescription, { type: 'action-en-justice' as const, date: e.date }],
        };
      }),
      noterForclusion: assigner(({ context }) => ({
        procedureCollective: { ...context.procedureCollective!, dateForclusion: context.dateCourante },
        dossier: note(context, 'forclusion', { dateLimiteDeclaration: context.procedureCollective?.dateLimiteDeclaration ?? null }),
      })),
      noterReleve: assigner(({ context, event }) => ({
        procedureCollective: { ...context.procedureCollective!, dateReleve: lire(event)!.date },
      })),
      noterForclusionDefinitive: assigner(({ context }) => ({
        dossier: note(context, 'forclusion-definitive', { dateLimiteReleve: context.procedureCollective?.dateLimiteReleve ?? null }),
      })),
      abandonnerAccessoires: assigner(({ context, event }) => {
        const e = lireType(event, 'ACCESSOIRES_ABANDONNES')!;
        // The amount waived: the accessories accrued at that date, less what payments beyond the principal
        // covered (from the waiver on, payments go to the principal first).
        const s = situationFinanciere({ ...context, accessoiresAbandonnes: null, imputation: 'principal-d-abord' }, max(context.dateCourante, e.date), options);
        return {
          accessoiresAbandonnes: { date: e.date, montant: s.accessoiresConnus ? s.accessoiresDus : null, motif: e.motif ?? null },
        };
      }),
      cloturer: assigner(({ context, event }) => {
        const e = lire(event);
        const motif =
          e === null
            ? 'solde'
            : e.type === 'PASSAGE_EN_PERTE'
              ? 'passage-en-perte'
              : e.type === 'CLOTURE_INSUFFISANCE_ACTIF'
                ? 'insuffisance-actif'
                : e.type === 'FACTURE_REJETEE'
                  ? 'facture-rejetee'
                  : e.type === 'FACTURE_ANNULEE'
                    ? e.code === 210
                      ? 'facture-refusee'
                      : 'facture-annulee'
                  : 'solde';
        return { cloture: { date: context.dateCourante, motif } };
      }),
      noterSolde: assigner(({ context }) => ({
        cloture: { date: context.dateCourante, motif: 'solde' },
        dossier: note(context, 'soldee', { situation: situationFinanciere(context, context.dateCourante, options) as unknown as { [k: string]: Json } }),
      })),
      noterPrescription: assigner(({ context }) => {
        const p = prescriptionCourante(context);
        return {
          cloture: { date: context.dateCourante, motif: 'prescription' },
          dossier: note(context, 'prescription-acquise', { dateLimite: p.dateLimite, references: [...p.references] }),
        };
      }),
    },
  }).createMachine({
    id: 'recouvrement',
    context: ({ input }) => {
      try {
        return { ...contexteInitial(input as EntreeMachine), baremes: identite };
      } catch (e) {
        // Never an actor in `error`: the input's fault is recorded and the actor ends in `invalide`.
        return contexteInvalide('entree-invalide', e instanceof RecouvrementError ? e.message : raison(e));
      }
    },
    initial: 'amiable',
    on: {
      JOUR: { guard: 'evenementValide', actions: 'avancerDate' },
      // Whatever no state takes (a malformed or implausible event, or one the phase cannot take) is recorded.
      '*': { actions: 'noterNonApplique' },
    },
    states: {
      amiable: {
        meta: agir('prescription', 'reclamer-accessoires', 'suivre-mediation'),
        initial: 'aEchoir',
        always: [
          { guard: 'contexteInvalide', target: '#recouvrement.invalide' },
          SOLDE,
          { guard: 'procedureCollectiveDansEntree', target: 'procedureCollective', actions: 'ouvrirProcedureCollectiveDepuisEntree' },
          PRESCRIPTION,
        ],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          ...AMIABLE,
          LITIGE_OUVERT: [LITIGE_PARTIEL, { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeAmiable'] }],
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          PROCEDURE_ENGAGEE: [
            { guard: 'procedureSimplifieeEligible', target: 'judiciaire.procedureSimplifiee', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'injonctionDePayerEligible', target: 'judiciaire.injonctionDePayer', actions: ['enregistrer', 'engagerProcedure'] },
            { guard: 'refereProvisionEligible', target: 'judiciaire.refereProvision', actions: ['enregistrer', 'engagerProcedure'] },
            ASSIGNATION,
          ],
          EXECUTION_ENGAGEE: { guard: 'titreDisponible', target: 'execution', actions: 'enregistrer' },
          FACTURE_REJETEE: ANNULATION,
          ...FACTURATION_ELECTRONIQUE,
          DISTRIBUTION_BLOQUEE: { guard: valide, target: 'nonDistribuee', actions: 'enregistrer' },
        },
        states: {
          aEchoir: {
            meta: agir('rappel'),
            always: { guard: 'echeanceDepassee', target: 'relances' },
          },
          relances: {
            meta: agir('relance'),
            on: { MISE_EN_DEMEURE_ENVOYEE: MISE_EN_DEMEURE },
          },
          miseEnDemeure: {
            meta: agir('fin-delai-mise-en-demeure'),
            always: { guard: 'delaiMiseEnDemeureExpire', target: 'escalade', actions: 'noterMiseEnDemeureExpiree' },
            on: { MISE_EN_DEMEURE_ENVOYEE: { ...MISE_EN_DEMEURE, reenter: true } },
          },
          escalade: {
            meta: agir('engager-procedure'),
            on: { MISE_EN_DEMEURE_ENVOYEE: MISE_EN_DEMEURE },
          },
          historique: { type: 'history', history: 'shallow' },
        },
      },
      negociation: {
        meta: agir('echeance-echeancier', 'prescription', 'reclamer-accessoires', 'suivre-mediation'),
        always: [
          SOLDE,
          { guard: 'echeancierDefaillant', target: 'amiable.escalade', actions: 'noterEcheancierDefaillant' },
          { guard: 'echeancierHonore', target: 'amiable.historique', actions: 'noterEcheancierHonore' },
          PRESCRIPTION,
        ],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          ...AMIABLE,
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', reenter: true, actions: ['enregistrer', 'noterEcheancier'] },
          LITIGE_OUVERT: [LITIGE_PARTIEL, { guard: 'evenementValide', target: 'litige', actions: ['enregistrer', 'ouvrirLitigeNegociation'] }],
          ...FACTURATION_ELECTRONIQUE,
        },
      },
      litige: {
        meta: agir('traiter-litige', 'prescription', 'reclamer-accessoires', 'suivre-mediation'),
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          MEDIATION_DEBUT: AMIABLE.MEDIATION_DEBUT,
          LITIGE_RESOLU: [
            { guard: 'retourNegociation', target: 'negociation', actions: ['enregistrer', 'fermerLitige'] },
            { guard: 'evenementValide', target: 'amiable.historique', actions: ['enregistrer', 'fermerLitige'] },
          ],
          LITIGE_OUVERT: { guard: 'evenementValide', actions: 'enregistrer' },
          ECHEANCIER_ACCEPTE: { guard: 'echeancierValide', target: 'negociation', actions: ['enregistrer', 'noterEcheancier'] },
          // A disputed claim goes to the judge of the merits; the summary procedures need an uncontested claim.
          PROCEDURE_ENGAGEE: { ...ASSIGNATION, actions: ['enregistrer', 'fermerLitige', 'engagerProcedure'] },
          FACTURE_REJETEE: ANNULATION,
          ...FACTURATION_ELECTRONIQUE,
        },
      },
      // E-invoicing 221 Erreur de routage / 501 Irrecevable: the invoice did not reach the buyer; no reminders
      // until a delivery status (202 to 205) arrives. Prescription keeps running.
      nonDistribuee: {
        meta: agir('verifier-distribution', 'prescription', 'reclamer-accessoires', 'suivre-mediation'),
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          STATUT_FACTURE: [{ guard: 'statutDeDistribution', target: 'amiable.historique', actions: 'enregistrer' }, FAITS.STATUT_FACTURE],
          // A dispute from the buyer shows the invoice reached it.
          LITIGE_OUVERT: [LITIGE_PARTIEL, { guard: valide, target: 'litige', actions: ['enregistrer', 'ouvrirLitigeAmiable'] }],
          FACTURE_REJETEE: ANNULATION,
          ...FACTURATION_ELECTRONIQUE,
        },
      },
      // E-invoicing 225 / 226: the factor collects; the seller sends no reminders. 228 Non affacturée: back.
      affacturee: {
        meta: agir('suivi-affacturage', 'prescription', 'reclamer-accessoires', 'suivre-mediation'),
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          LITIGE_OUVERT: { guard: valide, actions: 'enregistrer' },
          FACTURE_ANNULEE: ANNULATION,
          // 228 Non affacturée: back to the plan when one is open (followed, failed or honoured only in
          // `negociation`), else to the amicable step the claim had reached.
          AFFACTURAGE: [
            { guard: 'finAffacturageEcheancierOuvert', target: 'negociation', actions: 'enregistrer' },
            { guard: 'finAffacturage', target: 'amiable.historique', actions: 'enregistrer' },
            { guard: valide, actions: 'enregistrer' },
          ],
        },
      },
      judiciaire: {
        meta: agir('reclamer-accessoires', 'suivre-mediation'),
        // Always entered through an explicit procedure; the initial state is only a formal requirement.
        initial: 'assignationAuFond',
        always: [SOLDE],
        on: { ...FAITS, ...AVANT_PROCEDURE_COLLECTIVE },
        states: {
          injonctionDePayer: {
            initial: 'requete',
            states: {
              // The request does not interrupt prescription: only the service does.
              requete: {
                meta: agir('prescription'),
                always: PRESCRIPTION_ETAPE,
                on: {
                  ORDONNANCE_RENDUE: { guard: 'evenementValide', target: 'ordonnance', actions: ['enregistrer', 'noterOrdonnance'] },
                  REQUETE_REJETEE: { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterEchecProcedure'] },
                },
              },
              ordonnance: {
                meta: agir('signifier-ordonnance', 'prescription'),
                always: [{ guard: 'delaiSignificationExpire', target: ESCALADE, actions: 'noterOrdonnanceNonAvenue' }, PRESCRIPTION_ETAPE],
                on: {
                  SIGNIFICATION_EFFECTUEE: { guard: 'evenementValide', target: 'signifiee', actions: ['enregistrer', 'noterSignification'] },
                },
              },
              signifiee: {
                meta: agir('fin-delai-opposition'),
                always: { guard: 'delaiOppositionExpire', target: EXECUTION, actions: 'obtenirTitreInjonction' },
                on: {
                  OPPOSITION_FORMEE: { guard: 'evenementValide', target: 'opposition', actions: ['enregistrer', 'noterOpposition'] },
                },
              },
              opposition: {
                meta: agir(),
                on: { DECISION_RENDUE: [DECISION_FAVORABLE, DECISION_DEFAVORABLE] },
              },
            },
          },
          procedureSimplifiee: {
            initial: 'invitation',
            states: {
              invitation: {
                meta: agir('fin-procedure-simplifiee', 'prescription'),
                always: [{ guard: 'delaiAccordExpire', target: ESCALADE, actions: 'noterEchecProcedure' }, PRESCRIPTION_ETAPE],
                on: {
                  ACCORD_DEBITEUR: { guard: 'evenementValide', target: EXECUTION, actions: ['enregistrer', 'obtenirTitreAccord'] },
                  REFUS_DEBITEUR: { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterEchecProcedure'] },
                },
              },
            },
          },
          refereProvision: {
            initial: 'instance',
            states: {
              instance: {
                meta: agir(),
                on: {
                  DECISION_RENDUE: [
                    DECISION_FAVORABLE,
                    // Provision refused (the obligation is seriously contestable): the merits remain open.
                    { guard: 'evenementValide', target: ESCALADE, actions: ['enregistrer', 'noterDecision'] },
                  ],
                },
              },
            },
          },
          assignationAuFond: {
            initial: 'instance',
            states: {
              instance: {
                meta: agir(),
                on: { DECISION_RENDUE: [DECISION_FAVORABLE, DECISION_DEFAVORABLE] },
              },
            },
          },
          // The claim was rejected on the merits: an appeal decision may still reverse it.
          rejetee: {
            meta: agir('decider-suite-rejet'),
            on: { DECISION_RENDUE: DECISION_FAVORABLE },
          },
        },
      },
      execution: {
        meta: agir('prescription', 'reclamer-accessoires', 'suivre-mediation'),
        initial: 'titre',
        always: [SOLDE, PRESCRIPTION],
        on: {
          ...FAITS,
          ...AVANT_PROCEDURE_COLLECTIVE,
          MESURE_EXECUTION: { guard: 'evenementValide', target: '.mesures', actions: ['enregistrer', 'noterMesure'] },
          PV_CARENCE: { guard: 'evenementValide', target: '.carence', actions: ['enregistrer', 'noterCarence'] },
          OPPOSITION_FORMEE: { guard: 'oppositionEncoreRecevable', target: 'judiciaire.injonctionDePayer.opposition', actions: ['enregistrer', 'noterOpposition'] },
        },
        states: {
          titre: { meta: agir('mandater-commissaire-de-justice') },
          mesures: { meta: agir() },
          carence: { meta: agir('passage-en-perte-carence') },
        },
      },
      procedureCollective: {
        meta: agir('reclamer-accessoires', 'suivre-mediation'),
        initial: 'declarationAFaire',
        always: [SOLDE],
        on: {
          ...FAITS,
          CLOTURE_INSUFFISANCE_ACTIF: { guard: 'evenementValide', target: 'irrecouvrable', actions: ['enregistrer', 'cloturer'] },
        },
        states: {
          declarationAFaire: {
            meta: agir('declaration-de-creance'),
            always: { guard: 'delaiDeclarationExpire', target: 'forclose', actions: 'noterForclusion' },
            on: { DECLARATION_CREANCE_ENVOYEE: DECLARATION },
          },
          declaree: { meta: agir() },
          forclose: {
            meta: agir('releve-de-forclusion'),
            always: { guard: 'delaiReleveExpire', target: 'forclusionDefinitive', actions: 'noterForclusionDefinitive' },
            on: {
              RELEVE_DE_FORCLUSION_DEMANDE: { guard: 'evenementValide', target: 'releveDemande', actions: 'enregistrer' },
            },
          },
          releveDemande: {
            meta: agir(),
            on: {
              RELEVE_DE_FORCLUSION_ACCORDE: { guard: 'evenementValide', target: 'releve', actions: ['enregistrer', 'noterReleve'] },
              RELEVE_DE_FORCLUSION_REFUSE: { guard: 'evenementValide', target: 'forclusionDefinitive', actions: 'enregistrer' },
            },
          },
          releve: {
            meta: agir('declaration-apres-releve'),
            on: { DECLARATION_CREANCE_ENVOYEE: DECLARATION },
          },
          forclusionDefinitive: { meta: agir('passage-en-perte-forclusion') },
        },
      },
      soldee: { type: 'final' },
      irrecouvrable: { type: 'final' },
      prescrite: { type: 'final' },
      annulee: { type: 'final' },
      /** The input (or a restored snapshot) was not a valid claim: the reason is in the dossier. */
      invalide: { type: 'final' },
    },
  });
  return proteger(machine);
}

/**
 * The recovery lifecycle machine (default legal tables). Input: `{ creance, debiteur, scenario?, date? }`.
 *
 * @example
 * ```ts
 * import { machineRecouvrement, type EntreeMachine } from 'recouvrement/machine';
 * import { createActor } from 'xstate';
 * const entree: EntreeMachine = {
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * };
 * const acteur = createActor(machineRecouvrement, { input: entree }).start();
 * acteur.send({ type: 'JOUR', date: '2025-03-20' });
 * acteur.getSnapshot().value; //=> { amiable: 'relances' }
 * // the snapshot is plain JSON: store it, read it back, carry on
 * const json = JSON.stringify(acteur.getPersistedSnapshot());
 * const repris = createActor(machineRecouvrement, { snapshot: JSON.parse(json) }).start();
 * repris.getSnapshot().value; //=> { amiable: 'relances' }
 * ```
 */
export const machineRecouvrement = /*@__PURE__*/ creerMachineRecouvrement();

/** The machine's type. */
export type MachineRecouvrement = typeof machineRecouvrement;
