/**
 * Payment plans (échéanciers). A plan is court-ordered (délais de grâce, C. civ. art. 1343-5: "le juge
 * peut, dans la limite de deux années, reporter ou échelonner le paiement des sommes dues") or agreed
 * between the parties (amiable). Monthly dates follow the end-of-month rule and are computed from the first
 * date (never chained: 31 Jan, 29 Feb, 31 Mar, not 31 Jan, 29 Feb, 29 Mar). Cents are allocated by the
 * largest-remainder method so the lines sum exactly to the total.
 */
import { ajouterMois, civilDepuisJour, formaterDate, lireDate, type DateISO, type JourEpoch } from '../../socle/date-iso.js';
import { CODES_ERREUR, RecouvrementError, entreeInvalide } from '../../socle/erreurs.js';
import { entierEntre } from '../../socle/messages.js';
import { formaterEuros, lireEuros, type EntreeEuros } from '../../socle/euros.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { objet } from '../moteur/entrees.js';
import { lireRatios, repartirCentimes } from './repartir.js';
import type { Echeance, Echeancier, NatureEcheancier } from './types.js';

/** Fields common to both ways of setting the dates. */
export interface ParamsEcheancierCommuns {
  /** The total to pay off (down payment included), strictly positive. */
  readonly montantTotal: EntreeEuros;
  /** `judiciaire` (délais de grâce, capped at 24 months by C. civ. 1343-5) or `amiable` (default). */
  readonly nature?: NatureEcheancier;
  /**
   * Start of the plan: the date of the judge's decision (required when `nature` is `judiciaire`: the
   * 24 months run from it) or of the agreement. Default: the plan's first date.
   */
  readonly dateDebut?: DateISO;
  /** A down payment (apport), due on or before the first instalment; less than `montantTotal`. */
  readonly apport?: { readonly montant: EntreeEuros; readonly date: DateISO };
  /**
   * Relative sizes of the instalments (non-negative integers, one per instalment), e.g. `[1, 1, 1, 2]` for a
   * last instalment twice as large. Default: equal instalments.
   */
  readonly ponderations?: readonly number[];
}

/** Periodic dates: `nombreEcheances` instalments, `intervalleMois` months apart, from `premiereEcheance`. */
export interface ParamsEcheancierPeriodique extends ParamsEcheancierCommuns {
  readonly nombreEcheances: number;
  readonly premiereEcheance: DateISO;
  /** Months between two instalments: 1 (monthly, default), 3 (quarterly)… */
  readonly intervalleMois?: number;
  readonly dates?: never;
}

/** Custom dates, strictly increasing: one instalment per date. */
export interface ParamsEcheancierDates extends ParamsEcheancierCommuns {
  readonly dates: readonly DateISO[];
  readonly nombreEcheances?: never;
  readonly premiereEcheance?: never;
  readonly intervalleMois?: never;
}

/** Parameters of {@link creerEcheancier}. */
export type ParamsEcheancier = ParamsEcheancierPeriodique | ParamsEcheancierDates;

/**
 * The most instalments a plan may have (100 years of monthly instalments).
 *
 * @example
 * ```ts
 * import { ECHEANCES_MAX } from 'recouvrement';
 * ECHEANCES_MAX; //=> 1200
 * ```
 */
export const ECHEANCES_MAX = 1200;

/**
 * C. civ. art. 1343-5: the judge may postpone or spread payments "dans la limite de deux années" — the
 * longest court-ordered plan, in months from the decision (end-of-month rule).
 *
 * @example
 * ```ts
 * import { DELAI_GRACE_MAX_MOIS } from 'recouvrement';
 * DELAI_GRACE_MAX_MOIS; //=> 24
 * ```
 */
export const DELAI_GRACE_MAX_MOIS = 24;

const ART_1343_5 = 'C. civ. art. 1343-5';

/** The keys of {@link ParamsEcheancier} (issue 15, item 1: any other is refused). */
const CLES_PARAMS: readonly string[] = ['montantTotal', 'nature', 'dateDebut', 'apport', 'ponderations', 'nombreEcheances', 'premiereEcheance', 'intervalleMois', 'dates'];

function entier(v: unknown, path: readonly PropertyKey[], min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    return entreeInvalide(path, entierEntre(min, max), typeof v === 'number' ? 'invalid_value' : 'invalid_type');
  }
  return v;
}

/**
 * Smallest whole number of months `m` with `ajouterMois(debut, m) >= fin` (end-of-month rule); internal.
 * From 31 January to 28 February 2025: 1 (31 January + 1 month is 28 February).
 */
