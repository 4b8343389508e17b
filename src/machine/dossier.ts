/**
 * The host API over pure snapshots: one dossier per claim, plain JSON, stored by the host between runs
 * (nightly, for years). `creerDossier` validates and opens it; `avancerDossier` validates a batch of events
 * and applies all of them or none; `lireDossier` refuses a dossier that cannot be trusted and migrates one
 * written by an older release.
 *
 * A dossier is the machine's persisted snapshot (`status`, `value`, `context`, …) plus `format` and
 * `version`: `prochainesActions(dossier, date)` and `createActor(machine, { snapshot: dossier })` take it as
 * it is. Its context names the legal tables it is computed with (`context.baremes`: the last day they cover
 * and a fingerprint) and holds its own copy of its scenario.
 *
 * Facts the state cannot take are never dropped. While the claim is open, the machine records them in the
 * dossier de preuve (`evenement-non-applique`, with the reason). Once it is closed (a final state of the
 * machine: the API's `soldee`, `irrecouvrable`, `prescrite`, `annulee`), a payment or a credit note is still
 * recorded in the context — the situation shows it — with its qualification:
 * - after `irrecouvrable` (write-off, or collective proceedings closed for lack of assets): a recovery on a
 *   written-off claim (`recouvrement-apres-perte`). A write-off is the creditor's own decision; it does not
 *   extinguish the debt, and the payment is owed to the creditor. The dossier stays closed: to resume
 *   recovery, open a new dossier on what remains due.
 * - after `soldee`: a payment beyond what was due (`trop-percu`), to refund or allocate.
 * - after `annulee` (the invoice was rejected): a payment on a cancelled invoice (`paiement-facture-annulee`),
 *   to refund or allocate to the corrected invoice.
 * - after `prescrite`: recorded (`paiement-apres-prescription`); what it implies (whether the debtor can
 *   claim it back, whether it renounces the prescription) is NOT modelled (UNCONFIRMED).
 * A payment reversed after closure (`PAIEMENT_ANNULE`) is marked reversed on the payment
 * (`paiement-annule-apres-cloture`); after `soldee`, when something is due again, it REOPENS the dossier —
 * the one fact that changes the outcome, since the reversed payment never paid the debt (C. civ. 1342):
 * recovery resumes in the phase the context shows (see `rouvrir`). The raw machine keeps `soldee` final.
 * Any other event after closure is recorded as `evenement-non-applique` (motif `dossier clos`).
 */
import { createActor, type AnyMachineSnapshot, type StateValue } from 'xstate';
import type { Baremes } from '../baremes/types.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, entreeInvalide } from '../socle/erreurs.js';
import { analyser } from './champs.js';
import { construitDansLaPortee, dansUnePortee } from './cache.js';
import { contexteInitial, type ContexteRecouvrement, type EntreeDossier, type EntreeMachine, type Json } from './contexte.js';
import { evenementSchema, type EvenementRecouvrement } from './evenements.js';
import { baremesDeIdentite, identiteBaremes, type IdentiteBaremes } from './identiteBaremes.js';
import { contexteAvecAnnulation, creerMachineRecouvrement, evenementImplausible, machineRecouvrement, marquerLu, type MachineRecouvrement } from './machineRecouvrement.js';
import { prochainesActions, type ActionDue } from './prochainesActions.js';
import { plusRienDu, situationFinanciere, type SituationFinanciere } from './situation.js';
import { instantanesVerifies, montrer, motifInstantaneInvalide } from './validation.js';

/**
 * The `format` of a dossier.
 *
 * @example
 * ```ts
 * import { FORMAT_DOSSIER } from 'recouvrement/machine';
 * FORMAT_DOSSIER; //=> 'recouvrement/dossier'
 * ```
 */
export const FORMAT_DOSSIER = 'recouvrement/dossier';
/**
 * The version of the dossiers this release writes, and the latest it reads (older ones are migrated by
 * {@link lireDossier}).
 *
 * @example
 * ```ts
 * import { VERSION_DOSSIER } from 'recouvrement/machine';
 * VERSION_DOSSIER; //=> 2
 * ```
 */
