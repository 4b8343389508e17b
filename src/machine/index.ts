// recouvrement/machine — the XState v5 recovery lifecycle. The only entry point that imports xstate.
export { machineRecouvrement, creerMachineRecouvrement } from './machineRecouvrement.js';
export type { MachineRecouvrement } from './machineRecouvrement.js';
export { prochainesActions, cheminEtat } from './prochainesActions.js';
export type { ActionDue, SnapshotLisible } from './prochainesActions.js';
export { evenementDepuisStatutFacture, STATUTS_FACTURE } from './evenementDepuisStatutFacture.js';
export type { StatutFacture } from './evenementDepuisStatutFacture.js';
export { evenementSchema, lireEvenement, estEvenementValide, PROCEDURES_JUDICIAIRES } from './evenements.js';
export type { EvenementRecouvrement, EvenementRecouvrementEntree, TypeEvenement, ProcedureJudiciaire } from './evenements.js';
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