export function moisEntre(debut: JourEpoch, fin: JourEpoch): number {
  const a = civilDepuisJour(debut);
  const b = civilDepuisJour(fin);
  let m = Math.max(0, (b.annee - a.annee) * 12 + (b.mois - a.mois));
  while (m > 0 && ajouterMois(debut, m - 1) >= fin) m--;
  while (ajouterMois(debut, m) < fin) m++;
  return m;
}

/**
 * Creates a payment plan: the down payment (if any) and the instalments, with their dates and amounts, so
 * that the lines sum exactly to the total. Equal instalments differ by at most one cent, the extra cents on
 * the first instalments.
 *
 * A court-ordered plan (`nature: 'judiciaire'`) must end within 24 months of the decision (C. civ. art.
 * 1343-5), otherwise the call fails with `OPERATION_INTERDITE`. An agreed plan (`amiable`) may be longer:
 * 1343-5 limits the judge, and the legal reference records no cap on an agreement; such a plan gets an
 * `avertissements` line.
 *
 * @param params - the total, the dates (periodic from `premiereEcheance`, or a list `dates`), the optional
 *   down payment, weights and nature
 * @returns the plan as plain JSON data (amounts as `Euros` strings)
 * @throws {RecouvrementError} `ENTREE_INVALIDE` on malformed input (with the failing path);
 *   `OPERATION_INTERDITE` for a court-ordered plan longer than 24 months
 * @example
 * ```ts
 * import { creerEcheancier } from 'recouvrement';
 * const plan = creerEcheancier({ montantTotal: '1000.00', nombreEcheances: 3, premiereEcheance: '2025-01-31' });
 * plan.echeances.map((e) => [e.date, e.montant]);
 * //=> [['2025-01-31', '333.34'], ['2025-02-28', '333.33'], ['2025-03-31', '333.33']]
 * creerEcheancier({ montantTotal: 1000, apport: { montant: 400, date: '2025-01-10' },
 *   dates: ['2025-02-15', '2025-04-15'] }).echeances.map((e) => e.montant);
 * //=> ['400.00', '300.00', '300.00']
 * ```
 */
