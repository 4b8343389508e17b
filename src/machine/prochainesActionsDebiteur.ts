/**
 * Dunning per debtor: a pure layer above the dossiers (one per claim) that turns the actions of all of one
 * debtor's claims (`prochainesActions`) into one reminder per debtor, as creditors send them — one letter or
 * call covering every overdue invoice — while every legal deadline stays attached to its own claim.
 *
 * - **Who is one debtor.** Dossiers whose debtor has the same SIREN (the number that identifies the company
 *   itself) or the same `debiteur.id` (the host's own account) are one debtor: ids and SIRENs
 *   are joined transitively (an id seen once with a SIREN and once without is that SIREN's). One `id` with
 *   two different SIRENs is a data error (`ENTREE_INVALIDE`, with both indexes).
 * - **What is merged.** Only the scenario's reminders (`rappel`, `relance`, `appel`, `mise-en-demeure`: the
 *   actions with an `etape`): no statute fixes their number or rhythm (practice, see scenarios.ts), so one
 *   reminder may cover several invoices. Every other action — legal deadlines per claim (déclaration de
 *   créance C. com. L622-24 / R622-24, relevé de forclusion L622-26, prescription C. civ. 2224 / C. com.
 *   L110-4, service of an injonction de payer CPC 1411, opposition CPC 1416, procédure simplifiée CPCE
 *   L125-1, enforcement of a title CPCE L111-4) and every claim-specific task (procedure, payment plan,
 *   dispute…) — is kept as it is, one per claim, never merged away.
 * - **How.** When at least one written reminder, call or mise en demeure is due (`a-faire`) on an overdue
 *   claim of the debtor, ONE action is proposed, at the level of the leading claim: the most advanced one
 *   (default, `niveau: 'plus-avancee'`: a mise en demeure before a written reminder or a call, before a
 *   pre-due rappel; then the later step of its scenario) or the one with the oldest due date (`niveau:
 *   'echeance-la-plus-ancienne'`). It covers every due reminder of the debtor's overdue claims and the
 *   upcoming (`a-venir`) reminders of its other overdue claims, which ride along. The remaining reminders
 *   (pre-due `rappel`s, upcoming reminders when none is due) are merged per type, channel and step.
 *   Each merged action lists the claims it covers with the claim's own action, so that every action of
 *   every claim is covered exactly once (or set aside, see `seuilMinimal`).
 * - **`seuilMinimal`** (Euros): a reminder whose claims together owe less (strictly) is not proposed — the
 *   threshold applies to the debtor's total on the claims a reminder covers (their `montantReclame`: the
 *   instalments not yet late of an invoice in instalments are not counted), so a small remainder rides along
 *   with a larger invoice of the same debtor, and a debtor who owes only cents in all is left alone. Its
 *   actions are reported in `ecartees`. Legal deadlines and claim tasks are always proposed, whatever the
 *   amount (a prescription runs on 10 cents too).
 *
 * - **Invoices in instalments** (`Creance.echeances`). A claim is late as its own scenario reads it: from its
 *   first instalment late (`premiereEcheanceEnRetard`, on the claim's statement `situationCreance(...).echeances[]`;
 *   C. com. L441-10 II: penalties run from the day after the due date of the sum unpaid), not from its last due
 *   date. Its reminder claims the instalments late only; its instalments not yet late are listed "à échoir"
 *   (`aEchoir`, one entry each), never claimed (C. civ. 1305-2: a term suspends exigibility — the library's
 *   reading, as the letters'). With one instalment, or none, nothing changes.
 *
 * Amounts are each dossier's statement at `date` (`situationFinanciere`, i.e. `situationCreance`).
 */
import type { DonneesLettre, OptionsLettre } from '../documents/donnees.js';
import type { Creance } from '../entites/creance.js';
import type { Debiteur } from '../entites/debiteur.js';
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { lireDossier, type Dossier } from './dossier.js';
import { prochainesActions, type ActionDue } from './prochainesActions.js';
import { optionsLettreDe } from './lettreDossier.js';
import { premiereEcheanceEnRetard } from './etapes.js';
import { montantReclame as reclameSurLaCreance } from '../situation/montantReclame.js';
import { entreeSituation, litigePartielOuvert, situationDuContexte, situationFinanciere, type OptionsMachine, type SituationFinanciere } from './situation.js';

