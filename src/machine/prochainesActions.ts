/**
 * What is due on a claim: the next reminder of its scenario, the legal deadlines of its phase (service of an
 * injonction de payer, CPC 1411; end of the opposition month, CPC 1416; end of the procédure simplifiée,
 * CPCE L125-1; declaration of the claim, C. com. R622-24; relevé de forclusion, L622-26; enforcement of the
 * title, CPCE L111-4; prescription), the instalments of a payment plan, the accessories still claimed.
 * Deterministic: a function of the snapshot and the date only.
 */
import type { StateValue } from 'xstate';
import type { Canal } from '../entites/relance.js';
import { ajouterMois, formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, lireEuros, type Euros } from '../socle/euros.js';
import type { ContexteRecouvrement } from './contexte.js';
import { finDeDelaiPrudente, REFERENCES_DELAIS } from './delais.js';
import { PROCEDURES_JUDICIAIRES, type ProcedureJudiciaire } from './evenements.js';
import { datePrevue, etapesFaites } from './etapes.js';
import { prescriptionCourante, verdictProcedure } from './regles.js';
import type { EtapeRelance } from './scenarios.js';
import { situationFinanciere, suiviEcheancier, type OptionsMachine } from './situation.js';

/**
 * One action due or upcoming.
 * - `nature`: `planifiee` (to do on `echeance`), `date-limite` (to do at the latest on `echeance`),
 *   `echeance-legale` (a legal deadline to watch: something happens after it).
 * - `statut`: `a-faire` (a planned action whose day has come, or a deadline still open), `a-venir` (a
 *   planned action or a legal deadline in the future), `depassee` (the deadline passed: send a `JOUR` event
 *   to let the machine draw the consequence).
 */
export interface ActionDue {
  readonly type: string;
  readonly echeance: DateISO;
  readonly nature: 'planifiee' | 'date-limite' | 'echeance-legale';
  readonly statut: 'a-faire' | 'a-venir' | 'depassee';
  readonly libelle: string;
  readonly references: readonly string[];
  readonly canal: Canal | null;
  readonly modele: string | null;
  readonly ton: EtapeRelance['ton'] | null;
  /** The scenario step, for reminders. */
  readonly etape: string | null;
  readonly montant: Euros | null;
  /** For `engager-procedure`: the procedures the claim is eligible to at the date. */
  readonly procedures: readonly ProcedureJudiciaire[] | null;
  readonly avertissements: readonly string[];
}

/** What {@link prochainesActions} reads: a live snapshot or a persisted one (after `JSON.parse`). */
export interface SnapshotLisible {
  readonly value: StateValue;
  readonly context: ContexteRecouvrement;
}

/**
 * The path of state names of a snapshot value, from the phase down to the leaf state.
 *
 * @example
 * ```ts
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
    const cle: string | undefined = Object.keys(v)[0];
    if (cle === undefined) break;
    r.push(cle);
    v = v[cle] as StateValue | undefined;
  }
  return r;
}

const PHASES_FINALES = new Set(['soldee', 'irrecouvrable', 'prescrite', 'annulee']);

/**
 * The actions due or upcoming on a claim at `date`, sorted by `echeance`. Final states have none.
 *
 * @param snapshot - `actor.getSnapshot()` or a persisted snapshot read back from JSON
 * @param date - "today"
 * @param options - legal tables
 * @throws {RecouvrementError} `ENTREE_INVALIDE` for a malformed date
 * @example
 * ```ts
 * prochainesActions(acteur.getSnapshot(), '2025-03-20');
 * //=> [{ type: 'relance', echeance: '2025-03-15', statut: 'a-faire', canal: 'email', modele: 'relance-courtoise', … }, …]
 * ```
 */
