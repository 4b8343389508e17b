/**
 * Internal: what a persisted snapshot must satisfy to be trusted — used by `lireDossier` (which refuses
 * with `DOSSIER_INVALIDE`) and by the machine when an actor is restored (an invalid snapshot becomes the
 * final state `invalide` with the reason, never an actor in `error`).
 *
 * 1. Shape: `status`, `value`, `context` present; `value` a state of the chart, down to a leaf.
 * 2. `status` matches `value`: `done` exactly in a final state, `active` otherwise.
 * 3. The context matches its schema (impossible dates such as 2025-02-30 included).
 * 4. The context matches the state: a procedure in `judiciaire` (of the procedure's type), a plan in
 *    `negociation`, a dispute in `litige`, a mise en demeure in `amiable.miseEnDemeure`, a title in
 *    `execution`, collective proceedings in `procedureCollective`, a closure in every final state.
 * 5. `soldee` only when nothing is due (principal and accessories, computed by `situationCreance`).
 */
import * as z from 'zod/mini';
import { creanceSchema } from '../entites/creance.js';
import { debiteurSchema } from '../entites/debiteur.js';
import { dateIsoSchema, eurosSchema } from '../entites/communs.js';
import { CANAUX } from '../entites/relance.js';
import { TYPES_EVENEMENT_PRESCRIPTION } from '../eligibilite/calculerPrescription.js';
import type { Baremes } from '../baremes/types.js';
import type { ContexteRecouvrement } from './contexte.js';
import { MOTIFS_ANNULATION, PROCEDURES_JUDICIAIRES } from './evenements.js';
import { paragraphe, texte } from './champs.js';
import { baremesDeIdentite } from './identiteBaremes.js';
import { scenarioRelanceSchema } from './scenarios.js';
import { plusRienDu, principalDuCentimes } from './situation.js';

const d = dateIsoSchema;
const dn = /*@__PURE__*/ (() => z.nullable(dateIsoSchema))();
const montant = /*@__PURE__*/ (() => z.object({ date: dateIsoSchema, montant: eurosSchema }))();
const json = /*@__PURE__*/ (() => z.record(z.string(), z.unknown()))();
/** A single-line text restored from a dossier: no control, line break, invisible or bidi character (issue 15). */
const ligne = /*@__PURE__*/ (() => texte(10_000))();
/** A free text restored from a dossier (a motive): line breaks and tabs allowed, other controls and bidi refused. */
const libre = /*@__PURE__*/ (() => paragraphe(10_000))();

