// Imputation of payments (C. civ. art. 1342-10, 1343-1).
export { imputerPaiements, ORDRE_COMPOSANTES_LEGAL } from './imputerPaiements.js';
export type {
  Composante,
  DetteAImputer,
  PaiementAImputer,
  ParamsImputation,
  OptionsImputation,
  Ventilation,
  ImputationPaiement,
  SoldeDette,
  ResultatImputation,
} from './imputerPaiements.js';