/** Options of {@link prochainesActionsDebiteur}. */
export interface OptionsActionsDebiteur extends OptionsMachine {
  /**
   * The level of the debtor's reminder: `'plus-avancee'` (default: the claim furthest in its scenario) or
   * `'echeance-la-plus-ancienne'` (the claim with the oldest due date).
   */
  readonly niveau?: 'plus-avancee' | 'echeance-la-plus-ancienne';
  /**
   * Below this total (strictly), a reminder is not proposed (`ecartees`); legal deadlines still are.
   * Default: none.
   */
  readonly seuilMinimal?: EntreeEuros;
}

/** A claim covered by a debtor's action. */
export interface CreanceCouverte {
  /** Position of the dossier in the array given. */
  readonly index: number;
  readonly creanceId: string;
  readonly numeroFacture: string;
  readonly dateEcheance: DateISO;
  /** What the claim owes at the date (`situationCreance(...).totalDu`, through the dossier's context). */
  readonly montantDu: Euros;
  /**
   * What a reminder claims on it: `montantDu`, less — for an invoice in instalments (`Creance.echeances`) once a
   * due date has passed — the principal of its instalments not yet late, listed in the action's `aEchoir`: what
   * its letter claims (`montants.total`), by the same rule as the claim's own action (`prochainesActions`,
   * whose `montant` also leaves out an open partial dispute).
   */
  readonly montantReclame: Euros;
  /** The claim's own action, as `prochainesActions` gives it. */
  readonly action: ActionDue;
}

/**
 * A claim of the debtor not yet late at the date, or an instalment not yet late of a late invoice in
 * instalments (`Creance.echeances`): listed "à échoir" by a letter, never claimed.
 */
export interface CreanceAEchoir {
  readonly index: number;
  readonly creanceId: string;
  readonly numeroFacture: string;
  /** The claim's due date, or the instalment's. */
  readonly dateEcheance: DateISO;
  /** What the claim owes at the date (`totalDu`), or the instalment's principal due (`echeances[].principalDu`). */
  readonly montantDu: Euros;
  /** For an instalment: its 1-based rank and the invoice's number of instalments ("échéance 2/3"); `null` for a claim. */
  readonly echeance: { readonly rang: number; readonly nombre: number } | null;
}

/**
 * One action for the debtor: an {@link ActionDue} (the leading claim's, for a merged reminder) plus the
 * claims it covers.
 * - `portee`: `debiteur` for a reminder (possibly covering several claims), `creance` for an action kept per
 *   claim (legal deadlines, claim tasks).
 * - `echeance`: the earliest of the covered actions'.
 * - `montant`: `null` when every covered action claims its whole claim; otherwise the sum of what each covered
 *   action claims (its `montant`, else the claim's `montantReclame`).
 * - `lettre`: for a reminder with a letter model, the data `genererLettre(action.modele, { creancier,
 *   dateLettre, ...action.lettre.donnees }, action.lettre.options)` needs besides the creditor and the date:
 *   the debtor, the covered claims as the dossiers hold them (payments and credit notes received by events
 *   included) and the debtor's claims not yet late (printed "à échoir", not claimed); `options.parCreance`:
 *   each claim's statement options exactly as its dossier computes them at `date` (waiver, accessories
 *   claimed, plan days without penalties, a judgment's +5 points, mise en demeure, creditor's category,
 *   tables, imputation); `options.montantConteste`: the covered claims' open partial disputes (each at most
 *   what its claim owes). A letter dated `date` then prints `montants.total` = the sum of the covered claims'
 *   `montantReclame` (their dossiers' `situation.totalDu`, less the instalments not yet late it lists "à
 *   échoir" — `montants.aEchoir` lists them as `aEchoir` does) and `montants.reclame` = the action's amount.
 *   `null` otherwise.
 */