/** The context of a persisted snapshot (what the machine writes), strict: an unknown key is refused. */
export const contexteSchema = /*@__PURE__*/ (() =>
  z.strictObject({
    creance: creanceSchema,
    debiteur: debiteurSchema,
    scenario: scenarioRelanceSchema,
    creancierHorsMetropole: z.boolean(),
    creancierParticulier: z.boolean(),
    alsaceMoselle: z.optional(z.literal(true)),
    baremes: z.optional(z.strictObject({ connuJusquau: dateIsoSchema, empreinte: z.string().check(z.regex(/^[0-9a-f]{16}$/)) })),
    imputation: z.enum(['legale', 'principal-d-abord']),
    dateCourante: d,
    paiements: z.array(
      z.object({ date: d, montant: eurosSchema, reference: z.optional(ligne), annulation: z.optional(z.strictObject({ date: d, motif: z.enum(MOTIFS_ANNULATION) })) }),
    ),
    avoirs: z.array(montant),
    relances: z.array(z.object({ date: d, canal: z.enum(CANAUX), etape: z.nullable(ligne) })),
    miseEnDemeure: z.nullable(z.object({ date: d, dateLimite: d })),
    litige: z.nullable(z.object({ date: d, motif: ligne, retour: z.enum(['amiable', 'negociation']) })),
    // Dossier version 2. Optional here so that a snapshot persisted by an earlier release and restored as it is
    // (an actor, without lireDossier's migration) still runs: absent reads as none, and a plan whose
    // penalties run (`penalitesPendantEcheancier` absent = true).
    echeancier: z.nullable(z.object({ date: d, echeances: z.array(montant).check(z.minLength(1)), penalitesPendantEcheancier: z.optional(z.boolean()) })),
    periodesSansAccessoires: z.optional(z.array(z.strictObject({ du: d, au: d }))),
    suspension: z.optional(z.nullable(z.strictObject({ date: d, jusquau: d, motif: ligne, levee: dn }))),
    promesse: z.optional(z.nullable(z.strictObject({ date: d, montant: eurosSchema, datePromise: d }))),
    procedure: z.nullable(
      z.object({
        type: z.enum(PROCEDURES_JUDICIAIRES),
        dateEngagement: d,
        dateOrdonnance: dn,
        dateLimiteSignification: dn,
        dateSignification: dn,
        signifieeAPersonne: z.nullable(z.boolean()),
        dateLimiteOpposition: dn,
        dateOpposition: dn,
        dateLimiteAccord: dn,
        dateDecision: dn,
        favorable: z.nullable(z.boolean()),
      }),
    ),
    mediation: z.nullable(z.object({ date: d, mode: z.enum(['mediation', 'conciliation']) })),
    titre: z.nullable(z.object({ date: d, origine: z.enum([...PROCEDURES_JUDICIAIRES, 'opposition', 'creance']), nature: ligne })),
    mesures: z.array(z.object({ date: d, mesure: ligne })),
    dateCarence: dn,
    procedureCollective: z.nullable(
      z.object({
        procedure: z.nullable(z.enum(['sauvegarde', 'redressement', 'liquidation'])),
        dateJugement: d,
        dateBodacc: d,
        dateLimiteDeclaration: d,
        dateLimiteReleve: d,
        dateDeclaration: dn,
        montantDeclare: z.nullable(eurosSchema),
        dateForclusion: dn,
        dateReleve: dn,
      }),
    ),
    prescription: z.array(z.object({ type: z.enum(TYPES_EVENEMENT_PRESCRIPTION), date: d })),
    accessoiresAbandonnes: z.nullable(z.object({ date: d, montant: z.nullable(eurosSchema), motif: z.nullable(libre) })),
    cloture: z.nullable(z.object({ date: d, motif: ligne })),
    dossier: z.array(z.object({ date: d, type: ligne, donnees: json })),
  }))();

/** The part of the chart the check walks: state nodes with their children and type. */
export interface NoeudEtat {
  readonly type: string;
  readonly states: { readonly [k: string]: NoeudEtat };
}

/** A short, safe rendering of a hostile value for a message (never throws: BigInt, cycles, getters). */
export function montrer(v: unknown): string {
  try {
    return String(JSON.stringify(v)).slice(0, 200);
  } catch {
    return `(${typeof v})`;
  }
}

/** The leaf state nodes along `value`, or the reason it is not a state of the chart. */
function resoudre(racine: NoeudEtat, value: unknown): { chemin: string[]; noeuds: NoeudEtat[] } | string {
  const chemin: string[] = [];
  const noeuds: NoeudEtat[] = [];
  let noeud = racine;
  let v = value;
  for (;;) {
    let cle: string;
    if (typeof v === 'string') cle = v;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 1) cle = Object.keys(v)[0]!;
    else return `valeur d'état illisible : ${montrer(value)}`;
    const fils = Object.hasOwn(noeud.states, cle) ? noeud.states[cle] : undefined;
    if (fils === undefined || fils.type === 'history') return `état inconnu : ${[...chemin, cle].join('.')}`;
    chemin.push(cle);
    noeuds.push(fils);
    if (typeof v === 'string') {
      if (fils.type === 'compound' || fils.type === 'parallel') return `état incomplet : ${chemin.join('.')} (un sous-état est attendu)`;
      return { chemin, noeuds };
    }
    v = (v as Record<string, unknown>)[cle];
    noeud = fils;
  }
}

/**
 * Snapshots this module's callers have already checked (or just built from checked data): the machine's
 * restore and `prochainesActions` skip the check for them. Internal: never exported by the entry.
 */
export const instantanesVerifies = new WeakSet<object>();

