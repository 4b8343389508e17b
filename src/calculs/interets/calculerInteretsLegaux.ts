/**
 * Intérêts au taux légal — C. civ. art. 1231-6 and 1344-1 (interest from the mise en demeure), C. civ. art.
 * 1231-7 (interest on a condemnation, from the decision), CMF art. L313-2 (two rates per half-year since
 * 2015: creditor a natural person acting outside his profession, and all other cases; one yearly rate
 * before) and L313-3 (post-judgment interest: +5 points once two months have expired from the day the court
 * decision became enforceable).
 */
import { ajouterMois, formaterDate, lireDate, type DateISO } from '../../socle/date-iso.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { lireEuros, type EntreeEuros } from '../../socle/euros.js';
import { chronologieInteretLegal, constatsDe } from '../moteur/chronologie.js';
import { cumulerHorsPauses, dernierJour, totalPaye, type Pauses } from '../moteur/cumul.js';
import { assiettes, lireOptions, lirePaiements, objet, type OptionsCalcul } from '../moteur/entrees.js';
import {
  avertissementsNonConfirmes,
  avertissementTropPaye,
  resultatAccrual,
  resultatVide,
  type PeriodeAccrual,
  type ResultatAccrual,
} from '../moteur/resultat.js';

/** Parameters of {@link calculerInteretsLegaux}. */
export interface ParamsInteretsLegaux {
  readonly montant: EntreeEuros;
  /** First day that accrues (e.g. the day of the mise en demeure or of the decision). */
  readonly dateDebut: DateISO;
  /** Last day that accrues, inclusive. */
  readonly dateFin: DateISO;
  /** The *creditor*'s category (CMF L313-2): a natural person acting outside his profession, or any other. */
  readonly categorie: 'creancier-particulier' | 'autres-cas';
  /**
   * The day the court decision became enforceable: the days from it on are post-judgment interest (C. civ.
   * 1231-7, CMF L313-3), +5 points once two months from it have expired (CMF L313-3).
   */
  readonly dateDecisionExecutoire?: DateISO;
  /** Partial payments; a payment on day p still accrues on p. */
  readonly paiements?: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
}

/** Options of {@link calculerInteretsLegaux}. */
export type OptionsInteretsLegaux = OptionsCalcul;

const C1231_6 = 'C. civ. art. 1231-6';
const C1344_1 = 'C. civ. art. 1344-1';
const C1231_7 = 'C. civ. art. 1231-7';
const L313_2 = 'C. mon. fin. art. L313-2';
const L313_3 = 'C. mon. fin. art. L313-3';

const CLES_PARAMS: readonly string[] = ['montant', 'dateDebut', 'dateFin', 'categorie', 'dateDecisionExecutoire', 'paiements'];

/**
 * The articles of a computation over `[debut, fin]` (the days asked for), as one set (legal reference,
 * Errata 12): the days before the decision (all of them without one) rest on C. civ. 1231-6 and 1344-1,
 * the days from the decision on on C. civ. 1231-7 and CMF L313-3; the rate on CMF L313-2 always.
 */
function referencesInterets(debut: number, fin: number, decision: number | null): string[] {
  const avant = decision === null || debut < decision;
  const apres = decision !== null && fin >= decision;
  return [...(avant ? [C1231_6, C1344_1] : []), ...(apres ? [C1231_7] : []), L313_2, ...(apres ? [L313_3] : [])];
}

