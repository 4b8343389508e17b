// The registry of "almost valid" argument generators, one per public function that has a known input
// shape. Every function exported by src/index.ts is fuzzed with arbitrary values anyway (see
// api.fuzz.test.ts); an entry here adds inputs that get past the first checks and reach deeper code.
// To cover a new export: add `nomExport: fc.tuple(...)` with a valid input; the harness corrupts it.
import fc from 'fast-check';
import { baremesParDefaut, tableauDelaisPaiement, tableauDelaisPaiementExercice } from '../../src/index.js';
import { CONTROLES, HERITES, MARKDOWN } from './hostile.js';

const jour = fc.integer({ min: 13_000, max: 21_000 }); // 2005 – 2027, epoch days
const date = fc.oneof(
  jour.map((j) => new Date(j * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2012-12-31', '2013-01-01', '2026-12-31', '2027-01-01', '2008-12-31'),
);
const euros = fc.oneof(
  fc.nat({ max: 100_000_000 }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`),
  fc.nat({ max: 100_000 }),
  fc.constantFrom('0', '0.00', '10000000000000.00', 0.1, 1234.5),
);
const taux = fc.oneof(fc.constantFrom('0', '12.15', '999.999999', '3'), fc.nat({ max: 40_000 }).map((x) => (x / 100).toFixed(2)));
const paiements = fc.array(fc.record({ date, montant: euros }), { maxLength: 4 });
const modeTaux = fc.oneof(
  fc.constant({ mode: 'bce+10' }),
  fc.record({ mode: fc.constant('contractuel'), tauxAnnuel: taux }),
  fc.constant({ mode: 'commande-publique' }),
);
const options = fc.option(
  fc.record({ baseAnnuelle: fc.constantFrom(365, 'exacte'), baremes: fc.constant(baremesParDefaut) }, { requiredKeys: [] }),
  { nil: undefined },
);
const paramsPenalites = fc.record(
  { montant: euros, dateEcheance: date, dateCalcul: date, paiements, taux: modeTaux },
  { requiredKeys: ['montant', 'dateEcheance', 'dateCalcul'] },
);
const chemin = fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.nat({ max: 9 })), { maxLength: 3 });
const tx = (...a: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> => fc.tuple(...a) as fc.Arbitrary<unknown[]>;

const creance = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    numeroFacture: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom(...CONTROLES, ...MARKDOWN)),
    montantTTC: euros,
    montantHT: euros,
    dateFacture: date,
    dateExecution: date,
    dateEcheance: date,
    paiements,
    nature: fc.constantFrom('commerciale', 'civile', 'consommation'),
    cause: fc.constantFrom('contractuelle', 'statutaire', 'autre'),
    contestee: fc.boolean(),
    tauxPenalites: modeTaux,
    titreExecutoire: fc.record({ date, nature: fc.constant('jugement') }),
    debiteurId: fc.constant('D1'),
  },
  { requiredKeys: ['id', 'numeroFacture', 'montantTTC', 'dateFacture', 'dateEcheance', 'paiements', 'nature', 'cause', 'contestee'] },
);
const debiteur = fc.record(
  {
    id: fc.constant('D1'),
    type: fc.constantFrom('professionnel', 'consommateur', 'non-professionnel', 'personne-publique'),
    denomination: fc.constantFrom('ACME SAS', ...CONTROLES, ...MARKDOWN),
    siren: fc.constantFrom('732829320', '356000000', '123456789', '000000000'),
    siret: fc.constantFrom('73282932000074', '35600000000048', '00000000000000'),
    tva: fc.constantFrom('FR44732829320', 'FR00000000000', 'FR12000000000'),
    pays: fc.constantFrom('FR', 'BE', 'fr'),
    commercant: fc.boolean(),
    procedureCollective: fc.record({ type: fc.constantFrom('sauvegarde', 'redressement', 'liquidation'), dateJugement: date }),
  },
  { requiredKeys: ['id', 'type', 'denomination'] },
);

/** Valid argument lists by export name. */
export const VALIDES: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  // calculators
  calculerPenalitesRetard: tx(paramsPenalites, options),
  calculerPenalitesRetardLot: tx(fc.array(paramsPenalites, { maxLength: 4 }), options),
  calculerInteretsLegaux: tx(
    fc.record(
      {
        montant: euros,
        dateDebut: date,
        dateFin: date,
        categorie: fc.constantFrom('creancier-particulier', 'autres-cas'),
        dateDecisionExecutoire: date,
        paiements,
      },
      { requiredKeys: ['montant', 'dateDebut', 'dateFin', 'categorie'] },
    ),
    options,
  ),
  indemniteForfaitaire: tx(
    fc.record(
      { regime: fc.constantFrom('b2b', 'b2c', 'public'), dateEcheance: date, procedureCollective: fc.boolean(), fraisJustifies: euros },
      { requiredKeys: ['regime', 'dateEcheance'] },
    ),
    options,
  ),
  calculerDateEcheance: tx(
    fc.record(
      {
        dateFacture: date,
        dateExecution: date,
        conditions: fc.oneof(
          fc.constant({ type: 'defaut' }),
          fc.record({ type: fc.constant('jours'), jours: fc.integer({ min: -5, max: 400 }) }),
          fc.record({
            type: fc.constant('fin-de-mois'),
            jours: fc.integer({ min: -5, max: 90 }),
            methode: fc.constantFrom('fin-de-mois-puis-jours', 'jours-puis-fin-de-mois'),
          }),
        ),
      },
      { requiredKeys: ['dateFacture', 'conditions'] },
    ),
  ),
  // baremes
  etendreBaremes: tx(
    fc.constant(baremesParDefaut),
    fc.record(
      {
        bce: fc.record({ changements: fc.array(fc.record({ du: date, taux, source: fc.constant('s'), confirme: fc.boolean() }), { maxLength: 2 }), connuJusquau: date }, { requiredKeys: [] }),
        tauxLegal: fc.array(fc.record({ du: date, au: date, particulier: taux, autresCas: taux, source: fc.constant('s'), confirme: fc.boolean() }), { maxLength: 2 }),
        indemniteForfaitaire: fc.array(fc.record({ du: date, montant: euros, source: fc.constant('s'), confirme: fc.boolean() }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  ),
  // socle
  lireEuros: tx(euros, chemin, fc.record({ negatifAutorise: fc.boolean() })),
  normaliserEuros: tx(euros, chemin, fc.record({ negatifAutorise: fc.boolean() })),
  formaterEuros: tx(fc.oneof(fc.integer(), fc.bigInt())),
  lireDate: tx(date, chemin),
  formaterDate: tx(jour),
  estDateISO: tx(date),
  ajouterMois: tx(jour, fc.integer({ min: -1200, max: 1200 })),
  ajouterAnnees: tx(jour, fc.integer({ min: -100, max: 100 })),
  finDeMois: tx(jour),
  semestreDe: tx(jour),
  estBissextile: tx(fc.integer({ min: 1900, max: 2100 })),
  joursDansLeMois: tx(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })),
  jourDeSemaine: tx(jour),
  jourDepuisCivil: tx(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })),
  civilDepuisJour: tx(jour),
  estJourFerie: tx(date, fc.option(fc.record({ alsaceMoselle: fc.boolean() }, { requiredKeys: [] }), { nil: undefined })),
  estJourOuvre: tx(date, fc.option(fc.record({ alsaceMoselle: fc.boolean() }, { requiredKeys: [] }), { nil: undefined })),
  finDeDelai: tx(date, fc.option(fc.record({ alsaceMoselle: fc.boolean() }, { requiredKeys: [] }), { nil: undefined })),
  arrondiDemiSuperieur: tx(fc.bigInt(), fc.bigInt({ min: 1n, max: 10n ** 12n })),
  lireTaux: tx(taux, chemin),
  formaterTaux: tx(fc.record({ valeur: fc.bigInt({ min: 0n, max: 10n ** 12n }), decimales: fc.nat({ max: 8 }) })),
  // entites
  sirenValide: tx(fc.constantFrom('732829320', '356000000', '123456789', '')),
  siretValide: tx(fc.constantFrom('73282932000074', '35600000000048', '1')),
  tvaIntracommunautaireValide: tx(fc.constantFrom('FR44732829320', 'FR00000000000', 'DE123456789')),
  cleLuhnValide: tx(fc.stringMatching(/^\d{0,20}$/)),
  parseCreance: tx(creance),
  parseDebiteur: tx(debiteur),
  parseRelance: tx(
    fc.record({ creanceId: fc.constant('F1'), date, canal: fc.constantFrom('email', 'courrier', 'lrar'), niveau: fc.integer({ min: 0, max: 21 }), modele: fc.constant('mise-en-demeure') }),
  ),
  // eligibilite (landed while this harness was written)
  verifierCreance: tx(creance, date),
  eligibiliteProcedureSimplifiee: tx(creance, date, fc.constant(undefined)),
  eligibiliteInjonctionDePayer: tx(creance, debiteur, date),
  eligibiliteRefereProvision: tx(creance, debiteur, date),
  calculerPrescription: tx(
    fc.record(
      {
        nature: fc.constantFrom('commerciale', 'civile', 'consommation', 'titre-executoire'),
        dateDepart: date,
        evenements: fc.array(
          fc.record({ type: fc.constantFrom('reconnaissance', 'action-en-justice', 'mesure-execution', 'mediation-debut', 'mediation-fin', 'mise-en-demeure', 'paiement-partiel'), date }),
          { maxLength: 4 },
        ),
      },
      { requiredKeys: ['nature', 'dateDepart'] },
    ),
  ),
  // calculs: imputation and payment plans
  imputerPaiements: tx(
    fc.record({
      dettes: fc.array(fc.record({ id: fc.constantFrom('F1', 'F2'), dateEcheance: date, principal: euros, interets: euros, indemnite: euros }, { requiredKeys: ['id', 'dateEcheance', 'principal'] }), { maxLength: 3 }),
      paiements: paiements,
    }),
  ),
  repartir: tx(euros, fc.array(fc.oneof(fc.nat({ max: 100 }), fc.double()), { maxLength: 5 })),
  // Issue 15: the holes of round 2 (inherited-property ids, malformed tables, Markdown and control characters).
  prioriserRelances: tx(
    fc.array(
      fc.record(
        { id: fc.constantFrom('F1', 'F2', ...HERITES), debiteurId: fc.constantFrom('D1', ...HERITES), montantDu: euros, dateEcheance: date, contestee: fc.boolean() },
        { requiredKeys: ['id', 'dateEcheance', 'montantDu'] },
      ),
      { maxLength: 4 },
    ),
    date,
    fc.record(
      {
        profils: fc.constantFrom(
          { D1: { nombrePayees: 4, nombrePayeesEnRetard: 1, retardMoyen: 12.5 } },
          JSON.parse('{"__proto__": {"nombrePayees": 1, "nombrePayeesEnRetard": 1, "retardMoyen": 400}}') as unknown,
          { constructor: { nombrePayees: 2, nombrePayeesEnRetard: 0, retardMoyen: null } },
          { D1: { nombrePayees: 1, nombrePayeesEnRetard: 2, retardMoyen: Number.NaN } },
        ),
        poids: fc.record({ montant: fc.nat({ max: 100 }), retard: fc.nat({ max: 100 }) }, { requiredKeys: [] }),
        limite: fc.nat({ max: 5 }),
      },
      { requiredKeys: [] },
    ),
  ),
  rendreTableauDelaisPaiement: tx(
    fc
      .record({
        lignes: fc.array(fc.record({ sens: fc.constantFrom('emise', 'recue'), montantDu: euros, dateEcheance: date, litigieuse: fc.boolean() }), { maxLength: 4 }),
        delais: fc.constantFrom(...CONTROLES.slice(2, 3), ...MARKDOWN, '30 jours fin de mois'),
        exercice: fc.boolean(),
      })
      .map(({ lignes, delais, exercice }) => {
        try {
          return exercice
            ? tableauDelaisPaiementExercice(
                lignes.map((l) => ({ sens: l.sens, montant: l.montantDu, dateFacture: '2025-01-01', dateEcheance: '2025-01-31', datePaiement: l.dateEcheance })),
                { dateDebutExercice: '2025-01-01', dateCloture: '2025-12-31', delaisReference: { emises: delais } },
              )
            : tableauDelaisPaiement(lignes, { dateCloture: '2025-12-31', chiffreAffaires: '100000.00', delaisReference: { emises: delais, recues: delais } });
        } catch {
          return { malforme: true };
        }
      }),
    fc.record({ format: fc.constantFrom('markdown', 'html'), avertissements: fc.boolean() }, { requiredKeys: ['format'] }),
  ),
  verifierMentions: tx(
    fc.constantFrom(
      "Échéance : 31 août 2025. Pas d'escompte. Pénalités de retard : BCE + 10 points. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
      '1'.repeat(10_000) + ' %',
    ),
    fc.record({ facturationElectronique: fc.oneof(fc.boolean(), fc.record({ optionTvaDebits: fc.boolean() }, { requiredKeys: [] })) }, { requiredKeys: [] }),
  ),
  mentionsObligatoires: tx(
    fc.record(
      {
        dateEcheance: date,
        regime: fc.constantFrom('b2b', 'public'),
        adresseLivraison: fc.constantFrom('12 rue des Lilas\n69003 Lyon', ...CONTROLES, `a${' '.repeat(1_999)}\nb`),
        sirenAcheteur: fc.constantFrom('732 829 320', '000000000'),
        escompte: fc.record({ taux: taux, conditions: fc.constantFrom('si paiement sous 8 jours', ...CONTROLES) }, { requiredKeys: ['taux'] }),
      },
      { requiredKeys: ['dateEcheance'] },
    ),
  ),
  situationCreance: tx(creance, debiteur, date, fc.record({ baseAnnuelle: fc.constantFrom(365, 'exacte'), imputation: fc.constantFrom('legale', 'principal-d-abord') }, { requiredKeys: [] })),
  parseProcedure: tx(
    fc.record({ type: fc.constantFrom('injonction-de-payer', 'refere-provision'), dateEngagement: date, statut: fc.constantFrom('engagee', 'close') }),
  ),
};
