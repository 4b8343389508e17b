/**
 * Calendar dates. A `DateISO` is a day ("YYYY-MM-DD"), never an instant: inside the library a day is an
 * integer count of days since 1970-01-01 (the "epoch day"), computed with the proleptic Gregorian calendar
 * by pure arithmetic. No `Date` object is involved, so results cannot depend on the time zone.
 */
import { anneeHorsPlage, dateHorsPlage } from './messages.js';
import { entreeInvalide } from './erreurs.js';
import { jourRapide } from './lecture-rapide.js';

/** A calendar date `"YYYY-MM-DD"`. */
export type DateISO = string;

/** A day as an integer number of days since 1970-01-01. */
export type JourEpoch = number;

const FORMAT_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '-01' … '-31', for {@link formaterDate}. */
const JOUR_TEXTE = /* @__PURE__ */ Array.from({ length: 32 }, (_, n) => (n < 10 ? '-0' : '-') + String(n));
const MOIS_TEXTE = JOUR_TEXTE;

/** {@link formaterDate} memoises the days of 1970–2099 (bounded: at most 47 482 short strings). */
const JOURS_MEMO = 47_482;
let datesFormatees: (string | undefined)[] | null = null;

/**
 * The epoch-day helpers are public: a value that is not a safe integer (NaN, 1.5, "3", 10n, {}) is an
 * `ENTREE_INVALIDE`, never a NaN date or a foreign exception.
 */
function exigerEntier(v: unknown, nom: string): void {
  if (!Number.isSafeInteger(v)) entreeInvalide([nom], `entier attendu, reçu ${typeof v === 'number' ? String(v) : typeof v}`, 'invalid_type');
}

/**
 * Whether `annee` is a leap year of the Gregorian calendar.
 * @example
 * ```ts
 * import { estBissextile } from 'recouvrement';
 * estBissextile(2024); //=> true
 * estBissextile(2100); //=> false
 * ```
 */