export type ActionDebiteur = ActionDue & {
  readonly portee: 'debiteur' | 'creance';
  readonly creances: readonly CreanceCouverte[];
  readonly aEchoir: readonly CreanceAEchoir[];
  readonly lettre: {
    readonly donnees: Pick<DonneesLettre, 'debiteur' | 'creances' | 'relancesEnvoyees' | 'dateMiseEnDemeure'>;
    readonly options: Pick<OptionsLettre, 'imputation' | 'baremes' | 'montantConteste' | 'parCreance'>;
  } | null;
};

/** The actions of one debtor. */
export interface ActionsDebiteur {
  /** `siren:<SIREN>` when a dossier of the debtor gives one, else `id:<debiteur.id>`. */
  readonly cle: string;
  /** The debtor as its first claim's dossier holds it (claims sorted by due date, then id). */
  readonly debiteur: Debiteur;
  /** Positions of the debtor's dossiers in the array given, ascending. */
  readonly dossiers: readonly number[];
  /** What the debtor owes on all these claims at the date. */
  readonly totalDu: Euros;
  /** Sorted by `echeance`, then `type`, then the first covered claim's id. */
  readonly actions: readonly ActionDebiteur[];
  /** Reminders not proposed because their claims together owe less than `seuilMinimal`. */
  readonly ecartees: readonly CreanceCouverte[];
}

interface Lu {
  readonly index: number;
  readonly dossier: Dossier;
  readonly situation: SituationFinanciere;
  readonly actions: ActionDue[];
  /** The due date of its first instalment late (`premiereEcheanceEnRetard`), `null` when none is. */
  readonly depart: DateISO | null;
  readonly enRetard: boolean;
  /**
   * An invoice in instalments one of whose due dates has passed: its instalments not yet late, still owing
   * principal (listed "à échoir", one each).
   */
  readonly echeancesAEchoir: readonly CreanceAEchoir[];
  /** What a reminder claims on it: `situation.totalDu`, less those instalments' principal when it is late. */
  readonly montantReclame: Euros;
}

const RAPPELS = new Set<ActionDue['type']>(['rappel', 'relance', 'appel', 'mise-en-demeure']);
const RANG: Readonly<Record<string, number>> = { rappel: 0, relance: 1, appel: 1, 'mise-en-demeure': 2 };
const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Claims in a stable order that does not depend on the order of the dossiers: due date, id, invoice, then JSON. */
function ordreCreances(a: { dateEcheance: string; creanceId: string; numeroFacture: string; index: number }, b: typeof a): number {
  return cmp(a.dateEcheance, b.dateEcheance) || cmp(a.creanceId, b.creanceId) || cmp(a.numeroFacture, b.numeroFacture) || a.index - b.index;
}

/**
 * The actions due or upcoming for each debtor of a portfolio at `date`: one reminder per debtor covering its
 * overdue claims, at the level of its most advanced claim (or of its oldest due date), and every claim's legal
 * deadlines kept per claim (see the module comment for the rules and their legal basis).
 *
 * @param dossiers - the dossiers (`creerDossier`, `avancerDossier`), or their JSON texts; each is read with
 * `lireDossier`
 * @param date - "today" (amounts are each claim's statement at this date)
 * @param options - `niveau`, `seuilMinimal`, the legal tables
 * @returns one entry per debtor, sorted by `cle`; debtors with nothing to do have `actions: []`
 * @throws {RecouvrementError} `DOSSIER_INVALIDE` naming the index of a bad dossier (`issues[0].path:
 * ['dossiers', i]`); `ENTREE_INVALIDE` for a bad date or option, or one debtor id carrying two SIRENs
 * @example
 * ```ts
 * import { avancerDossier, creerDossier, prochainesActionsDebiteur, type EntreeMachine } from 'recouvrement/machine';
 * const debiteur: EntreeMachine['debiteur'] = { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' };
 * const facture = (id: string, dateEcheance: string): EntreeMachine['creance'] => ({ id, numeroFacture: id, montantTTC: '1200.00',
 *   dateFacture: '2025-01-15', dateEcheance, paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false });
 * const ancienne = avancerDossier(creerDossier({ creance: facture('F1', '2025-02-14'), debiteur }),
 *   [{ type: 'RELANCE_ENVOYEE', date: '2025-02-16', canal: 'email' }], { aujourdhui: '2025-04-01' }).dossier;
 * const recente = avancerDossier(creerDossier({ creance: facture('F2', '2025-03-14'), debiteur }), [], { aujourdhui: '2025-04-01' }).dossier;
 * const [acme] = prochainesActionsDebiteur([ancienne, recente], '2025-04-01');
 * const relance = acme!.actions.find((a) => a.portee === 'debiteur');
 * [relance?.type, relance?.etape, relance?.creances.map((c) => c.creanceId)]; //=> ['appel', 'appel-j+10', ['F1', 'F2']]
 * acme!.actions.filter((a) => a.type === 'prescription').length; //=> 2 (one per claim)
 * ```
 */