export const VERSION_DOSSIER = 2;

/**
 * A recovery dossier: the machine's persisted snapshot plus `format` and `version`. Plain JSON.
 * - `value`, `status`: the state (`status` is `done` in a final state);
 * - `context`: the claim, the debtor, the scenario (the dossier's own copy), what events added, the legal
 *   tables' identity (`baremes`) and the dossier de preuve (`dossier`);
 * - `historyValue`, `children`: XState's bookkeeping, kept as written.
 */
export interface Dossier {
  readonly format: typeof FORMAT_DOSSIER;
  readonly version: typeof VERSION_DOSSIER;
  readonly status: 'active' | 'done';
  readonly value: StateValue;
  readonly context: ContexteRecouvrement;
  readonly historyValue?: Json;
  readonly children?: Json;
  readonly output?: Json;
  readonly error?: Json;
}

/** Options of {@link creerDossier}. */
export interface OptionsCreerDossier {
  /** Legal tables (default `baremesParDefaut`): the dossier remembers their identity. */
  readonly baremes?: Baremes;
}

/** Options of {@link avancerDossier}. */
export interface OptionsAvancerDossier {
  /** Today: no event may be dated after it; the machine's time is moved to it (`JOUR`) after the events. */
  readonly aujourdhui: DateISO;
  /**
   * Legal tables. Default: those the dossier names (known to this process), or the shipped ones when they
   * cover at least as far. Tables other than the dossier's are a change, recorded in the dossier
   * (`baremes-changes`); tables covering less far than the dossier's are refused.
   */
  readonly baremes?: Baremes;
}

/** What {@link avancerDossier} returns. */
export interface DossierAvance {
  readonly dossier: Dossier;
  /** The actions due or upcoming at `aujourdhui` (`prochainesActions`). */
  readonly actions: ActionDue[];
  /** What is owed at `aujourdhui` (`situationFinanciere`, computed by `situationCreance`). */
  readonly situation: SituationFinanciere;
}

const machines = new WeakMap<Baremes, MachineRecouvrement>();
/** The machine for some tables (one per tables object). */
function machinePour(baremes: Baremes | undefined): MachineRecouvrement {
  if (baremes === undefined) return machineRecouvrement;
  identiteBaremes(baremes); // ENTREE_INVALIDE for anything but legal tables
  let m = machines.get(baremes);
  if (m === undefined) {
    m = creerMachineRecouvrement({ baremes });
    machines.set(baremes, m);
  }
  return m;
}

const copie = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function versDossier(persiste: unknown): Dossier {
  return { format: FORMAT_DOSSIER, version: VERSION_DOSSIER, ...(copie(persiste) as Omit<Dossier, 'format' | 'version'>) };
}

/**
 * Opens the dossier of a claim: validates the claim, the debtor and the scenario (the default scenario for
 * the debtor when none is given), and returns the machine's initial snapshot as a plain-JSON dossier.
 *
 * @param entree - `{ creance, debiteur, scenario?, date?, imputation?, creancierHorsMetropole?, creancierParticulier? }`
 * @param options - legal tables (their identity is remembered in the dossier)
 * @returns the dossier (version {@link VERSION_DOSSIER})
 * @throws {RecouvrementError} `ENTREE_INVALIDE` with the path of the bad field (`['creance', 'montantTTC']`…)
 * @example
 * ```ts
 * import { creerDossier } from 'recouvrement/machine';
 * const dossier = creerDossier({
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * });
 * dossier.version; //=> 2
 * dossier.value; //=> { amiable: 'aEchoir' }
 * dossier.context.scenario.id; //=> 'pme'
 * ```
 */