export function estBissextile(annee: number): boolean {
  exigerEntier(annee, 'annee');
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

/**
 * Number of days of a month (1–12).
 * @example
 * ```ts
 * import { joursDansLeMois } from 'recouvrement';
 * joursDansLeMois(2024, 2); //=> 29
 * ```
 */
export function joursDansLeMois(annee: number, mois: number): number {
  if (mois === 2) return estBissextile(annee) ? 29 : 28;
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

/**
 * Epoch day of a civil date (no validation: callers validate first).
 * Algorithm "days_from_civil" (H. Hinnant), exact for every Gregorian date.
 *
 * @example
 * ```ts
 * import { jourDepuisCivil } from 'recouvrement';
 * jourDepuisCivil(1970, 1, 1); //=> 0
 * ```
 */
export function jourDepuisCivil(annee: number, mois: number, jour: number): JourEpoch {
  exigerEntier(annee, 'annee');
  exigerEntier(mois, 'mois');
  exigerEntier(jour, 'jour');
  const y = mois <= 2 ? annee - 1 : annee;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (mois + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + jour - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date as numbers. */
export interface Civil {
  readonly annee: number;
  readonly mois: number;
  readonly jour: number;
}

/**
 * Civil date of an epoch day ("civil_from_days").
 *
 * @example
 * ```ts
 * import { civilDepuisJour } from 'recouvrement';
 * civilDepuisJour(19723); //=> { annee: 2024, mois: 1, jour: 1 }
 * ```
 */
export function civilDepuisJour(j: JourEpoch): Civil {
  exigerEntier(j, 'jour');
  const z = j + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const jour = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mois = mp < 10 ? mp + 3 : mp - 9;
  return { annee: yoe + era * 400 + (mois <= 2 ? 1 : 0), mois, jour };
}

/**
 * Parses a `DateISO` into its epoch day. Rejects impossible dates (`"2025-02-30"`), other formats
 * (`"2025-2-3"`, `"2025-02-03T00:00"`) and non-strings, with `ENTREE_INVALIDE` at `path`.
 * Years 1000–9999 are accepted.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { lireDate } from 'recouvrement';
 * lireDate('2024-01-01'); //=> 19723
 * ```
 */
export function lireDate(valeur: unknown, path: readonly PropertyKey[] = []): JourEpoch {
  const rapide = jourRapide(valeur); // allocation-free path for every well-formed date (NaN otherwise)
  if (rapide === rapide) return rapide;
  if (typeof valeur !== 'string') {
    return entreeInvalide(path, `date attendue au format "AAAA-MM-JJ", reçu ${typeof valeur}`, 'invalid_type');
  }
  const m = FORMAT_DATE.exec(valeur);
  if (!m) return entreeInvalide(path, `date invalide "${valeur.slice(0, 40)}" : format attendu "AAAA-MM-JJ"`, 'invalid_format');
  const annee = Number(m[1]);
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  if (annee < 1000) return entreeInvalide(path, anneeHorsPlage(valeur), 'too_small');
  if (mois < 1 || mois > 12 || jour < 1 || jour > joursDansLeMois(annee, mois)) {
    return entreeInvalide(path, `date inexistante "${valeur}"`, 'invalid_format');
  }
  return jourDepuisCivil(annee, mois, jour);
}

/**
 * Formats an epoch day as a `DateISO`. Only years 1000–9999 have one (`"AAAA-MM-JJ"`, four digits, so that
 * dates compare as strings): a computed date outside them (a deadline 10 years after 9995-01-01) is
 * refused rather than written `10005-01-01`.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` ("date hors plage") for a day outside 1000-01-01 → 9999-12-31
 * @example
 * ```ts
 * import { formaterDate } from 'recouvrement';
 * formaterDate(19723); //=> '2024-01-01'
 * ```
 */
export function formaterDate(j: JourEpoch): DateISO {
  if (typeof j !== 'number') exigerEntier(j, 'jour');
  const memoire = j >= 0 && j < JOURS_MEMO ? (datesFormatees ??= new Array<string | undefined>(JOURS_MEMO)) : null;
  const deja = memoire?.[j];
  if (deja !== undefined) return deja;
  const { annee, mois, jour } = civilDepuisJour(j);
  if (annee >= 1000 && annee <= 9999) {
    const texte = String(annee) + MOIS_TEXTE[mois]! + JOUR_TEXTE[jour]!;
    if (memoire) memoire[j] = texte;
    return texte;
  }
  return entreeInvalide([], dateHorsPlage(annee), annee > 9999 ? 'too_big' : 'too_small');
}

/**
 * Whether a value is a valid `DateISO` (a real calendar day).
 *
 * @example
 * ```ts
 * import { estDateISO } from 'recouvrement';
 * estDateISO('2024-02-29'); //=> true
 * estDateISO('2025-02-29'); //=> false
 * ```
 */
export function estDateISO(valeur: unknown): valeur is DateISO {
  if (typeof valeur !== 'string') return false;
  const m = FORMAT_DATE.exec(valeur);
  if (!m) return false;
  const annee = Number(m[1]);
  const mois = Number(m[2]);
  const jour = Number(m[3]);
  return annee >= 1000 && mois >= 1 && mois <= 12 && jour >= 1 && jour <= joursDansLeMois(annee, mois);
}

/**
 * Adds `n` calendar months with the end-of-month rule: the same day number, or the last day of the target
 * month when it has no such day (31 January + 1 month = 28 or 29 February). This is how delays expressed in
 * months expire (C. civ. 2228-2229 for prescription; CPC 641 for procedural delays).
 *
 * @example
 * ```ts
 * import { formaterDate, ajouterMois, lireDate } from 'recouvrement';
 * formaterDate(ajouterMois(lireDate('2024-01-31'), 1)); //=> '2024-02-29'
 * ```
 */
export function ajouterMois(j: JourEpoch, n: number): JourEpoch {
  exigerEntier(n, 'mois');
  const { annee, mois, jour } = civilDepuisJour(j);
  const total = annee * 12 + (mois - 1) + n;
  const a = Math.floor(total / 12);
  const m = total - a * 12 + 1;
  return jourDepuisCivil(a, m, Math.min(jour, joursDansLeMois(a, m)));
}

/**
 * Adds `n` years with the same rule (29 February + 1 year = 28 February).
 *
 * @example
 * ```ts
 * import { formaterDate, ajouterAnnees, lireDate } from 'recouvrement';
 * formaterDate(ajouterAnnees(lireDate('2024-02-29'), 5)); //=> '2029-02-28'
 * ```
 */
export function ajouterAnnees(j: JourEpoch, n: number): JourEpoch {
  exigerEntier(n, 'annees');
  return ajouterMois(j, 12 * n);
}

/**
 * Last day of the month of `j`.
 *
 * @example
 * ```ts
 * import { formaterDate, finDeMois, lireDate } from 'recouvrement';
 * formaterDate(finDeMois(lireDate('2024-02-10'))); //=> '2024-02-29'
 * ```
 */
export function finDeMois(j: JourEpoch): JourEpoch {
  const { annee, mois } = civilDepuisJour(j);
  return jourDepuisCivil(annee, mois, joursDansLeMois(annee, mois));
}

/** A half-year (semestre): S1 = January–June, S2 = July–December. */
export interface Semestre {
  readonly annee: number;
  readonly numero: 1 | 2;
  /** First day (1 January or 1 July). */
  readonly debut: JourEpoch;
  /** Last day (30 June or 31 December). */
  readonly fin: JourEpoch;
}

/**
 * The half-year containing `j`.
 *
 * @example
 * ```ts
 * import { semestreDe, lireDate } from 'recouvrement';
 * semestreDe(lireDate('2025-07-01')).numero; //=> 2
 * ```
 */
export function semestreDe(j: JourEpoch): Semestre {
  const { annee, mois } = civilDepuisJour(j);
  return mois <= 6
    ? { annee, numero: 1, debut: jourDepuisCivil(annee, 1, 1), fin: jourDepuisCivil(annee, 6, 30) }
    : { annee, numero: 2, debut: jourDepuisCivil(annee, 7, 1), fin: jourDepuisCivil(annee, 12, 31) };
}

/**
 * Day of the week, 1 = Monday … 7 = Sunday (ISO 8601).
 *
 * @example
 * ```ts
 * import { jourDeSemaine, lireDate } from 'recouvrement';
 * jourDeSemaine(lireDate('2026-11-23')); //=> 1
 * ```
 */
export function jourDeSemaine(j: JourEpoch): number {
  exigerEntier(j, 'jour');
  // 1970-01-01 was a Thursday (4).
  return ((((j + 3) % 7) + 7) % 7) + 1;
}