export function prochainesActionsDebiteur(dossiers: readonly unknown[], date: DateISO, options: OptionsActionsDebiteur = {}): ActionsDebiteur[] {
  lireDate(date, ['date']);
  if (!Array.isArray(dossiers)) entreeInvalide(['dossiers'], 'tableau de dossiers attendu', 'invalid_type');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) entreeInvalide(['options'], 'objet attendu', 'invalid_type');
  // (socle/cles is not exported by the main entry, which the machine bundle imports the core from.)
  for (const k of Object.keys(options)) if (!['baremes', 'niveau', 'seuilMinimal'].includes(k)) entreeInvalide(['options', k], `option inconnue « ${k} » (attendu : baremes, niveau, seuilMinimal)`, 'unrecognized_keys');
  const niveau = options.niveau ?? 'plus-avancee';
  if (niveau !== 'plus-avancee' && niveau !== 'echeance-la-plus-ancienne') entreeInvalide(['options', 'niveau'], "'plus-avancee' ou 'echeance-la-plus-ancienne' attendu");
  const seuil = options.seuilMinimal === undefined ? 0 : lireEuros(options.seuilMinimal, ['options', 'seuilMinimal']);
  if (seuil < 0) entreeInvalide(['options', 'seuilMinimal'], 'montant positif ou nul attendu');
  const tables: OptionsMachine = options.baremes === undefined ? {} : { baremes: options.baremes };

  // 1. Read every dossier at the boundary.
  const lus: Lu[] = dossiers.map((brut, index) => {
    let dossier: Dossier;
    try {
      dossier = lireDossier(brut, tables);
    } catch (e) {
      const raison = e instanceof Error ? e.message : String(e);
      throw new RecouvrementError(CODES_ERREUR.DOSSIER_INVALIDE, `Dossier n° ${index} : ${raison}`, [{ code: 'invalid_value', path: ['dossiers', index], message: raison }]);
    }
    const ctx = dossier.context;
    const situation = situationFinanciere(ctx, date, tables);
    const actions = prochainesActions(dossier, date, tables);
    // Late as the claim's own scenario reads it: its first instalment late (the last due date only without instalments).
    const depart = premiereEcheanceEnRetard(ctx, date, tables);
    const echeancesAEchoir: CreanceAEchoir[] = [];
    // The statement's instalments (situationCreance, cached for this context and date) once a due date has
    // passed: those not yet late, as a letter lists them (genererLettre: `montants.aEchoir`).
    // What a reminder claims is the library's one rule (montantReclame, src/situation — that of the claim's own
    // actions and of the letters): its instalments late only, once a due date has passed.
    const statement = (ctx.creance.echeances?.length ?? 0) > 1 ? situationDuContexte(ctx, date, tables) : null;
    const reclamation = statement === null ? null : reclameSurLaCreance(statement);
    if (statement !== null && reclamation !== null) {
      const echeances = statement.echeances;
      for (const e of reclamation.echeancesAEchoir) {
        echeancesAEchoir.push({ index, creanceId: ctx.creance.id, numeroFacture: ctx.creance.numeroFacture, dateEcheance: e.date, montantDu: e.principalDu, echeance: { rang: echeances.indexOf(e) + 1, nombre: echeances.length } });
      }
    }
    const montantReclame = reclamation?.reclame ?? situation.totalDu;
    return { index, dossier, situation, actions, depart, enRetard: depart !== null, echeancesAEchoir, montantReclame };
  });

  // 2. Who is one debtor: union of ids and SIRENs.
  const parent = new Map<string, string>();
  const racine = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const ajouter = (k: string): void => {
    if (!parent.has(k)) parent.set(k, k);
  };
  const unir = (a: string, b: string): void => {
    const ra = racine(a);
    const rb = racine(b);
    if (ra === rb) return;
    // The representative, hence the debtor's `cle`: its SIREN key when it has one, else its (only) id key.
    const [garde, autre] = ra.startsWith('siren:') || (!rb.startsWith('siren:') && ra < rb) ? [ra, rb] : [rb, ra];
    parent.set(autre, garde);
  };
  const sirenDeId = new Map<string, { siren: string; index: number }>();
  for (const l of lus) {
    const d = l.dossier.context.debiteur;
    const id = `id:${d.id}`;
    ajouter(id);
    if (d.siren !== undefined) {
      const vu = sirenDeId.get(d.id);
      if (vu !== undefined && vu.siren !== d.siren) {
        entreeInvalide(['dossiers', l.index, 'context', 'debiteur', 'siren'], `le débiteur ${d.id} porte le SIREN ${d.siren} ici et ${vu.siren} dans le dossier n° ${vu.index}`);
      }
      sirenDeId.set(d.id, { siren: d.siren, index: l.index });
      ajouter(`siren:${d.siren}`);
      unir(`siren:${d.siren}`, id);
    }
  }
  const groupes = new Map<string, Lu[]>();
  for (const l of lus) {
    const k = racine(`id:${l.dossier.context.debiteur.id}`);
    const g = groupes.get(k);
    if (g === undefined) groupes.set(k, [l]);
    else g.push(l);
  }

  const resultat: ActionsDebiteur[] = [];
  for (const [cle, membres] of groupes) resultat.push(actionsDUnDebiteur(cle, membres, niveau, seuil, date, tables));
  return resultat.sort((a, b) => cmp(a.cle, b.cle));
}

