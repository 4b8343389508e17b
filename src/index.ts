// recouvrement — public entry point. Named exports only; types with `export type`.
// The machine lives in the `recouvrement/machine` subpath.

// socle
export { RecouvrementError, CODES_ERREUR } from './socle/erreurs.js';
export type { CodeErreur, Probleme } from './socle/erreurs.js';
export { lireEuros, formaterEuros, normaliserEuros, CENTIMES_MAX } from './socle/euros.js';
export type { Euros, EntreeEuros, LireEurosOptions } from './socle/euros.js';
export {
  lireDate,
  formaterDate,
  estDateISO,
  ajouterMois,
  ajouterAnnees,
  finDeMois,
  semestreDe,
  estBissextile,
  joursDansLeMois,
  jourDeSemaine,
  jourDepuisCivil,
  civilDepuisJour,
} from './socle/date-iso.js';
export type { DateISO, JourEpoch, Semestre, Civil } from './socle/date-iso.js';
export { arrondiDemiSuperieur, arrondiDemiPair, arrondiInferieur } from './socle/arrondi.js';
export type { Arrondi } from './socle/arrondi.js';
export { lireTaux, formaterTaux } from './socle/taux.js';
export type { Taux, TauxExact } from './socle/taux.js';

// baremes
export { baremesParDefaut } from './baremes/donnees.js';
export { etendreBaremes } from './baremes/etendreBaremes.js';
export type { AjoutsBaremes } from './baremes/etendreBaremes.js';
export type {
  Baremes,
  Provenance,
  ChangementTauxBce,
  TableBce,
  PeriodeTauxLegal,
  RegleL441_10,
  MontantDate,
} from './baremes/types.js';

// entites
export {
  eurosSchema,
  dateIsoSchema,
  tauxSchema,
  sirenValide,
  siretValide,
  tvaIntracommunautaireValide,
  cleLuhnValide,
} from './entites/communs.js';
export { creanceSchema, paiementSchema, tauxPenalitesSchema } from './entites/creance.js';
export type { Creance, CreanceEntree, Paiement, TauxPenalites } from './entites/creance.js';
export { debiteurSchema, procedureCollectiveSchema } from './entites/debiteur.js';
export type { Debiteur, DebiteurEntree, ProcedureCollective } from './entites/debiteur.js';
export { relanceSchema, CANAUX } from './entites/relance.js';
export type { Relance, Canal } from './entites/relance.js';
export { procedureSchema, TYPES_PROCEDURE, JURIDICTIONS } from './entites/procedure.js';
export type { Procedure, TypeProcedure } from './entites/procedure.js';
export { parseCreance, parseDebiteur, parseRelance, parseProcedure } from './entites/parser.js';

// calculs
export { calculerPenalitesRetard } from './calculs/penalites/calculerPenalitesRetard.js';
export type { ParamsPenalites, OptionsPenalites, ModeTauxPenalites } from './calculs/penalites/calculerPenalitesRetard.js';
export { calculerPenalitesRetardLot } from './calculs/penalites/calculerPenalitesRetardLot.js';
export type { ResultatAccrual, PeriodeAccrual } from './calculs/moteur/resultat.js';
export type { BaseAnnuelle } from './calculs/moteur/cumul.js';
export { calculerInteretsLegaux } from './calculs/interets/calculerInteretsLegaux.js';
export type { ParamsInteretsLegaux, OptionsInteretsLegaux } from './calculs/interets/calculerInteretsLegaux.js';
export { indemniteForfaitaire } from './calculs/indemnite/indemniteForfaitaire.js';
export type { ParamsIndemnite, ResultatIndemnite } from './calculs/indemnite/indemniteForfaitaire.js';
export { calculerDateEcheance } from './calculs/echeance/calculerDateEcheance.js';
export type { ParamsDateEcheance, ResultatDateEcheance, ConditionsPaiement } from './calculs/echeance/calculerDateEcheance.js';

// eligibilite — verifierCreance, procedures, prescription (src/eligibilite/)

// calculs — imputation of payments and payment plans (src/calculs/imputation, src/calculs/echeancier)
export { imputerPaiements, ORDRE_COMPOSANTES_LEGAL } from './calculs/imputation/index.js';
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
} from './calculs/imputation/index.js';
export { creerEcheancier, verifierEcheancier, repartir, DELAI_GRACE_MAX_MOIS, ECHEANCES_MAX } from './calculs/echeancier/index.js';
export type {
  ParamsEcheancier,
  ParamsEcheancierCommuns,
  ParamsEcheancierPeriodique,
  ParamsEcheancierDates,
  PlanAVerifier,
  PaiementEcheancier,
  ClauseDefaillance,
  OptionsVerifierEcheancier,
  EtatEcheance,
  Defaillance,
  ResultatVerificationEcheancier,
  Echeance,
  Echeancier,
  NatureEcheancier,
} from './calculs/echeancier/index.js';

// indicateurs — KPIs (src/indicateurs/)

// documents — letters and invoice mentions (src/documents/)
