// recouvrement — public entry point. Named exports only; types with `export type`.
// The machine lives in the `recouvrement/machine` subpath.

// socle
export { RecouvrementError, CODES_ERREUR, entreeInvalide, depuisZod, baremeManquant, estRecouvrementError } from './socle/erreurs.js';
export type { CodeErreur, CodeProbleme, Probleme } from './socle/erreurs.js';
export { lireEuros, formaterEuros, normaliserEuros, CENTIMES_MAX } from './socle/euros.js';
export { sommeEuros } from './socle/sommeEuros.js';
export { formaterEurosFr, ESPACE_MILLIERS, ESPACE_INSECABLE } from './socle/formaterEurosFr.js';
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
export { arrondiDemiSuperieur } from './socle/arrondi.js';
export { lireTaux, formaterTaux } from './socle/taux.js';
export type { Taux, TauxExact } from './socle/taux.js';

// baremes
export { baremesParDefaut } from './baremes/donnees.js';
export { etendreBaremes } from './baremes/etendreBaremes.js';
export type { AjoutsBaremes } from './baremes/etendreBaremes.js';
export { lireBaremesBce } from './baremes/lireBaremesBce.js';
export type { LireBaremesBceOptions, BaremesBceLus } from './baremes/lireBaremesBce.js';
export { lireTauxLegal } from './baremes/lireTauxLegal.js';
export type { TauxLegalLus } from './baremes/lireTauxLegal.js';
export { baremesVersJson, chargerBaremes, FORMAT_FICHIER_BAREMES, VERSION_FICHIER_BAREMES } from './baremes/fichierBaremes.js';
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
export { creanceSchema, paiementSchema, avoirSchema, tauxPenalitesSchema, clausePenaleSchema } from './entites/creance.js';
export type { Creance, CreanceEntree, Paiement, Avoir, TauxPenalites, ClausePenale } from './entites/creance.js';
export { echeanceFactureSchema, annulationPaiementSchema } from './entites/creance.js';
export type { EcheanceFacture, AnnulationPaiement } from './entites/creance.js';
export { debiteurSchema, procedureCollectiveSchema } from './entites/debiteur.js';
export type { Debiteur, DebiteurEntree, ProcedureCollective } from './entites/debiteur.js';
export { relanceSchema, CANAUX } from './entites/relance.js';
export type { Relance, Canal } from './entites/relance.js';
export { procedureSchema, TYPES_PROCEDURE, JURIDICTIONS } from './entites/procedure.js';
export type { Procedure, TypeProcedure } from './entites/procedure.js';
export { parseCreance, parseDebiteur, parseRelance, parseProcedure } from './entites/parser.js';
export type { OptionsParse } from './entites/parser.js';
export type { ClesInconnues } from './entites/internes.js';
export { verifierTexte } from './entites/internes.js';
export { messageErreurZod } from './entites/messages.js';

// calculs
export { calculerPenalitesRetard } from './calculs/penalites/calculerPenalitesRetard.js';
export type { ParamsPenalites, OptionsPenalites, ModeTauxPenalites } from './calculs/penalites/calculerPenalitesRetard.js';
export { calculerPenalitesRetardLot } from './calculs/penalites/calculerPenalitesRetardLot.js';
export type { OptionsPenalitesLot, ResultatLotAvertissements } from './calculs/penalites/calculerPenalitesRetardLot.js';
export type { ResultatAccrual, PeriodeAccrual } from './calculs/moteur/resultat.js';
export type { BaseAnnuelle } from './calculs/moteur/cumul.js';
export type { OptionsCalcul } from './calculs/moteur/entrees.js';
export { calculerInteretsLegaux } from './calculs/interets/calculerInteretsLegaux.js';
export type { ParamsInteretsLegaux, OptionsInteretsLegaux } from './calculs/interets/calculerInteretsLegaux.js';
export { indemniteForfaitaire } from './calculs/indemnite/indemniteForfaitaire.js';
export type { ParamsIndemnite, ResultatIndemnite } from './calculs/indemnite/indemniteForfaitaire.js';
export { calculerDateEcheance } from './calculs/echeance/calculerDateEcheance.js';
export type { ParamsDateEcheance, ResultatDateEcheance, ConditionsPaiement } from './calculs/echeance/calculerDateEcheance.js';

// calendrier — public holidays and the end of a procedural delay (src/calendrier/)
export { estJourFerie, PLAGE_JOURS_FERIES } from './calendrier/estJourFerie.js';
export type { EstJourFerieOptions } from './calendrier/estJourFerie.js';
export type { OptionsCalendrier } from './calendrier/internes.js';
export { estJourOuvre } from './calendrier/estJourOuvre.js';
export type { EstJourOuvreOptions } from './calendrier/estJourOuvre.js';
export { finDeDelai } from './calendrier/finDeDelai.js';
export type { FinDeDelaiOptions } from './calendrier/finDeDelai.js';