function couverte(l: Lu, action: ActionDue): CreanceCouverte {
  const c = l.dossier.context.creance;
  return { index: l.index, creanceId: c.id, numeroFacture: c.numeroFacture, dateEcheance: c.dateEcheance, montantDu: l.situation.totalDu, montantReclame: l.montantReclame, action };
}

function actionsDUnDebiteur(cle: string, membres: readonly Lu[], niveau: NonNullable<OptionsActionsDebiteur['niveau']>, seuil: number, date: DateISO, tables: OptionsMachine): ActionsDebiteur {
  const parCreance = (a: Lu, b: Lu): number => {
    const ca = a.dossier.context.creance;
    const cb = b.dossier.context.creance;
    return ordreCreances({ dateEcheance: ca.dateEcheance, creanceId: ca.id, numeroFacture: ca.numeroFacture, index: a.index }, { dateEcheance: cb.dateEcheance, creanceId: cb.id, numeroFacture: cb.numeroFacture, index: b.index });
  };
  const tries = [...membres].sort(parCreance);
  const premier = tries[0]!;
  const actions: ActionDebiteur[] = [];
  const ecartees: CreanceCouverte[] = [];

  // Per-claim actions kept as they are; reminders collected.
  const rappels: CreanceCouverte[] = [];
  const lu = new Map<number, Lu>();
  for (const l of tries) {
    lu.set(l.index, l);
    for (const a of l.actions) {
      if (RAPPELS.has(a.type) && a.etape !== null) rappels.push(couverte(l, a));
      else actions.push({ ...a, portee: 'creance', creances: [couverte(l, a)], aEchoir: [], lettre: null });
    }
  }

  // The debtor's reminder: the due reminders on overdue claims, and the upcoming ones of its overdue claims.
  const enRetard = (c: CreanceCouverte): boolean => lu.get(c.index)!.enRetard && c.action.type !== 'rappel';
  const dues = rappels.filter((c) => enRetard(c) && c.action.statut === 'a-faire');
  const groupesRappels: CreanceCouverte[][] = [];
  let reste = rappels;
  if (dues.length > 0) {
    const principal = rappels.filter(enRetard);
    groupesRappels.push(principal);
    reste = rappels.filter((c) => !enRetard(c));
  }
  // The others: per type, channel, step and status.
  const parCle = new Map<string, CreanceCouverte[]>();
  for (const c of reste) {
    const k = JSON.stringify([c.action.type, c.action.canal, c.action.etape, c.action.statut]);
    const g = parCle.get(k);
    if (g === undefined) parCle.set(k, [c]);
    else g.push(c);
  }
  groupesRappels.push(...parCle.values());

  for (const groupe of groupesRappels) {
    const candidats = groupe.some((c) => c.action.statut === 'a-faire') ? groupe.filter((c) => c.action.statut === 'a-faire') : groupe;
    const meneur = [...candidats].sort((a, b) => comparerNiveau(a, b, niveau, lu))[0]!;
    const total = groupe.reduce((s, c) => s + lireEuros(c.montantReclame), 0);
    const couvertes = [...groupe].sort(ordreCreances);
    if (seuil > 0 && total < seuil) {
      ecartees.push(...couvertes);
      continue;
    }
    actions.push(fusionner(meneur, couvertes, tries, lu, date, tables));
  }

  actions.sort((a, b) => cmp(a.echeance, b.echeance) || cmp(a.type, b.type) || ordreCreances(a.creances[0]!, b.creances[0]!));
  return {
    cle,
    debiteur: premier.dossier.context.debiteur,
    dossiers: membres.map((l) => l.index).sort((a, b) => a - b),
    totalDu: formaterEuros(membres.reduce((s, l) => s + lireEuros(l.situation.totalDu), 0)),
    actions,
    ecartees: ecartees.sort(ordreCreances),
  };
}

