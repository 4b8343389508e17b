/**
 * Pénalités de retard between professionals — C. com. art. L441-10 II (art. L441-6 before 26 April 2019).
 *
 * Penalties are due from the day after the due date, without any reminder, on the amount incl. VAT still
 * unpaid. The default rate is the ECB main refinancing rate plus 10 points: since 1 January 2013 the ECB rate
 * in force on 1 January (for days of January–June) or 1 July (July–December); from 2009 to 2012 the rate of
 * the most recent operation, day by day. A contractual rate may not be below three times the taux de
 * l'intérêt légal ("autres cas" category): below it, the rate is raised to the floor, or (option) the clause
 * is held ineffective and the default rate applies (legal reference, Errata 11). Public buyers owe intérêts
 * moratoires at the ECB rate + 8 points under contracts concluded from 16 March 2013 (C. commande publique
 * L2192-13, R2192-31), + 7 points before (décret n° 2002-232 as amended by décret n° 2008-407; PARTIAL).
 */
import type { TauxPenalites } from '../../entites/creance.js';
import { formaterDate, type DateISO } from '../../socle/date-iso.js';
import type { EntreeEuros } from '../../socle/euros.js';
import { formaterTaux } from '../../socle/taux.js';
import { indexEnVigueur } from '../../baremes/compiler.js';
import { chronologiePenalites, chronologiesDe, constatsDe, MODE_COMMANDE_PUBLIQUE, MODE_CONTRACTUEL, type Chronologies, type Plancher } from '../moteur/chronologie.js';
import { libelleClause, MODE_BCE_PLUS } from '../moteur/indexes.js';
import { cumulerHorsPauses, dernierJour, totalPaye, type BaseAnnuelle, type Pauses } from '../moteur/cumul.js';
import { lireOptions, type OptionsCalcul } from '../moteur/entrees.js';
import { emprunterLigne, lirePenalites, rendreLigne, SOUS_PLANCHER_BCE10, type Ligne } from '../moteur/lecture.js';
import {
  avertissementsNonConfirmes,
  avertissementTropPaye,
  resultatAccrual,
  resultatVide,
  type PeriodeAccrual,
  type ResultatAccrual,
} from '../moteur/resultat.js';

/** How the rate is set (the same type as a claim's `tauxPenalites`, derived from its schema). */
export type ModeTauxPenalites = TauxPenalites;

/** Parameters of {@link calculerPenalitesRetard}. */
export interface ParamsPenalites {
  /** Sum due, incl. VAT (TTC). */
  readonly montant: EntreeEuros;
  /** Due date; penalties run from the next day. */
  readonly dateEcheance: DateISO;
  /** Penalties run up to and including this day. */
  readonly dateCalcul: DateISO;
  /** Partial payments (date the funds were made available, L441-9 I). A payment on day p still accrues on p. */
  readonly paiements?: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
  /**
   * Default `{ mode: 'bce+10' }`. A contractual rate below the floor (3 × taux légal) is raised to it
   * (`sousPlancher: 'plancher'`, the default) or, with `sousPlancher: 'bce+10'`, the clause is held
   * ineffective and the default ECB + 10 rate applies over those days (the two readings of L441-10 II).
   * Indexed clauses — `multiple-taux-legal` (k × taux légal of each period, CMF L313-2),
   * `taux-legal+points`, `bce+points` (anchored as the default rate) — are checked against the same floor,
   * per period; `bce+points` with 10 points is the statutory rate itself (see `tauxPenalitesSchema`).
   */
  readonly taux?: ModeTauxPenalites;
  /**
   * Public buyers (`taux: { mode: 'commande-publique' }`): the day the contract was concluded, which picks
   * the regime — from 16 March 2013 ECB + 8 points (C. commande publique L2192-13, R2192-31), before it
   * ECB + 7 points (décret n° 2002-232 as amended, from 1 May 2008). Absent: `dateFacture`, then
   * `dateEcheance`, is used instead (a documented default, with an avertissement when an earlier contract
   * could fall under another regime). Read (and validated) in every mode, used only by this one.
   */
  readonly dateContrat?: DateISO;
  /**
   * The invoice date: for public buyers, stands in for an unknown `dateContrat` (a contract precedes its
   * invoices; the same default as `indemniteForfaitaire`). Not read otherwise (penalties run from the due
   * date).
   */
  readonly dateFacture?: DateISO;
}

/** Options of {@link calculerPenalitesRetard}. */
export type OptionsPenalites = OptionsCalcul;

const L441_10 = 'C. com. art. L441-10 II';
const L313_2 = 'C. mon. fin. art. L313-2';
const L441_6 = 'C. com. art. L441-6 (rédaction antérieure au 26 avril 2019)';
const L2192_13 = 'C. commande publique art. L2192-13';
const R2192_31 = 'C. commande publique art. R2192-31';
const DECRET_2002_232 = 'Décret n° 2002-232 du 21 février 2002, art. 5 (modifié par le décret n° 2008-407 du 28 avril 2008)';
/** 2013-03-16: contracts concluded from this day fall under L2192-13 / R2192-31 (loi n° 2013-100, décret n° 2013-269). */
const JOUR_REGIME_2013_PUBLIC = 15_780;
/** 2019-04-26, the day L441-10 (ordonnance n° 2019-359) replaced L441-6. */
const JOUR_L441_10 = 18_012;