export function creerDossier(entree: EntreeMachine, options: OptionsCreerDossier = {}): Dossier {
  if (typeof options !== 'object' || options === null) entreeInvalide(['options'], 'objet attendu', 'invalid_type');
  // Synchronous validation: bad input throws here, never an actor in `error`.
  contexteInitial(entree);
  const machine = machinePour(options.baremes);
  // The actor computes the initial snapshot once (`initialTransition` also builds an inert actor, whose
  // own initial snapshot is computed and thrown away); it is never started.
  const s = createActor(machine, { input: entree }).getSnapshot();
  return versDossier(machine.getPersistedSnapshot(s));
}

/** The error of an invalid event of a batch, with its index and field. */
function evenementRefuse(i: number, chemin: readonly PropertyKey[], message: string): never {
  const lieu = ['evenements', i, ...chemin];
  throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `Événement n° ${i} refusé (${chemin.map(String).join('.') || 'racine'} : ${message}) : aucun événement appliqué`, [
    { code: 'invalid_value', path: lieu, message },
  ]);
}

const QUALIFICATION: Record<string, string> = {
  irrecouvrable: 'recouvrement-apres-perte',
  soldee: 'trop-percu',
  annulee: 'paiement-facture-annulee',
  prescrite: 'paiement-apres-prescription',
};

/** A fact arriving after the dossier closed: recorded in the context (see the module comment). */
function apresCloture(ctx: ContexteRecouvrement, etat: string, e: EvenementRecouvrement): ContexteRecouvrement {
  const dateCourante = e.date > ctx.dateCourante ? e.date : ctx.dateCourante;
  const noter = (type: string, donnees: { [k: string]: Json }): EntreeDossier[] => [...ctx.dossier, { date: e.date, type, donnees }];
  if (e.type === 'JOUR') return { ...ctx, dateCourante };
  if (e.type === 'PAIEMENT_ANNULE') {
    const annule = contexteAvecAnnulation(ctx, e);
    if (annule !== null) {
      return {
        ...ctx,
        ...annule,
        dateCourante,
        dossier: noter('paiement-annule-apres-cloture', { etat, reference: e.reference, motif: e.motif, ...(e.libelle !== undefined ? { libelle: e.libelle } : {}) }),
      };
    }
  }
  if (e.type === 'PAIEMENT_RECU') {
    return {
      ...ctx,
      dateCourante,
      paiements: [...ctx.paiements, { date: e.date, montant: e.montant }],
      dossier: noter('paiement-apres-cloture', {
        etat,
        qualification: QUALIFICATION[etat] ?? 'paiement-apres-cloture',
        montant: e.montant,
        reference: e.reference ?? null,
      }),
    };
  }
  if (e.type === 'AVOIR_EMIS') {
    return {
      ...ctx,
      dateCourante,
      avoirs: [...ctx.avoirs, { date: e.date, montant: e.montant }],
      dossier: noter('avoir-apres-cloture', { etat, montant: e.montant, reference: e.reference ?? null }),
    };
  }
  return { ...ctx, dateCourante, dossier: noter('evenement-non-applique', { evenement: e.type, date: e.date, motif: `dossier clos (${etat})` }) };
}

/** The tables to use and, when they differ from the dossier's, the new identity to record. */
function tablesDuDossier(ctx: ContexteRecouvrement, donnees: Baremes | undefined): { baremes: Baremes; change: IdentiteBaremes | null } {
  const avant = ctx.baremes ?? identiteBaremes();
  if (donnees !== undefined) {
    const apres = identiteBaremes(donnees);
    if (apres.empreinte === avant.empreinte) return { baremes: donnees, change: null };
    if (apres.connuJusquau < avant.connuJusquau) {
      entreeInvalide(['options', 'baremes'], `barèmes connus jusqu'au ${apres.connuJusquau}, moins loin que ceux du dossier (${avant.connuJusquau})`);
    }
    return { baremes: donnees, change: apres };
  }
  const connues = baremesDeIdentite(avant);
  if (connues !== undefined) return { baremes: connues, change: null };
  const livrees = identiteBaremes();
  if (livrees.connuJusquau < avant.connuJusquau) {
    throw new RecouvrementError(
      CODES_ERREUR.BAREME_MANQUANT,
      `Le dossier est calculé avec des barèmes étendus (connus jusqu'au ${avant.connuJusquau}, empreinte ${avant.empreinte}) : passez-les dans options.baremes`,
    );
  }
  return { baremes: baremesDeIdentite(undefined)!, change: livrees };
}

