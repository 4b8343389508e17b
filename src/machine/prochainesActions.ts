/**
 * What is due on a claim: the next reminder of its scenario, the legal deadlines of its phase (service of an
 * injonction de payer, CPC 1411; end of the opposition month, CPC 1416; end of the procédure simplifiée,
 * CPCE L125-1; declaration of the claim, C. com. R622-24; relevé de forclusion, L622-26; enforcement of the
 * title, CPCE L111-4; prescription), the instalments of a payment plan, the accessories still claimed.
 * Deterministic: a function of the snapshot and the date only.
 *
 * E-invoicing: a claim whose invoice did not reach the buyer (221, 501) gets `verifier-distribution` (correct
 * the addressing or the file, deposit it again); a factored one (225, 226) gets `suivi-affacturage`, an
 * informational action (the factor collects, no reminder from the seller). During a partial dispute the
 * reminders claim the undisputed part only (`montant`); for an invoice in instalments, the instalments late
 * only — the amount their letter claims (one rule with the letters and `prochainesActionsDebiteur`).
 *
 * Holds and promises (`SUSPENSION`, `PROMESSE_PAIEMENT`, see suspensions.ts): while one runs, no reminder,
 * mise en demeure, escalation or claim of accessories is listed — legal deadlines are, with the warning that
 * prescription keeps running —, and `suspension-relances` / `promesse-paiement` say until when; afterwards
 * the next step is due on its planned day or, when later, the day the reminders resume.
 *
 * Which actions a state makes due is declared by the state itself, in its `meta` (see actionsEtats.ts): this
 * module reads the `meta` of the snapshot's state and its ancestors, never state names.
 */
import type { Snapshot, StateValue } from 'xstate';
import type { ModeleLettre } from '../documents/donnees.js';
import type { Canal } from '../entites/relance.js';
import { ajouterMois, formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type Euros } from '../socle/euros.js';
import { formaterEurosFr } from '../socle/formaterEurosFr.js';
import { montantReclame } from '../situation/montantReclame.js';
import type { GenreAction, MetaEtat } from './actionsEtats.js';
import type { ContexteRecouvrement } from './contexte.js';
import { finDeDelaiPrudente, REFERENCES_DELAIS } from './delais.js';
import { PROCEDURES_JUDICIAIRES, type ProcedureJudiciaire } from './evenements.js';
import { dateDepartScenario, datePrevue, etapesFaites } from './etapes.js';
import { machineRecouvrement } from './machineRecouvrement.js';
import { prescriptionCourante, verdictProcedure } from './regles.js';
import type { EtapeRelance } from './scenarios.js';
import { STATUTS_FACTURE } from './evenementDepuisStatutFacture.js';
import { litigePartielOuvert, situationDuContexte, situationFinanciere, suiviEcheancier, type OptionsMachine } from './situation.js';
import { motifInstantaneInvalide, type NoeudEtat } from './validation.js';
import { construitParCetAppel } from './cache.js';
import { etatPromesse, relancesSuspendues, repriseRelances, suspensionActive } from './suspensions.js';

/** The letter model of a written reminder (`genererLettre`). */
export type ModeleRelance = Extract<ModeleLettre, 'relance-amiable' | 'relance-ferme'>;
/** The letter model of a mise en demeure: the consumer version for a consumer or a non-professional. */
export type ModeleMiseEnDemeure = Extract<ModeleLettre, 'mise-en-demeure' | 'mise-en-demeure-consommateur'>;

/** The action types without a letter of the library. */
export type TypeActionSansLettre =
  | 'rappel'
  | 'appel'
  | 'fin-delai-mise-en-demeure'
  | 'engager-procedure'
  | 'echeance-echeancier'
  | 'traiter-litige'
  | 'suivre-mediation'
  | 'signifier-ordonnance'
  | 'fin-delai-opposition'
  | 'fin-procedure-simplifiee'
  | 'decider-suite-rejet'
  | 'mandater-commissaire-de-justice'
  | 'demander-mandatement-d-office'
  | 'passage-en-perte'
  | 'releve-de-forclusion'
  | 'prescription'
  | 'expiration-titre-executoire'
  | 'reclamer-accessoires'
  | 'verifier-distribution'
  | 'suivi-affacturage'
  | 'suspension-relances'
  | 'promesse-paiement';