/** Negative when `a` leads: the more advanced claim (or the older due date), the other criterion next, then the claim's id. */
function comparerNiveau(a: CreanceCouverte, b: CreanceCouverte, niveau: NonNullable<OptionsActionsDebiteur['niveau']>, lu: ReadonlyMap<number, Lu>): number {
  const avancement = (c: CreanceCouverte): [number, number] => {
    const ctx = lu.get(c.index)!.dossier.context;
    return [RANG[c.action.type] ?? 0, ctx.scenario.etapes.findIndex((e) => e.id === c.action.etape)];
  };
  const [ra, ia] = avancement(a);
  const [rb, ib] = avancement(b);
  const parAvancement = rb - ra || ib - ia;
  // The claim's oldest due date unpaid: its first instalment late (its due date without instalments).
  const echeance = (c: CreanceCouverte): DateISO => lu.get(c.index)!.depart ?? c.dateEcheance;
  const parEcheance = cmp(echeance(a), echeance(b));
  const premier = niveau === 'plus-avancee' ? parAvancement || parEcheance : parEcheance || parAvancement;
  return premier || ordreCreances(a, b) || cmp(JSON.stringify(a.action), JSON.stringify(b.action));
}

function fusionner(meneur: CreanceCouverte, couvertes: readonly CreanceCouverte[], tries: readonly Lu[], lu: ReadonlyMap<number, Lu>, date: DateISO, tables: OptionsMachine): ActionDebiteur {
  const a = meneur.action;
  const echeance = couvertes.reduce((m, c) => (c.action.echeance < m ? c.action.echeance : m), a.echeance);
  const montant = couvertes.every((c) => c.action.montant === null) ? null : formaterEuros(couvertes.reduce((s, c) => s + lireEuros(c.action.montant ?? c.montantReclame), 0));
  const avertissements: string[] = [];
  const noter = (x: string): void => {
    if (!avertissements.includes(x)) avertissements.push(x);
  };
  for (const x of a.avertissements) noter(x);
  for (const c of couvertes) {
    for (const x of c.action.avertissements) noter(x);
    if (c !== meneur && (c.action.type !== a.type || c.action.etape !== a.etape)) {
      noter(`Facture ${c.numeroFacture} : son étape propre (${c.action.etape ?? c.action.type}, ${c.action.statut === 'a-faire' ? 'due' : `prévue le ${c.action.echeance}`}) est couverte par cette action (${a.etape ?? a.type}) ; enregistrer l'envoi dans son dossier.`);
    }
  }
  const aEchoir: CreanceAEchoir[] = [];
  // The debtor's other claims not yet late, whole, listed by the letter (each dossier once).
  const autres: Lu[] = [];
  if (a.modele !== null) {
    const couverts = new Set(couvertes.map((c) => c.index));
    // First the instalments not yet late of the claims covered (the letter lists them first too).
    for (const c of couvertes) aEchoir.push(...lu.get(c.index)!.echeancesAEchoir);
    for (const l of tries) {
      if (l.enRetard || couverts.has(l.index) || l.dossier.status === 'done' || l.situation.totalDu === '0.00') continue;
      autres.push(l);
    }
    // A due date passed with nothing late (an instalment paid on time): its instalments still to fall due, as the letter lists them.
    for (const l of autres) aEchoir.push(...l.echeancesAEchoir);
    for (const l of autres) {
      if (l.echeancesAEchoir.length > 0) continue;
      const c = l.dossier.context.creance;
      aEchoir.push({ index: l.index, creanceId: c.id, numeroFacture: c.numeroFacture, dateEcheance: c.dateEcheance, montantDu: l.situation.totalDu, echeance: null });
    }
  }
  let lettre: ActionDebiteur['lettre'] = null;
  if (a.modele !== null) {
    const dossiersLettre = [...couvertes.map((c) => lu.get(c.index)!), ...autres];
    const imputations = new Set(dossiersLettre.map((l) => l.dossier.context.imputation));
    if (imputations.size > 1) noter('Les créances couvertes ne suivent pas la même règle d’imputation : la lettre applique celle de la première ; vérifiez les montants.');
    const leader = lu.get(meneur.index)!.dossier.context;
    // Each claim's statement as its dossier computes it at `date` (entreeSituation: the machine's one mapping).
    const entrees = dossiersLettre.map((l) => entreeSituation(l.dossier.context, tables, date));
    const baremes = entrees[0]!.options.baremes;
    const parCreance = Object.fromEntries(entrees.map((e) => [e.creance.id, optionsLettreDe(e.options, baremes)]));
    // The disputed parts of the claims claimed (each at most what its claim owes, as its own action reads it).
    const conteste = couvertes.reduce((s, c) => {
      const l = lu.get(c.index)!;
      const p = l.enRetard ? litigePartielOuvert(l.dossier.context) : null;
      return p === null ? s : s + Math.min(lireEuros(p.montantConteste), lireEuros(l.situation.totalDu));
    }, 0);
    // The wording of the letter names one mise en demeure: only when all its claims share it (amounts are per claim).
    const mises = new Set(dossiersLettre.map((l) => l.dossier.context.miseEnDemeure?.date ?? ''));
    const miseEnDemeure = mises.size === 1 ? [...mises][0]! : '';
    lettre = {
      donnees: {
        debiteur: leader.debiteur,
        // The debtor's id may differ between dossiers joined by SIREN: the letter is addressed to the leader's.
        creances: entrees.map((e) => sansDebiteurId(e.creance)),
        // A reminder of the letter's own day may be this very letter: only earlier ones.
        relancesEnvoyees: dossiersLettre.some((l) => l.dossier.context.relances.some((r) => r.date < date)),
        ...(miseEnDemeure !== '' && miseEnDemeure <= date ? { dateMiseEnDemeure: miseEnDemeure } : {}),
      },
      options: {
        imputation: lu.get(couvertes[0]!.index)!.dossier.context.imputation,
        ...(baremes !== undefined ? { baremes } : {}),
        ...(conteste > 0 ? { montantConteste: formaterEuros(conteste) } : {}),
        parCreance,
      },
    };
  }
  return { ...a, echeance, montant, avertissements, portee: 'debiteur', creances: couvertes, aEchoir, lettre } as ActionDebiteur;
}

function sansDebiteurId(c: Creance): Creance {
  const { debiteurId: _ignore, ...reste } = c;
  return reste;
}