export function prochainesActions(snapshot: SnapshotLisible, date: DateISO, options: OptionsMachine = {}): ActionDue[] {
  const jour = lireDate(date, ['date']);
  if (typeof snapshot !== 'object' || snapshot === null || typeof snapshot.context !== 'object') entreeInvalide(['snapshot'], 'instantané de la machine attendu', 'invalid_type');
  const ctx = snapshot.context;
  const chemin = cheminEtat(snapshot.value);
  const [phase, sous, etat] = chemin;
  if (phase === undefined || PHASES_FINALES.has(phase)) return [];
  const actions: ActionDue[] = [];

  const ajouter = (a: Partial<ActionDue> & Pick<ActionDue, 'type' | 'echeance' | 'nature' | 'libelle'>): void => {
    const j = lireDate(a.echeance);
    const statut: ActionDue['statut'] =
      a.nature === 'planifiee' ? (j <= jour ? 'a-faire' : 'a-venir') : jour > j ? 'depassee' : a.nature === 'date-limite' ? 'a-faire' : 'a-venir';
    actions.push({
      references: [],
      canal: null,
      modele: null,
      ton: null,
      etape: null,
      montant: null,
      procedures: null,
      avertissements: [],
      ...a,
      statut,
    });
  };

  const etapeSuivante = (filtre: (e: EtapeRelance) => boolean): void => {
    const faites = etapesFaites(ctx);
    const e = ctx.scenario.etapes.find((x) => !faites.has(x.id) && filtre(x));
    if (e === undefined) return;
    const mED = e.type === 'mise-en-demeure';
    ajouter({
      type: e.type,
      echeance: datePrevue(ctx, e),
      nature: 'planifiee',
      libelle: mED
        ? `Mise en demeure (${ctx.scenario.delaiMiseEnDemeureJours} jours)`
        : e.type === 'appel'
          ? 'Appel au débiteur'
          : e.type === 'rappel'
            ? "Rappel avant l'échéance"
            : 'Relance',
      references: mED ? ['C. civ. art. 1344', 'C. civ. art. 1344-1'] : [],
      canal: e.canal,
      modele: e.modele,
      ton: e.ton,
      etape: e.id,
      avertissements: mED ? ["N'interrompt pas la prescription (Cass. com. 18 mai 2022, n° 20-23.204)."] : [],
    });
  };

  // Reminders, deadlines and procedures by phase.
  if (phase === 'amiable') {
    if (sous === 'aEchoir') etapeSuivante((e) => e.type === 'rappel' && datePrevue(ctx, e) <= ctx.creance.dateEcheance);
    if (sous === 'relances') etapeSuivante((e) => e.type !== 'rappel');
    if (sous === 'miseEnDemeure' && ctx.miseEnDemeure !== null) {
      ajouter({
        type: 'fin-delai-mise-en-demeure',
        echeance: formaterDate(lireDate(ctx.miseEnDemeure.dateLimite) + 1),
        nature: 'planifiee',
        libelle: 'Délai de la mise en demeure expiré : procédure ou échéancier',
        references: ['C. civ. art. 1344'],
      });
    }
    if (sous === 'escalade') {
      const eligibles = PROCEDURES_JUDICIAIRES.filter((p) => verdictProcedure(ctx, p, formaterDate(jour), options).eligible);
      ajouter({
        type: 'engager-procedure',
        echeance: ctx.dateCourante,
        nature: 'planifiee',
        libelle: eligibles.length ? `Engager une procédure : ${eligibles.join(', ')}` : 'Aucune procédure recevable : perte ou négociation',
        procedures: eligibles,
      });
    }
  }
  const plan = phase === 'negociation' ? suiviEcheancier(ctx)?.prochaine : null;
  if (plan) {
    ajouter({
      type: 'echeance-echeancier',
      echeance: plan.date,
      nature: 'planifiee',
      libelle: `Échéance du plan de paiement (tolérance ${ctx.scenario.toleranceEcheancierJours} jours)`,
      montant: formaterEuros(plan.reste),
    });
  }
  if (phase === 'litige' && ctx.litige !== null) {
    ajouter({
      type: 'traiter-litige',
      echeance: ctx.litige.date,
      nature: 'planifiee',
      libelle: `Traiter le litige (${ctx.litige.motif}) : avoir, échéancier, médiation ou assignation au fond`,
      avertissements: ctx.mediation === null ? ['La prescription court : seule une médiation ou une conciliation la suspend (C. civ. 2238).'] : [],
    });
  }
  if (ctx.mediation !== null) {
    ajouter({
      type: 'suivre-mediation',
      echeance: ctx.mediation.date,
      nature: 'planifiee',
      libelle: `${ctx.mediation.mode === 'mediation' ? 'Médiation' : 'Conciliation'} en cours : prescription suspendue ; envoyer MEDIATION_FIN à son issue`,
      references: ['C. civ. art. 2238'],
    });
  }
  const p = ctx.procedure;
  if (phase === 'judiciaire' && p !== null) {
    if (sous === 'injonctionDePayer' && etat === 'ordonnance' && p.dateLimiteSignification !== null) {
      ajouter({
        type: 'signifier-ordonnance',
        echeance: p.dateLimiteSignification,
        nature: 'date-limite',
        libelle: "Faire signifier l'ordonnance (non avenue après six mois)",
        references: [REFERENCES_DELAIS.significationInjonction],
      });
    }
    if (sous === 'injonctionDePayer' && etat === 'signifiee' && p.dateLimiteOpposition !== null) {
      ajouter({
        type: 'fin-delai-opposition',
        echeance: finDeDelaiPrudente(p.dateLimiteOpposition),
        nature: 'planifiee',
        libelle: `Fin du délai d'opposition (${p.dateLimiteOpposition}) : titre exécutoire`,
        references: [REFERENCES_DELAIS.oppositionInjonction],
        avertissements: p.signifieeAPersonne === false
          ? ["Signification non faite à personne : opposition recevable jusqu'à un mois après le premier acte signifié à personne ou la première mesure d'exécution rendant les biens indisponibles (CPC 1416 al. 2)."]
          : [],
      });
    }
    if (sous === 'procedureSimplifiee' && p.dateLimiteAccord !== null) {
      ajouter({
        type: 'fin-procedure-simplifiee',
        echeance: finDeDelaiPrudente(p.dateLimiteAccord),
        nature: 'planifiee',
        libelle: `Procédure simplifiée : sans accord au ${p.dateLimiteAccord}, saisir le juge`,
        references: [REFERENCES_DELAIS.procedureSimplifiee],
      });
    }
    if (sous === 'rejetee' && p.dateDecision !== null) {
      ajouter({ type: 'decider-suite-rejet', echeance: p.dateDecision, nature: 'planifiee', libelle: 'Demande rejetée : appel ou perte' });
    }
  }
  if (phase === 'execution') {
    if (sous === 'titre' && ctx.titre !== null) {
      ajouter({
        type: 'mandater-commissaire-de-justice',
        echeance: max(ctx.titre.date, ctx.dateCourante),
        nature: 'planifiee',
        libelle: `Faire exécuter le titre (${ctx.titre.nature}) par un commissaire de justice`,
        references: ['CPCE art. L111-2'],
      });
    }
    if (sous === 'carence' && ctx.dateCarence !== null) {
      ajouter({ type: 'passage-en-perte', echeance: ctx.dateCarence, nature: 'planifiee', libelle: 'Carence : passage en perte, ou nouvelle mesure plus tard' });
    }
  }
  const pc = ctx.procedureCollective;
  if (phase === 'procedureCollective' && pc !== null) {
    const s = situationFinanciere(ctx, ctx.dateCourante, options);
    const aDeclarer = formaterEuros(lireEuros(s.principalDu) + lireEuros(s.accessoiresDus));
    if (sous === 'declarationAFaire') {
      ajouter({
        type: 'declaration-de-creance',
        echeance: pc.dateLimiteDeclaration,
        nature: 'date-limite',
        libelle: `Déclarer la créance au mandataire judiciaire (BODACC du ${pc.dateBodacc} + ${ctx.creancierHorsMetropole ? 4 : 2} mois)`,
        references: ['C. com. art. L622-24', REFERENCES_DELAIS.declarationCreance],
        montant: aDeclarer,
        avertissements: s.avertissements,
      });
    }
    if (sous === 'forclose') {
      ajouter({
        type: 'releve-de-forclusion',
        echeance: pc.dateLimiteReleve,
        nature: 'date-limite',
        libelle: 'Demander un relevé de forclusion au juge-commissaire',
        references: [REFERENCES_DELAIS.releveForclusion],
      });
    }
    if (sous === 'releve' && pc.dateReleve !== null) {
      ajouter({
        type: 'declaration-de-creance',
        echeance: formaterDate(ajouterMois(lireDate(pc.dateReleve), 1)),
        nature: 'date-limite',
        libelle: 'Déclarer la créance après le relevé',
        references: [REFERENCES_DELAIS.releveForclusion],
        montant: aDeclarer,
        avertissements: ['Délai d’un mois : PARTIEL.'],
      });
    }
    if (sous === 'forclusionDefinitive') {
      ajouter({ type: 'passage-en-perte', echeance: pc.dateLimiteReleve, nature: 'planifiee', libelle: 'Créance forclose (C. com. L622-26) : passage en perte' });
    }
  }

  // Prescription: watched wherever it runs (not during a pending instance, C. civ. 2242, nor in collective proceedings).
  const instance = phase === 'judiciaire' && !(sous === 'procedureSimplifiee' || (sous === 'injonctionDePayer' && (etat === 'requete' || etat === 'ordonnance')));
  if (phase !== 'procedureCollective' && !instance) {
    const r = prescriptionCourante(ctx);
    ajouter({
      type: ctx.titre !== null && ctx.titre.origine !== 'procedure-simplifiee' ? 'expiration-titre-executoire' : 'prescription',
      echeance: r.dateLimite,
      nature: 'echeance-legale',
      libelle: 'Dernier jour pour agir avant la prescription',
      references: r.references,
      avertissements: r.avertissements,
    });
  }
  // Accessories still claimed once the principal is paid.
  const s = situationFinanciere(ctx, ctx.dateCourante, options);
  if (s.principalDu === '0.00' && (s.accessoiresDus !== '0.00' || !s.accessoiresConnus)) {
    ajouter({
      type: 'reclamer-accessoires',
      echeance: ctx.dateCourante,
      nature: 'planifiee',
      libelle: 'Principal payé : réclamer les accessoires ou y renoncer (ACCESSOIRES_ABANDONNES)',
      references: s.references,
      montant: s.accessoiresDus,
      avertissements: s.avertissements,
    });
  }
  return actions.sort((a, b) => (a.echeance < b.echeance ? -1 : a.echeance > b.echeance ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

const max = (a: DateISO, b: DateISO): DateISO => (a >= b ? a : b);