/**
 * What every action carries.
 * - `nature`: `planifiee` (to do on `echeance`), `date-limite` (to do at the latest on `echeance`),
 *   `echeance-legale` (a legal deadline to watch: something happens after it).
 * - `statut`: `a-faire` (a planned action whose day has come, or a deadline still open), `a-venir` (a
 *   planned action or a legal deadline in the future), `depassee` (the deadline passed: send a `JOUR` event
 *   to let the machine draw the consequence).
 */
export interface ActionDueCommune<T extends string, M extends ModeleLettre | null> {
  readonly type: T;
  readonly echeance: DateISO;
  readonly nature: 'planifiee' | 'date-limite' | 'echeance-legale';
  readonly statut: 'a-faire' | 'a-venir' | 'depassee';
  readonly libelle: string;
  readonly references: readonly string[];
  readonly canal: Canal | null;
  /** The letter `genererLettre(modele, …)` writes for this action, or `null` when the library has none. */
  readonly modele: M;
  /** The scenario step's own template name (`script-appel`, `rappel-echeance`…), for reminders. */
  readonly gabarit: string | null;
  readonly ton: EtapeRelance['ton'] | null;
  /** The scenario step, for reminders. */
  readonly etape: string | null;
  /**
   * The amount the action asks for, when it has one of its own: the instalment, the claim to declare, the
   * accessories; for a reminder or a mise en demeure, what its letter claims (`genererLettre` through
   * `donneesLettreDossier`: `montants.reclame`) when it is not the whole claim — while a partial dispute is
   * open (`LITIGE_OUVERT` with `montantConteste`), what is owed minus the disputed part, which alone is
   * suspended; for an invoice in instalments (`Creance.echeances`) once a due date has passed, what is owed
   * minus the principal of the instalments not yet late, not exigible (C. civ. 1305-2) — `null` otherwise:
   * the whole claim (`totalDu`).
   */
  readonly montant: Euros | null;
  /** For `engager-procedure`: the procedures the claim is eligible to at the date. */
  readonly procedures: readonly ProcedureJudiciaire[] | null;
  readonly avertissements: readonly string[];
}

/**
 * One action due or upcoming, discriminated by `type`: a written reminder, a mise en demeure and a
 * declaration of claim carry the letter model `genererLettre` accepts; every other action has `modele: null`.
 */
export type ActionDue =
  | ActionDueCommune<'relance', ModeleRelance>
  | ActionDueCommune<'mise-en-demeure', ModeleMiseEnDemeure>
  | ActionDueCommune<'declaration-de-creance', 'declaration-de-creance'>
  | ActionDueCommune<TypeActionSansLettre, null>;

/** The `type` of an action. */
export type TypeActionDue = ActionDue['type'];

/** What {@link prochainesActions} reads: a live snapshot, a persisted one (after `JSON.parse`), or a dossier. */
export interface SnapshotLisible {
  readonly value: StateValue;
  readonly context: ContexteRecouvrement;
}

/**
 * The path of state names of a snapshot value, from the phase down to the leaf state.
 *
 * @example
 * ```ts
 * import { cheminEtat } from 'recouvrement/machine';
 * cheminEtat({ judiciaire: { injonctionDePayer: 'ordonnance' } }); //=> ['judiciaire', 'injonctionDePayer', 'ordonnance']
 * cheminEtat('soldee'); //=> ['soldee']
 * ```
 */
export function cheminEtat(value: StateValue): string[] {
  const r: string[] = [];
  let v: StateValue | undefined = value;
  while (v !== undefined) {
    if (typeof v === 'string') {
      r.push(v);
      break;
    }
    if (typeof v !== 'object' || v === null) break;
    const cle: string | undefined = Object.keys(v)[0];
    if (cle === undefined) break;
    r.push(cle);
    v = v[cle] as StateValue | undefined;
  }
  return r;
}

/** The kinds of actions declared in the `meta` of the state at `chemin` and of its ancestors. */
export function genresDeLEtat(chemin: readonly string[]): Set<GenreAction> {
  const r = new Set<GenreAction>();
  let noeud = machineRecouvrement.root as unknown as NoeudEtat & { meta?: MetaEtat };
  for (const nom of chemin) {
    const fils = noeud.states[nom] as (NoeudEtat & { meta?: MetaEtat }) | undefined;
    if (fils === undefined) break;
    for (const g of fils.meta?.actions ?? []) r.add(g);
    noeud = fils;
  }
  return r;
}

