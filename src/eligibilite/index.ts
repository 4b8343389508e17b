// eligibilite — certaine/liquide/exigible, procedures, prescription. Named re-exports only.
export type { ConditionEligibilite, VerdictEligibilite, CreanceEligibilite, DebiteurEligibilite, OptionsEligibilite } from './types.js';
export { verifierCreance } from './verifierCreance.js';
export type { OptionsVerificationCreance, ResultatVerificationCreance } from './verifierCreance.js';
export { eligibiliteProcedureSimplifiee } from './eligibiliteProcedureSimplifiee.js';
export type { OptionsProcedureSimplifiee, ResultatProcedureSimplifiee } from './eligibiliteProcedureSimplifiee.js';
export { eligibiliteInjonctionDePayer } from './eligibiliteInjonctionDePayer.js';
export type { OptionsInjonctionDePayer, ResultatInjonctionDePayer } from './eligibiliteInjonctionDePayer.js';
export { eligibiliteRefereProvision } from './eligibiliteRefereProvision.js';
export type { ResultatRefereProvision } from './eligibiliteRefereProvision.js';
export { calculerPrescription, TYPES_EVENEMENT_PRESCRIPTION } from './calculerPrescription.js';
export type {
  ParamsPrescription,
  ResultatPrescription,
  EtapePrescription,
  EffetPrescription,
  NaturePrescription,
  TypeEvenementPrescription,
} from './calculerPrescription.js';
export { eligibiliteSaisieConservatoire } from './eligibiliteSaisieConservatoire.js';
export type { CirconstancesSaisieConservatoire, FondementSansAutorisation, ResultatSaisieConservatoire } from './eligibiliteSaisieConservatoire.js';
export { eligibiliteInjonctionDePayerEuropeenne } from './eligibiliteInjonctionDePayerEuropeenne.js';
export type { OptionsProcedureEuropeenne, ResultatInjonctionDePayerEuropeenne } from './eligibiliteInjonctionDePayerEuropeenne.js';
export { eligibiliteReglementPetitsLitigesEuropeen } from './eligibiliteReglementPetitsLitigesEuropeen.js';
export type { OptionsPetitsLitigesEuropeens, ResultatPetitsLitigesEuropeens } from './eligibiliteReglementPetitsLitigesEuropeen.js';
export { droitDeRetention } from './droitDeRetention.js';
export type { SituationRetention, ResultatRetention } from './droitDeRetention.js';