/**
 * Computes late-payment penalties (pénalités de retard) on a B2B invoice, per C. com. L441-10 II.
 *
 * - Day `d` accrues when `dateEcheance < d <= dateCalcul`; its base is `montant` minus the payments dated
 *   strictly before `d`.
 * - Each day takes the rate of its regime: by default ECB + 10 points with the half-year rule (from 2013) or
 *   the most recent operation's rate (2009–2012); a contractual rate, where below 3 × taux légal raised to
 *   it (`sousPlancher: 'plancher'`, default) or replaced by the default rate (`sousPlancher: 'bce+10'`),
 *   with an avertissement naming the reading applied; or, for public buyers, the ECB rate in force at the
 *   start of the half-year in which interest starts to run + 8 points (contracts concluded from 16 March
 *   2013, C. commande publique L2192-13, R2192-31) or + 7 points (before; décret n° 2002-232 as amended,
 *   PARTIAL: flagged as unconfirmed), the contract's day read from `dateContrat` (default: the due date).
 * - `periodes` are the maximal runs of days with the same base and rate; each is
 *   `assiette × tauxAnnuel/100 × jours / 365` rounded half-up to the cent (`baseAnnuelle: 'exacte'` divides
 *   the days of a leap year by 366, and then cuts periods where the year length changes); `montant` is
 *   their sum.
 *
 * @param params - amount, due date, computation date, partial payments, rate mode, contract date
 * @param options - `baremes` (default {@link baremesParDefaut}), `baseAnnuelle`
 * @returns the total, the periods, warnings and the articles applied
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (with the path of the bad field; an unknown key of `params`,
 * `taux`, a payment or `options` is refused, naming the closest known key), `BAREME_MANQUANT` when a day is
 * outside the tables (before 2009, or after the last known ECB decision; a public contract before 1 May 2008)
 * @example
 * ```ts
 * import { calculerPenalitesRetard } from 'recouvrement';
 *
 * // 10 000 € due 31 May 2025, paid 14 August 2025 (legal reference §1.4):
 * const r = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' });
 * r.montant; //=> '257.87'
 * r.periodes.map((p) => [p.du, p.au, p.tauxAnnuel, p.montant]);
 * //=> [['2025-06-01', '2025-06-30', '13.15', '108.08'], ['2025-07-01', '2025-08-14', '12.15', '149.79']]
 *
 * // A public buyer under a contract concluded on 1 February 2013 (before 16 March 2013): ECB + 7 points.
 * const p = calculerPenalitesRetard({ montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-06-30',
 *   dateContrat: '2013-02-01', taux: { mode: 'commande-publique' } });
 * p.periodes[0]?.tauxAnnuel; //=> '10.15'
 * p.references; //=> ['Décret n° 2002-232 du 21 février 2002, art. 5 (modifié par le décret n° 2008-407 du 28 avril 2008)']
 *
 * // A contractual 5 % (below 3 × taux légal): raised to the floor, or the clause set aside for ECB + 10.
 * const bas = { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-06-30' } as const;
 * calculerPenalitesRetard({ ...bas, taux: { mode: 'contractuel', tauxAnnuel: '5' } }).periodes[0]?.tauxAnnuel; //=> '11.13'
 * calculerPenalitesRetard({ ...bas, taux: { mode: 'contractuel', tauxAnnuel: '5', sousPlancher: 'bce+10' } }).periodes[0]?.tauxAnnuel; //=> '13.15'
 * // "trois fois le taux d'intérêt légal": 3 × 3.71 % in 2025 S1 (the floor itself).
 * calculerPenalitesRetard({ ...bas, taux: { mode: 'multiple-taux-legal', multiple: '3' } }).periodes[0]?.tauxAnnuel; //=> '11.13'
 *
 * // An unknown key is refused (here `paiement` for `paiements`), never ignored:
 * try {
 *   calculerPenalitesRetard({ ...bas, paiement: [] } as never);
 * } catch (e) {
 *   (e as Error).message; //=> 'Entrée invalide à paiement : clé inconnue « paiement » (vouliez-vous dire « paiements » ?)'
 * }
 * ```
 */
export function calculerPenalitesRetard(params: ParamsPenalites, options?: OptionsPenalites): ResultatAccrual {
  return penalitesHorsPauses(params, options, []);
}

/**
 * Internal (`situationCreance`'s `periodesSansAccessoires`): {@link calculerPenalitesRetard} where the days of
 * `pauses` do not accrue; with no pause, exactly it.
 */