/** The letter of a written reminder step: the step's model when it is one, else by its tone. */
function modeleRelance(e: EtapeRelance): ModeleRelance {
  if (e.modele === 'relance-amiable' || e.modele === 'relance-ferme') return e.modele;
  return e.ton === 'courtois' ? 'relance-amiable' : 'relance-ferme';
}

/**
 * The actions due or upcoming on a claim at `date`, sorted by `echeance`. Final states have none.
 *
 * @param snapshot - `actor.getSnapshot()`, `actor.getPersistedSnapshot()`, a persisted snapshot read back
 * from JSON, or a dossier (`creerDossier`)
 * @param date - "today"
 * @param options - legal tables (default: those the snapshot's context names)
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for a malformed date, or a snapshot that is not one of the
 * machine's (with the reason)
 * @example
 * ```ts
 * import { machineRecouvrement, prochainesActions } from 'recouvrement/machine';
 * import { createActor } from 'xstate';
 * const acteur = createActor(machineRecouvrement, {
 *   input: {
 *     creance: { id: 'F1', numeroFacture: 'F-2025-001', montantTTC: '1200.00', dateFacture: '2025-01-15',
 *       dateEcheance: '2025-02-14', paiements: [], nature: 'commerciale', cause: 'contractuelle', contestee: false },
 *     debiteur: { id: 'D1', type: 'professionnel', denomination: 'ACME SAS' },
 *   },
 * }).start();
 * acteur.send({ type: 'JOUR', date: '2025-03-20' });
 * prochainesActions(acteur.getPersistedSnapshot(), '2025-03-20');
 * //=> [{ type: 'relance', echeance: '2025-02-15', statut: 'a-faire', canal: 'email', modele: 'relance-amiable', … }, …]
 * ```
 */