// eligibilite — verifierCreance, procedures, prescription (src/eligibilite/)
export {
  verifierCreance,
  eligibiliteProcedureSimplifiee,
  eligibiliteInjonctionDePayer,
  eligibiliteRefereProvision,
  calculerPrescription,
  TYPES_EVENEMENT_PRESCRIPTION,
  eligibiliteSaisieConservatoire,
  eligibiliteInjonctionDePayerEuropeenne,
  eligibiliteReglementPetitsLitigesEuropeen,
  droitDeRetention,
} from './eligibilite/index.js';
export type {
  ConditionEligibilite,
  VerdictEligibilite,
  CreanceEligibilite,
  DebiteurEligibilite,
  OptionsEligibilite,
  ResultatVerificationCreance,
  OptionsVerificationCreance,
  OptionsInjonctionDePayer,
  OptionsProcedureSimplifiee,
  ResultatProcedureSimplifiee,
  ResultatInjonctionDePayer,
  ResultatRefereProvision,
  ParamsPrescription,
  ResultatPrescription,
  EtapePrescription,
  EffetPrescription,
  NaturePrescription,
  TypeEvenementPrescription,
  CirconstancesSaisieConservatoire,
  FondementSansAutorisation,
  ResultatSaisieConservatoire,
  OptionsProcedureEuropeenne,
  ResultatInjonctionDePayerEuropeenne,
  OptionsPetitsLitigesEuropeens,
  ResultatPetitsLitigesEuropeens,
  SituationRetention,
  ResultatRetention,
} from './eligibilite/index.js';

export type { JuridictionNationale, QualiteCreancier } from './eligibilite/internes.js';

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
export {
  dso,
  dsoParEpuisement,
  meilleurDsoPossible,
  retardMoyen,
  tauxDeRecouvrement,
  tauxImpayes,
  indiceEfficaciteRecouvrement,
  balanceAgee,
  TRANCHES_BALANCE_AGEE,
  delaiMoyenDePaiement,
  tableauDelaisPaiement,
  tableauDelaisPaiementExercice,
  BANDES_D441_6,
  AVERTISSEMENTS_D441_6,
  rendreTableauDelaisPaiement,
  profilPaiement,
  prioriserRelances,
} from './indicateurs/index.js';
export type {
  ParamsDso,
  ParamsDsoParEpuisement,
  PeriodeVentes,
  ParamsMeilleurDso,
  ParamsRetardMoyen,
  ParamsTauxDeRecouvrement,
  ParamsTauxImpayes,
  ParamsCei,
  FactureAgee,
  ParamsBalanceAgee,
  TrancheAgee,
  FacturePayee,
  ParamsDelaiMoyenDePaiement,
  ResultatDelaiMoyenDePaiement,
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
  OptionsRenduDelaisPaiement,
  FactureHistorique,
  ParamsProfilPaiement,
  PeriodeProfil,
  ProfilPaiement,
  CreanceARelancer,
  PoidsPriorite,
  OptionsPrioriserRelances,
  FacteurPriorite,
  PrioriteRelance,
} from './indicateurs/index.js';

// situation — the one statement of a claim (machine and letters use it), the debtor's relevé, entity-level calls (src/situation/)
export { situationCreance, releveDeCompte, penalitesCreance, prescriptionCreance } from './situation/index.js';
// What a reminder claims (instalments late only, the undisputed part): one rule for the machine's actions and the letters.
export { montantReclame } from './situation/montantReclame.js';
export type { MontantReclame } from './situation/montantReclame.js';
export type {
  OptionsSituation,
  RegleImputation,
  SiBaremeManquant,
  SituationCreance,
  AccessoireSituation,
  PenalitesSituation,
  ClausePenaleSituation,
  IndemniteSituation,
  ImputationPaiementSituation,
  EcheanceSituation,
  PaiementAnnuleSituation,
  OptionsReleve,
  ReleveDeCompte,
  TotauxReleve,
  CreanceAEchoir,
  PenalitesCreance,
  OptionsPrescriptionCreance,
} from './situation/index.js';

// facturation-electronique — the 212 statuses to send, the CDAR lifecycle reader (src/facturation-electronique/)
export { statutsEncaissement, lireStatutCdar } from './facturation-electronique/index.js';
export type {
  EncaissementFacture,
  OptionsStatutsEncaissement,
  LigneEncaissementTva,
  StatutEncaissement,
  ResultatStatutsEncaissement,
  StatutCdar,
  LimitesXml,
} from './facturation-electronique/index.js';

// documents — letters and invoice mentions (src/documents/)
export { genererLettre, MODELES_LETTRE, donneesLettreSchema, partieSchema, mentionsObligatoires, verifierMentions } from './documents/index.js';
export type {
  ModeleLettre,
  DonneesLettre,
  DonneesLettreValidees,
  OptionsLettre,
  Lettre,
  MontantsFactureLettre,
  Partie,
  ParamsMentions,
  ResultatMentions,
  MentionFacture,
  NoteFacture,
  CodeMention,
  CategorieOperation,
  ResultatVerificationMentions,
  MentionManquante,
  OptionsVerifierMentions,
} from './documents/index.js';