export function penalitesHorsPauses(params: ParamsPenalites, options: OptionsPenalites | undefined, pauses: Pauses): ResultatAccrual {
  const l = emprunterLigne();
  try {
    lirePenalites(params, l, -1);
    const { baremes, base } = lireOptions(options);
    const references = referencesPenalites(l);
    const avertissements: string[] = [];
    const periodes: PeriodeAccrual[] = [];
    const total = accruerPenalites(chronologiesDe(baremes), l, base, periodes, avertissements, pauses);
    if (periodes.length === 0) return resultatVide(references, avertissements);
    return resultatAccrual(total, periodes, avertissements, references);
  } finally {
    rendreLigne(l);
  }
}

/** The articles of a row's regime. */
function referencesPenalites(l: Ligne): string[] {
  if (l.mode === MODE_COMMANDE_PUBLIQUE) return jourContrat(l) < JOUR_REGIME_2013_PUBLIC ? [DECRET_2002_232] : [L2192_13, R2192_31];
  const l441 = l.echeance + 1 < JOUR_L441_10 ? [L441_10, L441_6] : [L441_10];
  // A clause indexed on the taux de l'intérêt légal reads the rate of CMF L313-2.
  return l.mode > MODE_COMMANDE_PUBLIQUE && l.mode !== MODE_BCE_PLUS ? [...l441, L313_2] : l441;
}

/** The contract's day of a public buyer's row: `dateContrat`, else the invoice date, else the due date (the documented default). */
function jourContrat(l: Ligne): number {
  return l.contrat === l.contrat ? l.contrat : l.facture === l.facture ? l.facture : l.echeance;
}

/**
 * Internal (each row of the batch takes it too): the accrual of the penalties of a row read into `l` —
 * day d accrues when `dateEcheance < d <= dateCalcul`, up to the day a payment settles the amount — on
 * the rate timeline of its regime. Returns the total in cents; fills `periodes` when given and, when
 * `avertissements` is given, every warning of the row (overpayment, the contract date defaulted, the floors
 * applied, the UNCONFIRMED entries used): the same for a call and for a batch row.
 *
 * @throws {RecouvrementError} `BAREME_MANQUANT` for an accruing day no table covers
 */
export function accruerPenalites(t: Chronologies, l: Ligne, base: BaseAnnuelle, periodes: PeriodeAccrual[] | null, avertissements: string[] | null, pauses: Pauses = []): number {
  if (avertissements !== null) {
    const paye = totalPaye(l);
    if (paye > l.montant) avertissements.push(avertissementTropPaye(paye, l.montant));
    if (l.mode === MODE_COMMANDE_PUBLIQUE && l.contrat !== l.contrat) {
      // Without the contract's day, the invoice or due date stands in; an earlier contract may fall under an
      // earlier regime.
      const regimes = t.b.commandePublique;
      const jour = jourContrat(l);
      const i = indexEnVigueur(regimes, jour);
      if (i > 0) avertissements.push(avertissementDateContrat(jour, l.facture === l.facture, regimes[i]!.du));
    }
  }
  const du = l.echeance + 1;
  const au = dernierJour(l, l.calcul);
  if (l.montant === 0 || au < du) return 0;
  const bce10 = l.sousPlancher === SOUS_PLANCHER_BCE10;
  const chronologie = chronologiePenalites(t, l.mode, l.tauxTexte, l.taux, bce10, jourContrat(l), du, au, l.categorie);
  const total = cumulerHorsPauses(chronologie, du, au, l, base, periodes, pauses);
  const constats = avertissements === null ? null : constatsDe(chronologie, du, au);
  if (avertissements !== null && constats !== null) {
    const clause = l.mode === MODE_CONTRACTUEL ? `${formaterTaux(l.taux!)} %` : `(${libelleClause(l.mode, l.tauxTexte, l.categorie)})`;
    for (const p of constats.planchers) avertissements.push(avertissementPlancher(clause, p, bce10));
    for (const a of avertissementsNonConfirmes(constats)) avertissements.push(a);
  }
  return total;
}

function avertissementDateContrat(jour: number, facture: boolean, debutRegime: number): string {
  return (
    `Date du contrat inconnue : la date ${facture ? 'de la facture' : "d'échéance"} (${formaterDate(jour)}) est retenue pour choisir le régime des intérêts moratoires ; ` +
    `un contrat conclu avant le ${formaterDate(debutRegime)} relève du régime antérieur (taux BCE + 7 points, décret n° 2002-232 modifié, au lieu de BCE + 8 points, ${R2192_31}). Indiquez la date du contrat.`
  );
}

/** The floor's warning, saying which reading of L441-10 II was applied (legal reference, Errata 11). */
function avertissementPlancher(taux: string, p: Plancher, bce10: boolean): string {
  const debut =
    `Taux contractuel ${taux} inférieur au plancher légal de ${formaterTaux(p.plancher)} % ` +
    `(3 × taux de l'intérêt légal) du ${formaterDate(p.du)} au ${formaterDate(p.au)} : `;
  return bce10
    ? debut +
        `clause tenue pour inefficace, le taux supplétif (taux BCE + 10 points) s'applique (${L441_10} ; lecture retenue sur option, l'autre relève le taux au plancher).`
    : debut + `relevé au plancher (${L441_10}).`;
}