/**
 * Applies a batch of events to a dossier, then moves its time to `aujourdhui`, and returns the new dossier
 * with the actions due and the situation. Atomic: the dossier and every event are validated first; an
 * invalid event, one dated after `aujourdhui`, or an implausible one (before the invoice, a BODACC
 * publication before the judgment) throws and nothing is applied — keep the batch, fix it, send it again.
 * Events are applied in date order (stable for one date); a fact the state cannot take is recorded, never
 * dropped (see the module comment). The dossier given is not modified.
 *
 * @param dossier - a dossier (or its JSON text), read with {@link lireDossier}
 * @param evenements - the events since the last run, in any order
 * @param options - `aujourdhui`, and the legal tables
 * @returns `{ dossier, actions, situation }`
 * @throws {RecouvrementError} `DOSSIER_INVALIDE` for a dossier that cannot be trusted; `ENTREE_INVALIDE`
 * with the path `['evenements', i, champ]` for the first bad event (nothing applied), or `['options', …]`;
 * `BAREME_MANQUANT` when the dossier names extended tables this process was not given
 * @example
 * ```ts
 * import { avancerDossier, creerDossier } from 'recouvrement/machine';
 * const dossier = creerDossier({
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * });
 * const r = avancerDossier(dossier, [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }], { aujourdhui: '2025-03-01' });
 * r.dossier.value; //=> { amiable: 'relances' }
 * r.situation.principalDu; //=> '1200.00'
 * r.actions[0]?.type; //=> 'appel'
 * avancerDossier(dossier, [{ type: 'PAIEMENT_RECU', date: '2025-03-02', montant: '12,50' }], { aujourdhui: '2025-03-01' });
 * //=> throws RecouvrementError { code: 'ENTREE_INVALIDE', issues: [{ path: ['evenements', 0, 'montant'], … }] }
 * ```
 */
export function avancerDossier(dossier: Dossier | string, evenements: readonly unknown[], options: OptionsAvancerDossier): DossierAvance {
  // One scope for the whole call: the machine, the actions due and the situation returned share one
  // statement of the claim per context and date (cache.ts).
  return dansUnePortee(() => avancer(dossier, evenements, options));
}

