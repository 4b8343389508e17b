/**
 * Intérêts au taux légal — C. civ. art. 1231-6 and 1344-1 (interest from the mise en demeure), CMF art.
 * L313-2 (two rates per half-year since 2015: creditor a natural person acting outside his profession, and
 * all other cases; one yearly rate before) and L313-3 (+5 points once two months have expired from the day
 * the court decision became enforceable).
 */
import { ajouterMois, lireDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros } from '../../socle/euros.js';
import { chronologieInteretLegal, nouveauxConstats } from '../moteur/chronologie.js';
import { cumuler } from '../moteur/cumul.js';
import { lireOptions, lirePaiements, objet, type OptionsCalcul } from '../moteur/entrees.js';
import { avertissementsNonConfirmes, periodesPubliques, resultatVide, type ResultatAccrual } from '../moteur/resultat.js';

/** Parameters of {@link calculerInteretsLegaux}. */
export interface ParamsInteretsLegaux {
  readonly montant: EntreeEuros;
  /** First day that accrues (e.g. the day of the mise en demeure or of the decision). */
  readonly dateDebut: DateISO;
  /** Last day that accrues, inclusive. */
  readonly dateFin: DateISO;
  /** The *creditor*'s category (CMF L313-2): a natural person acting outside his profession, or any other. */
  readonly categorie: 'creancier-particulier' | 'autres-cas';
  /** +5 points once two months from this date have expired (CMF L313-3). */
  readonly dateDecisionExecutoire?: DateISO;
  /** Partial payments; a payment on day p still accrues on p. */
  readonly paiements?: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
}

/** Options of {@link calculerInteretsLegaux}. */
export type OptionsInteretsLegaux = OptionsCalcul;

const REFERENCES = ['C. civ. art. 1231-6', 'C. civ. art. 1344-1', 'C. mon. fin. art. L313-2'];
const L313_3 = 'C. mon. fin. art. L313-3';

/**
 * Computes interest at the taux de l'intérêt légal over `[dateDebut, dateFin]` (both inclusive).
 *
 * Each day takes the rate of its own half-year (a year before 2015) and of the creditor's category. With
 * `dateDecisionExecutoire`, the two-month delay ends on the same-numbered day two months later (or that
 * month's last day, CPC 641) and days after it take +5 points (CMF L313-3). Periods and rounding as in
 * {@link calculerPenalitesRetard}.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, `BAREME_MANQUANT`
 * @example
 * ```ts
 * // Service-public example: 2 000 €, 1–30 September 2020, creditor a private person (3.11 %):
 * calculerInteretsLegaux({ montant: 2000, dateDebut: '2020-09-01', dateFin: '2020-09-30',
 *   categorie: 'creancier-particulier' }).montant; //=> '5.11'
 * ```
 */
export function calculerInteretsLegaux(params: ParamsInteretsLegaux, options?: OptionsInteretsLegaux): ResultatAccrual {
  const p = objet(params, []);
  const montant = lireEuros(p.montant, ['montant']);
  const debut = lireDate(p.dateDebut, ['dateDebut']);
  const fin = lireDate(p.dateFin, ['dateFin']);
  if (p.categorie !== 'creancier-particulier' && p.categorie !== 'autres-cas') {
    entreeInvalide(['categorie'], "'creancier-particulier' ou 'autres-cas' attendu");
  }
  const decision = p.dateDecisionExecutoire === undefined ? null : lireDate(p.dateDecisionExecutoire, ['dateDecisionExecutoire']);
  const paiements = lirePaiements(p.paiements, ['paiements']);
  const { baremes, base } = lireOptions(options);

  const debutMajoration = decision === null ? Number.POSITIVE_INFINITY : ajouterMois(decision, 2) + 1;
  const references = decision !== null && fin >= debutMajoration ? [...REFERENCES, L313_3] : REFERENCES;
  const avertissements: string[] = [];
  const totalPaye = paiements.reduce((s, x) => s + x.centimes, 0);
  if (totalPaye > montant) {
    avertissements.push(`Les paiements (${formaterEuros(totalPaye)} €) dépassent le montant dû (${formaterEuros(montant)} €) : le trop-perçu est ignoré.`);
  }
  if (fin < debut || montant === 0) return resultatVide(references, avertissements);
  let au = fin;
  let reste = montant;
  for (const x of paiements) {
    reste -= x.centimes;
    if (reste <= 0) {
      au = Math.min(au, x.jour);
      break;
    }
  }
  if (au < debut) return resultatVide(references, avertissements);
  const c = nouveauxConstats();
  const categorie = p.categorie === 'creancier-particulier' ? 'particulier' : 'autresCas';
  const periodes = cumuler(chronologieInteretLegal(baremes, categorie, debut, au, debutMajoration, c), montant, paiements, base);
  const { total, jours, publiques } = periodesPubliques(periodes);
  avertissements.push(...avertissementsNonConfirmes(c));
  return { montant: formaterEuros(total), joursDeRetard: jours, periodes: publiques, avertissements, references };
}