export function creerEcheancier(params: ParamsEcheancier): Echeancier {
  const p = objet(params, []);
  refuserClesInconnues(p, CLES_PARAMS);
  const total = lireEuros(p.montantTotal, ['montantTotal']);
  if (total === 0) entreeInvalide(['montantTotal'], 'montant strictement positif attendu', 'too_small');
  const nature = p.nature === undefined ? 'amiable' : p.nature;
  if (nature !== 'judiciaire' && nature !== 'amiable') entreeInvalide(['nature'], "'judiciaire' ou 'amiable' attendu");

  // Dates of the instalments.
  let jours: JourEpoch[];
  if (p.dates !== undefined) {
    for (const k of ['nombreEcheances', 'premiereEcheance', 'intervalleMois'] as const) {
      if (p[k] !== undefined) entreeInvalide([k], '`dates` et un échéancier périodique sont exclusifs', 'unrecognized_keys');
    }
    if (!Array.isArray(p.dates)) return entreeInvalide(['dates'], 'tableau de dates attendu', 'invalid_type');
    const dates: readonly unknown[] = p.dates;
    if (dates.length === 0) entreeInvalide(['dates'], 'au moins une date attendue', 'too_small');
    if (dates.length > ECHEANCES_MAX) entreeInvalide(['dates'], `au plus ${ECHEANCES_MAX} échéances`, 'too_big');
    jours = dates.map((d, i) => lireDate(d, ['dates', i]));
    for (let i = 1; i < jours.length; i++) {
      if (jours[i]! <= jours[i - 1]!) entreeInvalide(['dates', i], 'dates strictement croissantes attendues');
    }
  } else {
    const n = entier(p.nombreEcheances, ['nombreEcheances'], 1, ECHEANCES_MAX);
    const premiere = lireDate(p.premiereEcheance, ['premiereEcheance']);
    const intervalle = p.intervalleMois === undefined ? 1 : entier(p.intervalleMois, ['intervalleMois'], 1, 120);
    jours = [];
    for (let k = 0; k < n; k++) jours.push(ajouterMois(premiere, k * intervalle));
    if (civilDepuisJour(jours[jours.length - 1]!).annee > 9999) entreeInvalide(['nombreEcheances'], 'échéancier au-delà de l’an 9999');
  }
  const n = jours.length;

  // Down payment.
  let apport = 0;
  let jourApport: JourEpoch | null = null;
  if (p.apport !== undefined) {
    const a = objet(p.apport, ['apport']);
    refuserClesInconnues(a, ['montant', 'date'], ['apport']);
    apport = lireEuros(a.montant, ['apport', 'montant']);
    jourApport = lireDate(a.date, ['apport', 'date']);
    if (apport === 0) entreeInvalide(['apport', 'montant'], 'apport strictement positif attendu (omettre `apport` sinon)', 'too_small');
    if (apport >= total) entreeInvalide(['apport', 'montant'], "l'apport doit être inférieur au montant total", 'too_big');
    if (jourApport > jours[0]!) entreeInvalide(['apport', 'date'], "l'apport est dû au plus tard à la première échéance");
  }
  const solde = total - apport;
  if (solde < n) entreeInvalide(['montantTotal'], `montant insuffisant pour ${n} échéances d'au moins un centime`, 'too_small');

  // Amounts.
  let ratios: readonly number[];
  if (p.ponderations === undefined) {
    ratios = jours.map(() => 1);
  } else {
    ratios = lireRatios(p.ponderations, ['ponderations']);
    if (ratios.length !== n) entreeInvalide(['ponderations'], `une pondération par échéance attendue (${n})`);
  }
  const montants = repartirCentimes(solde, ratios);
  const nulle = montants.indexOf(0);
  if (nulle >= 0) entreeInvalide(p.ponderations === undefined ? ['montantTotal'] : ['ponderations', nulle], `l'échéance ${nulle + 1} serait nulle`);

  // Start, end, duration.
  const premierJour = jourApport ?? jours[0]!;
  const dernierJour = jours[n - 1]!;
  let debut: JourEpoch;
  if (p.dateDebut === undefined) {
    if (nature === 'judiciaire') {
      return entreeInvalide(['dateDebut'], 'date de la décision attendue : les délais de grâce (C. civ. 1343-5) courent dans la limite de deux années', 'invalid_type');
    }
    debut = premierJour;
  } else {
    debut = lireDate(p.dateDebut, ['dateDebut']);
    if (debut > premierJour) entreeInvalide(['dateDebut'], 'le plan commence après sa première échéance');
  }
  const dureeMois = moisEntre(debut, dernierJour);

  const motifs: string[] = [];
  const references: string[] = [];
  const avertissements: string[] = [];
  if (nature === 'judiciaire') {
    const limite = ajouterMois(debut, DELAI_GRACE_MAX_MOIS);
    if (dernierJour > limite) {
      throw new RecouvrementError(
        CODES_ERREUR.OPERATION_INTERDITE,
        `Délais de grâce au-delà de deux années : dernière échéance le ${formaterDate(dernierJour)}, limite le ${formaterDate(limite)} (${ART_1343_5}).`,
        [{ code: 'too_big', path: p.dates !== undefined ? ['dates', n - 1] : ['nombreEcheances'], message: `dernière échéance après le ${formaterDate(limite)}` }],
      );
    }
    references.push(ART_1343_5);
    motifs.push(
      `Délais de grâce accordés par le juge dans la limite de deux années (au plus tard le ${formaterDate(limite)}).`,
      "La décision suspend les procédures d'exécution engagées ; les majorations d'intérêts et les pénalités encourues à raison du retard ne sont pas encourues pendant le délai fixé par le juge (toute stipulation contraire est réputée non écrite).",
      'Le juge peut aussi, par décision spéciale et motivée, réduire le taux des sommes reportées (pas en deçà du taux légal) ou imputer les paiements d’abord sur le capital.',
    );
    avertissements.push('Les délais de grâce ne sont pas applicables aux dettes d’aliment (C. civ. art. 1343-5) : non vérifié ici.');
  } else {
    motifs.push("Échéancier amiable : les dates et montants sont ceux convenus entre les parties.");
    if (dernierJour > ajouterMois(debut, DELAI_GRACE_MAX_MOIS)) {
      references.push(ART_1343_5);
      avertissements.push(
        `Échéancier de plus de deux années (${dureeMois} mois) : la limite de deux années de l'article 1343-5 du Code civil vise les délais accordés par le juge ; la référence juridique ne relève pas de plafond pour un accord amiable, mais un juge ne pourrait pas imposer un tel plan.`,
      );
    }
  }

  const echeances: Echeance[] = [];
  if (jourApport !== null) echeances.push({ numero: 0, type: 'apport', date: formaterDate(jourApport), montant: formaterEuros(apport) });
  for (let i = 0; i < n; i++) {
    echeances.push({ numero: i + 1, type: 'echeance', date: formaterDate(jours[i]!), montant: formaterEuros(montants[i]!) });
  }
  return {
    nature,
    montantTotal: formaterEuros(total),
    apport: formaterEuros(apport),
    nombreEcheances: n,
    echeances,
    dateDebut: formaterDate(debut),
    dateFin: formaterDate(dernierJour),
    dureeMois,
    motifs,
    references,
    avertissements,
  };
}
