// recouvrement/machine — the XState v5 recovery lifecycle. The only entry point that imports xstate.
export { machineRecouvrement, creerMachineRecouvrement } from './machineRecouvrement.js';
export { creerDossier, avancerDossier, lireDossier, FORMAT_DOSSIER, VERSION_DOSSIER } from './dossier.js';
export type { Dossier, DossierAvance, OptionsCreerDossier, OptionsAvancerDossier, OptionsLireDossier } from './dossier.js';
export { identiteBaremes } from './identiteBaremes.js';
export type { IdentiteBaremes } from './identiteBaremes.js';
export type { MachineRecouvrement } from './machineRecouvrement.js';
export { prochainesActions, cheminEtat } from './prochainesActions.js';
export type { ActionDue, ActionDueCommune, TypeActionDue, TypeActionSansLettre, ModeleRelance, ModeleMiseEnDemeure, SnapshotLisible } from './prochainesActions.js';
export { evenementDepuisStatutFacture, interpreterStatutFacture, STATUTS_FACTURE, ACTIONS_STATUT_FACTURE } from './evenementDepuisStatutFacture.js';
export type { StatutFacture, DefinitionStatutFacture, EffetStatutFacture, InterpretationStatutFacture } from './evenementDepuisStatutFacture.js';
export { evenementSchema, lireEvenement, estEvenementValide, PROCEDURES_JUDICIAIRES, MOTIFS_ANNULATION } from './evenements.js';
export type { EvenementRecouvrement, EvenementRecouvrementEntree, TypeEvenement, ProcedureJudiciaire, MotifAnnulation } from './evenements.js';
export { scenariosParDefaut, scenarioPourDebiteur, parseScenario, scenarioRelanceSchema, etapeRelanceSchema } from './scenarios.js';
export type { ScenarioRelance, EtapeRelance, NomScenario } from './scenarios.js';
export { contexteInitial } from './contexte.js';
export type {
  ContexteRecouvrement,
  EntreeMachine,
  EntreeDossier,
  EvenementPrescription,
  ProcedureEnCours,
  TitreExecutoire,
  ProcedureCollectiveEnCours,
  Imputation,
  Json,
} from './contexte.js';
export { situationFinanciere } from './situation.js';
export { donneesLettreDossier } from './lettreDossier.js';
export type { ComplementLettre, LettreDuDossier } from './lettreDossier.js';
export type { SituationFinanciere, OptionsMachine } from './situation.js';
export { verdictProcedure, prescriptionCourante, creanceCourante } from './regles.js';
export type { VerdictProcedure, PrescriptionCourante } from './regles.js';
export {
  dateLimiteDeclarationCreance,
  dateLimiteReleveForclusion,
  dateLimiteSignificationInjonction,
  dateLimiteOpposition,
  dateLimiteProcedureSimplifiee,
  dateLimiteTitreExecutoire,
  finDeDelaiPrudente,
  REFERENCES_DELAIS,
} from './delais.js';
export type { OptionsDelais } from './delais.js';
export type { MetaEtat, GenreAction } from './actionsEtats.js';
export { prochainesActionsDebiteur } from './prochainesActionsDebiteur.js';
export type { OptionsActionsDebiteur, ActionsDebiteur, ActionDebiteur, CreanceCouverte, CreanceAEchoir } from './prochainesActionsDebiteur.js';
