// KPIs over ledgers: DSO, recovery rates, aged balance, payment delays, the D441-6 table, payment profiles
// and the ranking of reminders.
export { dso } from './dso.js';
export type { ParamsDso } from './dso.js';
export { dsoParEpuisement } from './dsoParEpuisement.js';
export type { ParamsDsoParEpuisement, PeriodeVentes } from './dsoParEpuisement.js';
export { meilleurDsoPossible } from './meilleurDsoPossible.js';
export type { ParamsMeilleurDso } from './meilleurDsoPossible.js';
export { retardMoyen } from './retardMoyen.js';
export type { ParamsRetardMoyen } from './retardMoyen.js';
export { tauxDeRecouvrement } from './tauxDeRecouvrement.js';
export type { ParamsTauxDeRecouvrement } from './tauxDeRecouvrement.js';
export { tauxImpayes } from './tauxImpayes.js';
export type { ParamsTauxImpayes } from './tauxImpayes.js';
export { indiceEfficaciteRecouvrement } from './indiceEfficaciteRecouvrement.js';
export type { ParamsCei } from './indiceEfficaciteRecouvrement.js';
export { balanceAgee, TRANCHES_BALANCE_AGEE } from './balanceAgee.js';
export type { FactureAgee, ParamsBalanceAgee, TrancheAgee } from './balanceAgee.js';
export { delaiMoyenDePaiement } from './delaiMoyenDePaiement.js';
export type { FacturePayee, ParamsDelaiMoyenDePaiement, ResultatDelaiMoyenDePaiement } from './delaiMoyenDePaiement.js';
export { tableauDelaisPaiement, tableauDelaisPaiementExercice, BANDES_D441_6, AVERTISSEMENTS_D441_6 } from './tableauDelaisPaiement.js';
export type {
  LigneDelaisPaiement,
  ParamsTableauDelaisPaiement,
  BandeDelaisPaiement,
  SectionDelaisPaiement,
  TableauDelaisPaiement,
  BaseTaxe,
  LigneDelaisPaiementExercice,
  ParamsTableauDelaisPaiementExercice,
  BandeDelaisPaiementExercice,
  SectionDelaisPaiementExercice,
  TableauDelaisPaiementExercice,
} from './tableauDelaisPaiement.js';
export { rendreTableauDelaisPaiement } from './rendreTableauDelaisPaiement.js';
export type { OptionsRenduDelaisPaiement } from './rendreTableauDelaisPaiement.js';
export { profilPaiement } from './profilPaiement.js';
export type { FactureHistorique, ParamsProfilPaiement, PeriodeProfil, ProfilPaiement } from './profilPaiement.js';
export { prioriserRelances } from './prioriserRelances.js';
export type {
  CreanceARelancer,
  PoidsPriorite,
  OptionsPrioriserRelances,
  FacteurPriorite,
  PrioriteRelance,
} from './prioriserRelances.js';
