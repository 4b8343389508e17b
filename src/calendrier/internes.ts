/**
 * French public holidays on epoch days, by integer arithmetic on calendar dates (no `Date` object, so the
 * result cannot depend on the time zone). C. trav. L3133-1 lists eleven "fêtes légales"; in Moselle,
 * Bas-Rhin and Haut-Rhin, L3134-13 adds Good Friday and 26 December. Private to calendrier/.
 */
import { refuserClesInconnues } from '../socle/cles.js';
import { civilDepuisJour, jourDepuisCivil, jourDeSemaine, lireDate, type DateISO, type JourEpoch } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';

/**
 * The days this calendar answers for. From 1 May 2008, when C. trav. L3133-1 came into force with the
 * list it still has (recodification, ordonnance n° 2007-329); up to 31 December 2099, applying the list
 * in force in December 2026 (a later change of the law needs a new release).
 */
export const DEBUT_PLAGE: DateISO = '2008-05-01';
export const FIN_PLAGE: DateISO = '2099-12-31';
const DEBUT = /* @__PURE__ */ jourDepuisCivil(2008, 5, 1);
const FIN = /* @__PURE__ */ jourDepuisCivil(2099, 12, 31);

/** The options of {@link estJourFerie}, {@link estJourOuvre} and {@link finDeDelai}. */
export interface OptionsCalendrier {
  /**
   * The place is in Moselle, Bas-Rhin or Haut-Rhin: Good Friday and 26 December are holidays too
   * (C. trav. L3134-13). Default `false`.
   */
  readonly alsaceMoselle?: boolean;
}

/** Reads the options (hostile values refused with the path of the bad field). */
export function lireOptions(options: unknown): boolean {
  if (options === undefined) return false;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return entreeInvalide(['options'], 'objet attendu', 'invalid_type');
  }
  refuserClesInconnues(options, ['alsaceMoselle'], ['options']); // a misspelled key would drop the local holidays
  const am = (options as { alsaceMoselle?: unknown }).alsaceMoselle;
  if (am !== undefined && typeof am !== 'boolean') entreeInvalide(['options', 'alsaceMoselle'], 'booléen attendu', 'invalid_type');
  return am === true;
}

/** Throws when `j` is outside the days this calendar answers for. */
export function exigerDansLaPlage(j: JourEpoch, chemin: readonly PropertyKey[], texte: string): void {
  if (j < DEBUT) {
    entreeInvalide(chemin, `${texte} : les jours fériés ne sont connus qu'à partir du ${DEBUT_PLAGE} (C. trav. L3133-1)`, 'too_small');
  }
  if (j > FIN) entreeInvalide(chemin, `${texte} : les jours fériés ne sont connus que jusqu'au ${FIN_PLAGE}`, 'too_big');
}

/** Reads a date of the calendar's range. */
export function lireDateCalendrier(date: unknown, chemin: readonly PropertyKey[]): JourEpoch {
  const j = lireDate(date, chemin);
  exigerDansLaPlage(j, chemin, `date ${String(date)} hors plage`);
  return j;
}

/**
 * Easter Sunday of a Gregorian year, as an epoch day: the anonymous Gregorian computus (Meeus, Jones,
 * Butcher), integer arithmetic only.
 */
export function paques(annee: number): JourEpoch {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return jourDepuisCivil(annee, Math.floor(n / 31), (n % 31) + 1);
}

/** Easter Sunday per year, computed once (at most 92 years in the range). */
const paquesMemo = /* @__PURE__ */ new Map<number, JourEpoch>();

/** Whether the day `j` (in the range) is a public holiday. */
export function ferie(j: JourEpoch, alsaceMoselle: boolean): boolean {
  const { annee, mois, jour } = civilDepuisJour(j);
  switch (mois * 100 + jour) {
    case 101: // 1er janvier
    case 501: // 1er mai
    case 508: // 8 mai
    case 714: // 14 juillet
    case 815: // Assomption
    case 1101: // Toussaint
    case 1111: // 11 novembre
    case 1225: // Noël
      return true;
    case 1226: // second jour de Noël (L3134-13)
      return alsaceMoselle;
  }
  if (mois < 3 || mois > 6) return false; // Good Friday falls in March–April, Whit Monday by 14 June
  let p = paquesMemo.get(annee);
  if (p === undefined) paquesMemo.set(annee, (p = paques(annee)));
  const ecart = j - p;
  // Lundi de Pâques, Ascension (Easter + 39), lundi de Pentecôte (Easter + 50); Vendredi saint (L3134-13).
  return ecart === 1 || ecart === 39 || ecart === 50 || (alsaceMoselle && ecart === -2);
}

/** Whether the day `j` (in the range) is a working day: neither a Saturday, a Sunday nor a holiday. */
export function ouvre(j: JourEpoch, alsaceMoselle: boolean): boolean {
  return jourDeSemaine(j) <= 5 && !ferie(j, alsaceMoselle);
}