/**
 * Computes interest at the taux de l'intérêt légal over `[dateDebut, dateFin]` (both inclusive).
 *
 * Each day takes the rate of its own half-year (a year before 2015) and of the creditor's category. With
 * `dateDecisionExecutoire`, the two-month delay ends on the same-numbered day two months later (or that
 * month's last day, CPC 641) and days after it take +5 points (CMF L313-3). Periods and rounding as in
 * {@link calculerPenalitesRetard}.
 *
 * `references` is the set of articles of the days asked for: C. civ. 1231-6 and 1344-1 for the days before
 * the decision (every day without one), C. civ. 1231-7 and CMF L313-3 for the days from the decision on
 * (post-judgment interest), CMF L313-2 (the rate) always.
 *
 * @param params - amount, first and last day (both inclusive), creditor's category, enforceable decision,
 * partial payments
 * @param options - `baremes` (default {@link baremesParDefaut}), `baseAnnuelle`
 * @returns the total, the periods, warnings and the articles applied
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (with the path of the bad field: an unknown key, named with
 * the closest known one; `dateFin` before `dateDebut`), `BAREME_MANQUANT`
 * @example
 * ```ts
 * import { calculerInteretsLegaux } from 'recouvrement';
 *
 * // Service-public example: 2 000 €, 1–30 September 2020, creditor a private person (3.11 %):
 * calculerInteretsLegaux({ montant: 2000, dateDebut: '2020-09-01', dateFin: '2020-09-30',
 *   categorie: 'creancier-particulier' }).montant; //=> '5.11'
 * // Judgment enforceable on 15 January 2020: post-judgment interest (C. civ. 1231-7, CMF L313-3).
 * calculerInteretsLegaux({ montant: 1000, dateDebut: '2020-02-01', dateFin: '2020-03-31', categorie: 'autres-cas',
 *   dateDecisionExecutoire: '2020-01-15' }).references;
 * //=> ['C. civ. art. 1231-7', 'C. mon. fin. art. L313-2', 'C. mon. fin. art. L313-3']
 * ```
 */
export function calculerInteretsLegaux(params: ParamsInteretsLegaux, options?: OptionsInteretsLegaux): ResultatAccrual {
  return interetsHorsPauses(params, options, []);
}

/**
 * Internal (`situationCreance`'s `periodesSansAccessoires`): {@link calculerInteretsLegaux} where the days of
 * `pauses` do not accrue; with no pause, exactly it.
 */
export function interetsHorsPauses(params: ParamsInteretsLegaux, options: OptionsInteretsLegaux | undefined, pauses: Pauses): ResultatAccrual {
  const p = objet(params, []);
  refuserClesInconnues(p, CLES_PARAMS);
  const montant = lireEuros(p.montant, ['montant']);
  const debut = lireDate(p.dateDebut, ['dateDebut']);
  const fin = lireDate(p.dateFin, ['dateFin']);
  // Issue 15, item 6: an inverted range is a mistake of the caller, never "no interest".
  if (fin < debut) entreeInvalide(['dateFin'], `dateFin (${formaterDate(fin)}) précède dateDebut (${formaterDate(debut)}) : les deux dates sont incluses, dateFin doit être égale ou postérieure`, 'too_small');
  if (p.categorie !== 'creancier-particulier' && p.categorie !== 'autres-cas') {
    entreeInvalide(['categorie'], "'creancier-particulier' ou 'autres-cas' attendu");
  }
  const decision = p.dateDecisionExecutoire === undefined ? null : lireDate(p.dateDecisionExecutoire, ['dateDecisionExecutoire']);
  const paiements = lirePaiements(p.paiements, ['paiements']);
  const { baremes, base } = lireOptions(options);

  const debutMajoration = decision === null ? Number.POSITIVE_INFINITY : ajouterMois(decision, 2) + 1;
  const references = referencesInterets(debut, fin, decision);
  const avertissements: string[] = [];
  const a = assiettes(montant, paiements);
  const paye = totalPaye(a);
  if (paye > montant) avertissements.push(avertissementTropPaye(paye, montant));
  // Days debut..fin accrue, up to the day a payment settles the amount.
  const au = dernierJour(a, fin);
  if (montant === 0 || au < debut) return resultatVide(references, avertissements);
  const categorie = p.categorie === 'creancier-particulier' ? 'particulier' : 'autresCas';
  const chronologie = chronologieInteretLegal(baremes, categorie, debut, au, debutMajoration);
  const periodes: PeriodeAccrual[] = [];
  const total = cumulerHorsPauses(chronologie, debut, au, a, base, periodes, pauses);
  avertissements.push(...avertissementsNonConfirmes(constatsDe(chronologie, debut, au)));
  return resultatAccrual(total, periodes, avertissements, references);
}