function avancer(dossier: Dossier | string, evenements: readonly unknown[], options: OptionsAvancerDossier): DossierAvance {
  const d = lireDossier(dossier);
  if (typeof options !== 'object' || options === null) entreeInvalide(['options'], '{ aujourdhui } attendu', 'invalid_type');
  lireDate(options.aujourdhui, ['options', 'aujourdhui']);
  const aujourdhui = options.aujourdhui;
  if (aujourdhui < d.context.dateCourante) entreeInvalide(['options', 'aujourdhui'], `antérieure à la date du dossier (${d.context.dateCourante})`);
  if (!Array.isArray(evenements)) entreeInvalide(['evenements'], 'tableau attendu', 'invalid_type');
  const { baremes, change } = tablesDuDossier(d.context, options.baremes);

  // 1. Validate everything before applying anything.
  const lus: EvenementRecouvrement[] = [];
  for (let i = 0; i < evenements.length; i++) {
    const r = analyser(evenementSchema, evenements[i]);
    if (!r.success) {
      const issue = r.error.issues[0];
      evenementRefuse(i, issue?.path ?? [], issue?.message ?? 'événement invalide');
    }
    const e = r.data;
    if (e.date > aujourdhui) evenementRefuse(i, ['date'], `daté du ${e.date}, après aujourd'hui (${aujourdhui})`);
    if (e.type === 'PROCEDURE_COLLECTIVE_OUVERTE' && e.dateBodacc > aujourdhui) evenementRefuse(i, ['dateBodacc'], `publication au BODACC datée après aujourd'hui (${aujourdhui})`);
    const faute = evenementImplausible(d.context, e);
    if (faute !== null) evenementRefuse(i, [faute.champ], faute.motif);
    lus.push(marquerLu(e));
  }
  const ordre = lus.map((e, i) => ({ e, i })).sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i));

  // 2. Apply (the machine is total: nothing below throws on validated input).
  const machine = machinePour(baremes);
  let ctxDepart: ContexteRecouvrement = d.context;
  if (change !== null) {
    ctxDepart = {
      ...ctxDepart,
      baremes: change,
      dossier: [...ctxDepart.dossier, { date: ctxDepart.dateCourante, type: 'baremes-changes', donnees: { avant: (ctxDepart.baremes ?? identiteBaremes()) as unknown as Json, apres: change as unknown as Json } }],
    };
  }
  const verifie = { ...d, context: ctxDepart };
  // Checked by lireDossier above: the restore does not check it again.
  instantanesVerifies.add(verifie);
  // One actor for the whole batch (never stopped: no timer, no child; the garbage collector takes it), the
  // same `machine.transition` per event as XState's pure `transition()`, which builds an inert actor — and
  // with it the machine's initial snapshot — at every call. An error handler: even an actor in `error`
  // (impossible: the machine is total) never rethrows asynchronously; its error is thrown here.
  let acteur = createActor(machine, { snapshot: verifie as never });
  acteur.subscribe({ error: () => undefined });
  let s: AnyMachineSnapshot = acteur.getSnapshot() as AnyMachineSnapshot;
  // Defensive: a snapshot XState itself cannot restore is restored as `invalide` with the reason.
  if (s.value === 'invalide') invalide(String((s.context as ContexteRecouvrement).dossier[0]?.donnees.raison ?? 'instantané non restaurable'));
  let ctxClos: ContexteRecouvrement | null = null;
  let demarre = false;
  const etatClos = (): string => String(typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);
  for (const { e } of [...ordre, { e: { type: 'JOUR', date: aujourdhui } as EvenementRecouvrement }]) {
    // A payment reversed after `soldee` with something due again reopens the dossier (see `rouvrir`).
    const rouvert = s.status === 'done' && e.type === 'PAIEMENT_ANNULE' && etatClos() === 'soldee' ? rouvrir(ctxClos ?? (s.context as ContexteRecouvrement), e, baremes) : null;
    if (rouvert !== null) {
      instantanesVerifies.add(rouvert);
      acteur = createActor(machine, { snapshot: rouvert as never });
      acteur.subscribe({ error: () => undefined });
      acteur.start();
      demarre = true;
      ctxClos = null;
      acteur.send(marquerLu({ type: 'JOUR', date: rouvert.context.dateCourante }));
      s = acteur.getSnapshot() as AnyMachineSnapshot;
      if (s.status === 'error') throw s.error;
    } else if (s.status === 'done') ctxClos = apresCloture(ctxClos ?? (s.context as ContexteRecouvrement), etatClos(), e);
    else {
      if (!demarre) acteur.start();
      demarre = true;
      acteur.send(e);
      s = acteur.getSnapshot() as AnyMachineSnapshot;
      if (s.status === 'error') throw s.error;
    }
  }
  const persiste = machine.getPersistedSnapshot(s) as unknown as { context: ContexteRecouvrement };
  const nouveau = versDossier(ctxClos === null ? persiste : { ...persiste, context: ctxClos });
  // Built by the machine from checked data (or by apresCloture, which only appends facts).
  instantanesVerifies.add(nouveau);
  construitDansLaPortee(nouveau);
  return {
    dossier: nouveau,
    actions: prochainesActions(nouveau, aujourdhui, { baremes }),
    situation: situationFinanciere(nouveau.context, aujourdhui, { baremes }),
  };
}

/**
 * The state a `soldee` dossier reopens in when a payment is reversed and something is due again: the phase
 * its context shows — collective proceedings, enforcement of a title, a dispute, a payment plan — else the
 * amicable phase (its eventless transitions then place it: reminders after the due date, escalation once a
 * mise en demeure expired or a procedure had been engaged).
 */
