// situation — the one statement of what a claim owes, the debtor's relevé, entity-level calls (src/situation/).
export { situationCreance } from './situationCreance.js';
export { releveDeCompte } from './releveDeCompte.js';
export { penalitesCreance } from './penalitesCreance.js';
export { prescriptionCreance } from './prescriptionCreance.js';
export type {
  OptionsSituation,
  RegleImputation,
  SiBaremeManquant,
  SituationCreance,
  AccessoireSituation,
  PenalitesSituation,
  IndemniteSituation,
  ImputationPaiementSituation,
} from './types.js';
export type { EcheanceSituation, PaiementAnnuleSituation } from './types.js';
export type { ClausePenaleSituation } from './types.js';
export type { OptionsReleve, ReleveDeCompte, TotauxReleve, CreanceAEchoir } from './releveDeCompte.js';
export type { PenalitesCreance } from './penalitesCreance.js';
export type { OptionsPrescriptionCreance } from './prescriptionCreance.js';