export function prochainesActions(snapshot: SnapshotLisible | Snapshot<unknown>, date: DateISO, options: OptionsMachine = {}): ActionDue[] {
  const jour = lireDate(date, ['date']);
  if (typeof snapshot !== 'object' || snapshot === null) entreeInvalide(['snapshot'], 'instantané de la machine attendu', 'invalid_type');
  const lu = snapshot as Partial<SnapshotLisible> & { status?: unknown };
  const chemin = cheminEtat(lu.value ?? '');
  // A live snapshot, a persisted one or a dossier: checked like lireDossier does (status when present).
  // Not checked again when `avancerDossier` built it itself, from checked data, in this very call (cache.ts).
  const motif = construitParCetAppel(snapshot)
    ? null
    : motifInstantaneInvalide({ status: lu.status ?? (chemin.length > 0 && FINALES.has(chemin[0]!) ? 'done' : 'active'), value: lu.value, context: lu.context }, machineRecouvrement, options.baremes);
  if (motif !== null) entreeInvalide(['snapshot'], motif);
  const ctx = lu.context!;
  const genres = genresDeLEtat(chemin);
  if (genres.size === 0 && FINALES.has(chemin[0]!)) return [];
  const actions: ActionDue[] = [];

  type Brouillon = Partial<Omit<ActionDueCommune<string, ModeleLettre | null>, 'statut'>> & Pick<ActionDue, 'type' | 'echeance' | 'nature' | 'libelle'>;
  const ajouter = (a: Brouillon): void => {
    const j = lireDate(a.echeance);
    const statut: ActionDue['statut'] =
      a.nature === 'planifiee' ? (j <= jour ? 'a-faire' : 'a-venir') : jour > j ? 'depassee' : a.nature === 'date-limite' ? 'a-faire' : 'a-venir';
    actions.push({ references: [], canal: null, modele: null, gabarit: null, ton: null, etape: null, montant: null, procedures: null, avertissements: [], ...a, statut } as ActionDue);
  };

  // A hold or a promise running: no reminder, mise en demeure or escalation; after it, the next step is due on
  // its planned day or, when later, the day the reminders resume.
  const suspendues = relancesSuspendues(ctx, date);
  const reprise = repriseRelances(ctx, date);
  const PRESCRIPTION_COURT =
    'La prescription continue de courir : une suspension des relances ou une promesse de paiement ne la suspend pas (C. civ. 2233 à 2239 ; seule une médiation ou une conciliation la suspend, C. civ. 2238).';
  // The day the scenario counts from: the due date, or for an invoice in instalments the first one late
  // (etapes.ts, read on the claim's statement), computed once.
  let departScenario: DateISO | null = null;
  const depart = (): DateISO => (departScenario ??= dateDepartScenario(ctx, ctx.dateCourante, options));
  const etapeSuivante = (filtre: (e: EtapeRelance) => boolean): void => {
    if (suspendues) return;
    const faites = etapesFaites(ctx);
    const e = ctx.scenario.etapes.find((x) => !faites.has(x.id) && filtre(x));
    if (e === undefined) return;
    const prevue = datePrevue(ctx, e, options, depart());
    const mED = e.type === 'mise-en-demeure';
    const consommateur = ctx.debiteur.type === 'consommateur' || ctx.debiteur.type === 'non-professionnel';
    // A partial dispute (206, 207 with CNP…): only the disputed part is suspended, the reminder claims the rest.
    // An invoice in instalments partly late: only the instalments late are claimed, those not yet late are
    // listed "à échoir" (C. civ. 1305-2). What a reminder claims is the library's one rule (montantReclame,
    // src/situation), the very amount of the letter it proposes; `null`: the whole claim (`totalDu`).
    const partiel = litigePartielOuvert(ctx);
    const r =
      partiel !== null || (ctx.creance.echeances?.length ?? 0) > 1 ? montantReclame(situationDuContexte(ctx, ctx.dateCourante, options), partiel?.montantConteste ?? null) : null;
    const reclame = r !== null && r.partiel ? r.reclame : null;
    ajouter({
      type: e.type,
      echeance: reprise !== null && reprise > prevue ? reprise : prevue,
      nature: 'planifiee',
      libelle: mED ? `Mise en demeure (${ctx.scenario.delaiMiseEnDemeureJours} jours)` : e.type === 'appel' ? 'Appel au débiteur' : e.type === 'rappel' ? "Rappel avant l'échéance" : 'Relance',
      references: mED ? ['C. civ. art. 1344', 'C. civ. art. 1344-1'] : [],
      canal: e.canal,
      modele: mED ? (consommateur ? 'mise-en-demeure-consommateur' : 'mise-en-demeure') : e.type === 'relance' ? modeleRelance(e) : null,
      gabarit: e.modele,
      ton: e.ton,
      etape: e.id,
      montant: reclame,
      avertissements: [
        ...(mED ? ["N'interrompt pas la prescription (Cass. com. 18 mai 2022, n° 20-23.204)."] : []),
        ...(r === null || r.echeancesAEchoir.length === 0
          ? []
          : [
              `Échéances non encore exigibles exclues du montant réclamé : ${r.echeancesAEchoir.map((x) => `${formaterEurosFr(x.principalDu)} à échoir le ${x.date}`).join(', ')}.`,
            ]),
        ...(partiel === null || reclame === null
          ? []
          : [
              `Litige partiel (${partiel.motif ?? 'montant contesté'}) : ${formaterEurosFr(partiel.montantConteste)} contestés sont exclus ; réclamer ${formaterEurosFr(reclame)}. La lettre le réclame seul avec donneesLettreDossier (option montantConteste de genererLettre).`,
            ]),
      ],
    });
  };

  const p = ctx.procedure;
  const pc = ctx.procedureCollective;
  const aDeclarer = (): Euros => {
    const s = situationFinanciere(ctx, ctx.dateCourante, options);
    return formaterEuros(lireEuros(s.principalDu) + lireEuros(s.accessoiresDus));
  };
  /** Every kind a state can declare, and what it adds: the exhaustive record makes a new kind a compile error until handled. */
  const PRODUCTEURS: Record<GenreAction, () => void> = {
    rappel: () => etapeSuivante((e) => e.type === 'rappel' && datePrevue(ctx, e, options, depart()) <= depart()),
    relance: () => etapeSuivante((e) => e.type !== 'rappel'),
    'fin-delai-mise-en-demeure': () => {
      if (ctx.miseEnDemeure === null || suspendues) return;
      ajouter({
        type: 'fin-delai-mise-en-demeure',
        echeance: formaterDate(lireDate(ctx.miseEnDemeure.dateLimite) + 1),
        nature: 'planifiee',
        libelle: 'Délai de la mise en demeure expiré : procédure ou échéancier',
        references: ['C. civ. art. 1344'],
      });
    },
    'engager-procedure': () => {
      if (suspendues) return;
      const eligibles = PROCEDURES_JUDICIAIRES.filter((x) => verdictProcedure(ctx, x, formaterDate(jour), options).eligible);
      ajouter({
        type: 'engager-procedure',
        echeance: ctx.dateCourante,
        nature: 'planifiee',
        libelle: eligibles.length ? `Engager une procédure : ${eligibles.join(', ')}` : 'Aucune procédure recevable : perte ou négociation',
        procedures: eligibles,
      });
    },
    'echeance-echeancier': () => {
      const plan = suiviEcheancier(ctx)?.prochaine;
      if (!plan) return;
      ajouter({
        type: 'echeance-echeancier',
        echeance: plan.date,
        nature: 'planifiee',
        libelle: `Échéance du plan de paiement (tolérance ${ctx.scenario.toleranceEcheancierJours} jours)`,
        montant: formaterEuros(plan.reste),
      });
    },
    'traiter-litige': () => {
      if (ctx.litige === null) return;
      ajouter({
        type: 'traiter-litige',
        echeance: ctx.litige.date,
        nature: 'planifiee',
        libelle: `Traiter le litige (${ctx.litige.motif}) : avoir, échéancier, médiation ou assignation au fond`,
        avertissements: ctx.mediation === null ? ['La prescription court : seule une médiation ou une conciliation la suspend (C. civ. 2238).'] : [],
      });
    },
    'suivre-mediation': () => {
      if (ctx.mediation === null) return;
      ajouter({
        type: 'suivre-mediation',
        echeance: ctx.mediation.date,
        nature: 'planifiee',
        libelle: `${ctx.mediation.mode === 'mediation' ? 'Médiation' : 'Conciliation'} en cours : prescription suspendue ; envoyer MEDIATION_FIN à son issue`,
        references: ['C. civ. art. 2238'],
      });
    },
    'signifier-ordonnance': () => {
      if (p?.dateLimiteSignification == null) return;
      ajouter({
        type: 'signifier-ordonnance',
        echeance: p.dateLimiteSignification,
        nature: 'date-limite',
        libelle: "Faire signifier l'ordonnance (non avenue après six mois)",
        references: [REFERENCES_DELAIS.significationInjonction],
      });
    },
    'fin-delai-opposition': () => {
      if (p?.dateLimiteOpposition == null) return;
      ajouter({
        type: 'fin-delai-opposition',
        echeance: finDeDelaiPrudente(p.dateLimiteOpposition, { alsaceMoselle: ctx.alsaceMoselle === true }),
        nature: 'planifiee',
        libelle: `Fin du délai d'opposition (${p.dateLimiteOpposition}) : titre exécutoire`,
        references: [REFERENCES_DELAIS.oppositionInjonction],
        avertissements:
          p.signifieeAPersonne === false
            ? ["Signification non faite à personne : opposition recevable jusqu'à un mois après le premier acte signifié à personne ou la première mesure d'exécution rendant les biens indisponibles (CPC 1416 al. 2)."]
            : [],
      });
    },
    'fin-procedure-simplifiee': () => {
      if (p?.dateLimiteAccord == null) return;
      ajouter({
        type: 'fin-procedure-simplifiee',
        echeance: finDeDelaiPrudente(p.dateLimiteAccord, { alsaceMoselle: ctx.alsaceMoselle === true }),
        nature: 'planifiee',
        libelle: `Procédure simplifiée : sans accord au ${p.dateLimiteAccord}, saisir le juge`,
        references: [REFERENCES_DELAIS.procedureSimplifiee],
      });
    },
    'decider-suite-rejet': () => {
      if (p?.dateDecision == null) return;
      ajouter({ type: 'decider-suite-rejet', echeance: p.dateDecision, nature: 'planifiee', libelle: 'Demande rejetée : appel ou perte' });
    },
    'mandater-commissaire-de-justice': () => {
      if (ctx.titre === null) return;
      if (ctx.debiteur.type === 'personne-publique') {
        // A public person's property cannot be seized (CGPPP L2311-1): the title is executed by mandatement
        // or ordonnancement d'office (loi n° 80-539 du 16 juillet 1980).
        ajouter({
          type: 'demander-mandatement-d-office',
          echeance: max(ctx.titre.date, ctx.dateCourante),
          nature: 'planifiee',
          libelle: `Demander le mandatement ou l'ordonnancement d'office de la somme due (${ctx.titre.nature}) : aucune saisie contre une personne publique`,
          references: ['CGPPP art. L2311-1', 'Loi n° 80-539 du 16 juillet 1980'],
        });
        return;
      }
      ajouter({
        type: 'mandater-commissaire-de-justice',
        echeance: max(ctx.titre.date, ctx.dateCourante),
        nature: 'planifiee',
        libelle: `Faire exécuter le titre (${ctx.titre.nature}) par un commissaire de justice`,
        references: ['CPCE art. L111-2'],
      });
    },
    'passage-en-perte-carence': () => {
      if (ctx.dateCarence === null) return;
      ajouter({ type: 'passage-en-perte', echeance: ctx.dateCarence, nature: 'planifiee', libelle: 'Carence : passage en perte, ou nouvelle mesure plus tard' });
    },
    'declaration-de-creance': () => {
      if (pc === null) return;
      const s = situationFinanciere(ctx, ctx.dateCourante, options);
      ajouter({
        type: 'declaration-de-creance',
        echeance: pc.dateLimiteDeclaration,
        nature: 'date-limite',
        libelle: `Déclarer la créance au mandataire judiciaire (BODACC du ${pc.dateBodacc} + ${ctx.creancierHorsMetropole ? 4 : 2} mois)`,
        references: ['C. com. art. L622-24', REFERENCES_DELAIS.declarationCreance],
        modele: 'declaration-de-creance',
        montant: aDeclarer(),
        avertissements: s.avertissements,
      });
    },
    'releve-de-forclusion': () => {
      if (pc === null) return;
      ajouter({
        type: 'releve-de-forclusion',
        echeance: pc.dateLimiteReleve,
        nature: 'date-limite',
        libelle: 'Demander un relevé de forclusion au juge-commissaire',
        references: [REFERENCES_DELAIS.releveForclusion],
      });
    },
    'declaration-apres-releve': () => {
      if (pc?.dateReleve == null) return;
      ajouter({
        type: 'declaration-de-creance',
        echeance: formaterDate(ajouterMois(lireDate(pc.dateReleve), 1)),
        nature: 'date-limite',
        libelle: 'Déclarer la créance après le relevé',
        references: [REFERENCES_DELAIS.releveForclusion],
        modele: 'declaration-de-creance',
        montant: aDeclarer(),
        avertissements: ['Délai d’un mois : PARTIEL.'],
      });
    },
    'passage-en-perte-forclusion': () => {
      if (pc === null) return;
      ajouter({ type: 'passage-en-perte', echeance: pc.dateLimiteReleve, nature: 'planifiee', libelle: 'Créance forclose (C. com. L622-26) : passage en perte' });
    },
    prescription: () => {
      const r = prescriptionCourante(ctx);
      ajouter({
        type: ctx.titre !== null && ctx.titre.origine !== 'procedure-simplifiee' ? 'expiration-titre-executoire' : 'prescription',
        echeance: r.dateLimite,
        nature: 'echeance-legale',
        libelle: 'Dernier jour pour agir avant la prescription',
        references: r.references,
        avertissements: suspendues ? [...r.avertissements, PRESCRIPTION_COURT] : r.avertissements,
      });
    },
    'verifier-distribution': () => {
      const statut = dernierStatut(ctx.dossier, 'DISTRIBUTION_BLOQUEE');
      const code = statut?.code ?? null;
      ajouter({
        type: 'verifier-distribution',
        echeance: ctx.dateCourante,
        nature: 'planifiee',
        libelle:
          code === 501
            ? 'Facture irrecevable (statut 501) : corriger la facture et la redéposer sur la plateforme ; pas de relance avant sa mise à disposition'
            : `Facture non distribuée${code === null ? '' : ` (statut ${code})`} : corriger l'adressage de l'acheteur (annuaire) et redéposer la facture sur la plateforme ; pas de relance avant sa mise à disposition`,
        references: referencesStatut(code),
        avertissements: ['La prescription continue de courir.'],
      });
    },
    'suivi-affacturage': () => {
      const statut = dernierStatut(ctx.dossier, 'AFFACTURAGE');
      const code = statut?.code ?? null;
      ajouter({
        type: 'suivi-affacturage',
        echeance: ctx.dateCourante,
        nature: 'planifiee',
        libelle: `Facture affacturée${code === null ? '' : ` (statut ${code} ${STATUTS_FACTURE[code]?.libelle ?? ''})`.trimEnd()} : l'affactureur encaisse ; aucune relance du vendeur (statut 228 Non affacturée pour reprendre)`,
        references: referencesStatut(code),
      });
    },
    'reclamer-accessoires': () => {
      const s = situationFinanciere(ctx, ctx.dateCourante, options);
      if (suspendues || s.principalDu !== '0.00' || (s.accessoiresDus === '0.00' && s.accessoiresConnus)) return;
      ajouter({
        type: 'reclamer-accessoires',
        echeance: ctx.dateCourante,
        nature: 'planifiee',
        libelle: 'Principal payé : réclamer les accessoires ou y renoncer (ACCESSOIRES_ABANDONNES)',
        references: s.references,
        montant: s.accessoiresDus,
        avertissements: s.avertissements,
      });
    },
  };
  for (const g of genres) PRODUCTEURS[g]();
  // Holds and promises, in every phase that is not final: what holds the reminders, and when they resume.
  if (suspensionActive(ctx, date)) {
    const s = ctx.suspension!;
    const fin = s.levee !== null ? formaterDate(lireDate(s.levee) - 1) : s.jusquau;
    ajouter({
      type: 'suspension-relances',
      echeance: formaterDate(lireDate(fin) + 1),
      nature: 'planifiee',
      libelle: `Relances suspendues jusqu'au ${fin} (${s.motif}) : reprise du scénario le lendemain ; envoyer SUSPENSION_LEVEE pour reprendre plus tôt`,
      avertissements: [PRESCRIPTION_COURT],
    });
  }
  const promesse = etatPromesse(ctx, date);
  if (promesse !== null && promesse.statut === 'en-cours' && date >= ctx.promesse!.date) {
    const p = ctx.promesse!;
    ajouter({
      type: 'promesse-paiement',
      echeance: p.datePromise,
      nature: 'planifiee',
      libelle: `Promesse de paiement de ${formaterEurosFr(p.montant)} au plus tard le ${p.datePromise} (reçu ${formaterEurosFr(formaterEuros(promesse.paye))}) : relances suspendues jusque-là ; si elle n'est pas tenue, le scénario reprend le lendemain`,
      montant: formaterEuros(Math.max(0, lireEuros(p.montant) - promesse.paye)),
      avertissements: [
        PRESCRIPTION_COURT,
        "Une promesse de paiement écrite du débiteur peut valoir reconnaissance de dette et interrompre la prescription (C. civ. 2240) : dans ce cas, envoyer RECONNAISSANCE_DETTE.",
      ],
    });
  }
  return actions.sort((a, b) => (a.echeance < b.echeance ? -1 : a.echeance > b.echeance ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/** The last entry of `type` in the dossier, with its status code (`null` when the entry carries none). */
function dernierStatut(dossier: ContexteRecouvrement['dossier'], type: string): { date: DateISO; code: number | null } | null {
  for (let i = dossier.length - 1; i >= 0; i--) {
    const e = dossier[i]!;
    if (e.type === type) return { date: e.date, code: typeof e.donnees.code === 'number' ? e.donnees.code : null };
  }
  return null;
}

const FINALES = new Set(['soldee', 'irrecouvrable', 'prescrite', 'annulee', 'invalide']);
const max = (a: DateISO, b: DateISO): DateISO => (a >= b ? a : b);

/** The label and source of an e-invoicing status code, as the reference of an action (none for an unknown code). */
function referencesStatut(code: number | null): string[] {
  const statut = code === null ? undefined : STATUTS_FACTURE[code];
  return statut === undefined ? [] : [`Statut ${code} ${statut.libelle} : ${statut.source}`];
}