function etatDeReouverture(ctx: ContexteRecouvrement): StateValue {
  const pc = ctx.procedureCollective;
  if (pc !== null) return { procedureCollective: pc.dateDeclaration !== null ? 'declaree' : pc.dateReleve !== null ? 'releve' : pc.dateForclusion !== null ? 'forclose' : 'declarationAFaire' };
  if (ctx.titre !== null) return { execution: ctx.dateCarence !== null ? 'carence' : ctx.mesures.length > 0 ? 'mesures' : 'titre' };
  if (ctx.litige !== null) return 'litige';
  if (ctx.echeancier !== null) return 'negociation';
  if (ctx.procedure !== null) return { amiable: 'escalade' };
  return { amiable: ctx.miseEnDemeure !== null ? 'miseEnDemeure' : 'aEchoir' };
}

/**
 * A payment reversed after `soldee` (a direct debit returned, a bounced cheque, a refund): the payment is
 * marked reversed and, when something is due again, the dossier reopens — `cloture` cleared, the reversal and
 * a `reouverture` entry in the dossier de preuve — in the state {@link etatDeReouverture} gives; the caller
 * then sends the reversal's day (`JOUR`) so that the eventless transitions place it. `null` when the reversal
 * names no payment, or nothing is due even without it (then `apresCloture` records it and the dossier stays
 * closed).
 */
function rouvrir(ctx: ContexteRecouvrement, e: Extract<EvenementRecouvrement, { type: 'PAIEMENT_ANNULE' }>, baremes: Baremes): { status: 'active'; value: StateValue; context: ContexteRecouvrement; historyValue: object; children: object } | null {
  const annule = contexteAvecAnnulation(ctx, e);
  if (annule === null) return null;
  const dateCourante = e.date > ctx.dateCourante ? e.date : ctx.dateCourante;
  const donnees: { [k: string]: Json } = { reference: e.reference, motif: e.motif, ...(e.libelle !== undefined ? { libelle: e.libelle } : {}) };
  const suite: ContexteRecouvrement = {
    ...ctx,
    ...annule,
    dateCourante,
    cloture: null,
    dossier: [...ctx.dossier, { date: e.date, type: 'PAIEMENT_ANNULE', donnees }, { date: e.date, type: 'reouverture', donnees: { etat: 'soldee', motif: 'paiement-annule' } }],
  };
  if (plusRienDu(suite, { baremes })) return null;
  return { status: 'active', value: etatDeReouverture(suite), context: suite, historyValue: {}, children: {} };
}

/** Version 1 → 2: the context of holds, promises and no-accrual plans (empty), plans whose penalties ran. */
function migrerVersion1(ancien: Record<string, unknown>): Record<string, unknown> {
  const ctx = ancien.context;
  if (typeof ctx !== 'object' || ctx === null || Array.isArray(ctx)) return { ...ancien, version: 2 };
  const c = ctx as Record<string, unknown>;
  const plan = c.echeancier;
  return {
    ...ancien,
    version: 2,
    context: {
      ...c,
      // Before version 2, penalties and interest ran during every plan.
      ...(typeof plan === 'object' && plan !== null && !Array.isArray(plan) ? { echeancier: { ...plan, penalitesPendantEcheancier: true } } : {}),
      periodesSansAccessoires: c.periodesSansAccessoires ?? [],
      suspension: c.suspension ?? null,
      promesse: c.promesse ?? null,
    },
  };
}

/**
 * Migrations of older dossiers, by the version they read: each returns the next version. Version 0 is the
 * bare persisted snapshot written by releases before dossiers existed (`actor.getPersistedSnapshot()`):
 * its context names no tables (the shipped ones are assumed) and gains `format` and `version`. Version 1 → 2:
 * the context gains the holds (`suspension`), promises (`promesse`) and no-accrual days of payment plans
 * (`periodesSansAccessoires`, and `echeancier.penalitesPendantEcheancier: true` — before version 2 penalties
 * ran during every plan); a payment reversed under version 1 was deleted from the context and stays so.
 */
