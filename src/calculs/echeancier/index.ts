// Payment plans (échéanciers): creation, follow-up, and the cent-exact allocation they rest on.
export { creerEcheancier, DELAI_GRACE_MAX_MOIS, ECHEANCES_MAX } from './creerEcheancier.js';
export type { ParamsEcheancier, ParamsEcheancierCommuns, ParamsEcheancierPeriodique, ParamsEcheancierDates } from './creerEcheancier.js';
export { verifierEcheancier } from './verifierEcheancier.js';
export type {
  PlanAVerifier,
  PaiementEcheancier,
  ClauseDefaillance,
  OptionsVerifierEcheancier,
  EtatEcheance,
  Defaillance,
  ResultatVerificationEcheancier,
} from './verifierEcheancier.js';
export { repartir } from './repartir.js';
export type { Echeance, Echeancier, NatureEcheancier } from './types.js';