/** Why a persisted `historyValue` is not the chart's (`{ [history state id]: [{ id: state id }] }`), or `null`. */
function historiqueInvalide(machine: { readonly root: unknown; readonly getStateNodeById?: (id: string) => unknown }, h: unknown): string | null {
  if (h === undefined) return null;
  if (typeof h !== 'object' || h === null || Array.isArray(h)) return 'historique illisible';
  const trouver = (id: unknown): boolean => {
    if (typeof id !== 'string' || machine.getStateNodeById === undefined) return false;
    try {
      machine.getStateNodeById(id);
      return true;
    } catch {
      return false;
    }
  };
  for (const [cle, v] of Object.entries(h)) {
    if (!trouver(cle) || !Array.isArray(v) || !v.every((x) => typeof x === 'object' && x !== null && trouver((x as { id?: unknown }).id))) {
      return `historique inconnu : ${montrer(cle)}`;
    }
  }
  return null;
}

const FINALS = new Set(['soldee', 'irrecouvrable', 'prescrite', 'annulee', 'invalide']);

/**
 * Why a persisted snapshot cannot be trusted, or `null` when it can (see the module comment).
 *
 * @param baremes - the tables to check `soldee` with (default: those the context names, when known)
 */
export function motifInstantaneInvalide(
  snapshot: unknown,
  machine: { readonly root: unknown; readonly getStateNodeById?: (id: string) => unknown },
  baremes?: Baremes,
): string | null {
  if (typeof snapshot !== 'object' || snapshot === null) return 'instantané absent ou non objet';
  if (instantanesVerifies.has(snapshot)) return null;
  const s = snapshot as { status?: unknown; value?: unknown; context?: unknown; historyValue?: unknown; children?: unknown };
  const r = resoudre(machine.root as NoeudEtat, s.value);
  if (typeof r === 'string') return r;
  // XState's own bookkeeping: no child actor, and a history that names states of the chart.
  if (s.children !== undefined && (typeof s.children !== 'object' || s.children === null || Array.isArray(s.children) || Object.keys(s.children).length > 0)) return 'acteurs enfants inattendus';
  const motifHistorique = historiqueInvalide(machine, s.historyValue);
  if (motifHistorique !== null) return motifHistorique;
  const phase = r.chemin[0]!;
  const finale = FINALS.has(phase);
  if (s.status !== (finale ? 'done' : 'active')) return `statut ${montrer(s.status)} incohérent avec l'état ${r.chemin.join('.')} (attendu ${finale ? "'done'" : "'active'"})`;
  if (phase === 'invalide') {
    const c = s.context as { cloture?: { motif?: unknown } } | null;
    return typeof c === 'object' && c !== null && (c.cloture?.motif === 'entree-invalide' || c.cloture?.motif === 'instantane-invalide') ? null : 'état invalide sans motif';
  }
  const p = contexteSchema.safeParse(s.context);
  if (!p.success) {
    const i = p.error.issues[0]!;
    return `contexte non conforme (${['context', ...i.path.map(String)].join('.')} : ${i.message})`;
  }
  const ctx = s.context as ContexteRecouvrement;
  const [, sous] = r.chemin;
  const manque = (quoi: string) => `état ${r.chemin.join('.')} sans ${quoi} dans le contexte`;
  if (phase === 'judiciaire') {
    if (ctx.procedure === null) return manque('procédure');
    const attendu = { injonctionDePayer: 'injonction-de-payer', procedureSimplifiee: 'procedure-simplifiee', refereProvision: 'refere-provision', assignationAuFond: 'assignation-au-fond' }[sous as 'injonctionDePayer'];
    if (attendu !== undefined && attendu !== ctx.procedure.type) return `état ${r.chemin.join('.')} incohérent avec la procédure ${ctx.procedure.type}`;
  }
  if (phase === 'negociation' && ctx.echeancier === null) return manque('échéancier');
  if (phase === 'litige' && ctx.litige === null) return manque('litige');
  if (phase === 'amiable' && sous === 'miseEnDemeure' && ctx.miseEnDemeure === null) return manque('mise en demeure');
  if (phase === 'execution' && ctx.titre === null) return manque('titre exécutoire');
  if (phase === 'procedureCollective' && ctx.procedureCollective === null) return manque('procédure collective');
  if (finale && ctx.cloture === null) return manque('clôture');
  if (phase === 'soldee') {
    const tables = baremes ?? baremesDeIdentite(ctx.baremes);
    // Tables this process does not know: at least nothing of the principal may remain.
    const solde = tables === undefined ? principalDuCentimes(ctx) === 0 : plusRienDu(ctx, { baremes: tables });
    if (!solde) return "état 'soldee' alors qu'une somme reste due (situationCreance)";
  }
  return null;
}