const MIGRATIONS: Readonly<Record<number, (ancien: Record<string, unknown>) => Record<string, unknown>>> = Object.freeze({
  0: (ancien: Record<string, unknown>) => ({ ...ancien, format: FORMAT_DOSSIER, version: 1 }),
  1: migrerVersion1,
});

function invalide(raison: string): never {
  throw new RecouvrementError(CODES_ERREUR.DOSSIER_INVALIDE, `Dossier invalide : ${raison}`);
}

/** Options of {@link lireDossier}. */
export interface OptionsLireDossier {
  /** The tables to check a `soldee` dossier with (default: those it names, when this process knows them). */
  readonly baremes?: Baremes;
}

/**
 * Reads a stored dossier (a JSON text or the parsed value): migrates an older version (a bare persisted
 * snapshot of an earlier release is version 0), then checks everything the machine relies on — the state
 * is one of the chart's, the status matches it, the context matches its schema (dates that exist, amounts
 * as decimal strings) and the state (a procedure in `judiciaire`…), and a `soldee` dossier owes nothing.
 *
 * @param json - the dossier, or its JSON text
 * @param options - the tables to check `soldee` with
 * @returns a validated copy, at version {@link VERSION_DOSSIER}
 * @throws {RecouvrementError} `DOSSIER_INVALIDE` with the reason in the message
 * @example
 * ```ts
 * import { creerDossier, lireDossier } from 'recouvrement/machine';
 * const dossier = creerDossier({
 *   creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *     dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *   debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 * });
 * lireDossier(JSON.stringify(dossier)).value; //=> { amiable: 'aEchoir' }
 * lireDossier({ ...dossier, value: 'soldee', status: 'done' });
 * //=> throws RecouvrementError { code: 'DOSSIER_INVALIDE', message: 'Dossier invalide : état soldee sans clôture dans le contexte' }
 * ```
 */
export function lireDossier(json: unknown, options: OptionsLireDossier = {}): Dossier {
  let v: unknown = json;
  if (typeof json === 'string') {
    try {
      v = JSON.parse(json);
    } catch {
      invalide('JSON illisible');
    }
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) invalide('objet attendu');
  let o = v as Record<string, unknown>;
  if (o.format !== undefined && o.format !== FORMAT_DOSSIER) invalide(`format ${montrer(o.format)} inconnu (attendu '${FORMAT_DOSSIER}')`);
  const lue = o.format === undefined && o.version === undefined ? 0 : o.version;
  if (typeof lue !== 'number' || !Number.isSafeInteger(lue) || lue < 0) invalide(`version illisible : ${montrer(lue)}`);
  let version: number = lue;
  if (version > VERSION_DOSSIER) invalide(`version ${version} écrite par une version plus récente de la bibliothèque (celle-ci lit jusqu'à ${VERSION_DOSSIER})`);
  while (version < VERSION_DOSSIER) {
    const migrer = MIGRATIONS[version];
    if (migrer === undefined) invalide(`aucune migration depuis la version ${version}`);
    o = migrer(o);
    // Each step must move forward (never loops).
    if (typeof o.version !== 'number' || o.version <= version) invalide(`migration depuis la version ${version} sans effet`);
    version = o.version;
  }
  let motif: string | null;
  try {
    motif = motifInstantaneInvalide(o, machineRecouvrement, options.baremes);
  } catch (e) {
    motif = e instanceof Error ? e.message : 'contrôle impossible';
  }
  if (motif !== null) invalide(motif);
  if (o.value === 'invalide') invalide('dossier fermé comme invalide à sa création ou à sa restauration');
  // A dossier parsed from its JSON text here is already a fresh copy; an object given is copied (the caller's
  // stays its own).
  if (typeof json === 'string') return o as unknown as Dossier;
  let r: Dossier;
  try {
    r = copie(o) as unknown as Dossier;
  } catch {
    invalide('valeurs non JSON');
  }
  return r;
}
