/**
 * A debtor's payment profile (analyse de l'historique de paiement), for prevention and for ranking the
 * accounts to contact: amount-weighted average lateness of its payments, share of its invoices paid late,
 * the trend of its lateness over the last periods, and its open overdue amount. A management analysis, not
 * a legal rule: lateness is counted against the due date agreed on each invoice (C. com. L441-10 I sets
 * its legal maximum).
 */
import { ajouterMois, finDeMois, formaterDate, lireDate, type DateISO } from '../socle/date-iso.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { formaterEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { arrondiDixieme, centimesLigne, entier, iterable, jourLigne, ligne, objet, ratio, Somme, paiementLigne, jourPaiement, centimesPaiement, annuleAu } from './internes/lecture.js';

/** One invoice of the debtor's history (`Creance` objects fit). */
export interface FactureHistorique {
  readonly montantTTC: EntreeEuros;
  readonly dateEcheance: DateISO;
  readonly paiements: ReadonlyArray<{ readonly date: DateISO; readonly montant: EntreeEuros }>;
}

/** Parameters of {@link profilPaiement}. */
export interface ParamsProfilPaiement {
  /** The date of the analysis: payments after it are ignored. */
  readonly date: DateISO;
  /** Number of periods of the trend, 2 to 60. Default 6. */
  readonly periodes?: number;
  /** Months per period, 1 to 12. Default 1. */
  readonly moisParPeriode?: number;
  /** Slope (days per period) beyond which the trend is a degradation or an improvement. Default 1. */
  readonly seuilTendance?: number;
}

/** One period of the trend. */
export interface PeriodeProfil {
  readonly debut: DateISO;
  readonly fin: DateISO;
  /** Amount-weighted average lateness of the payments made in the period (days, one decimal), `null` if none. */
  readonly retardMoyen: number | null;
  readonly montantPaye: Euros;
}

/** Result of {@link profilPaiement}. */
export interface ProfilPaiement {
  readonly date: DateISO;
  readonly nombreFactures: number;
  /**
   * Amount-weighted average lateness of the payments up to `date`, `max(0, datePaiement − dateEcheance)`
   * (an early payment counts 0), in days rounded half-up to one decimal; `null` without payments.
   */
  readonly retardMoyen: number | null;
  /** Invoices fully paid at `date` (amount > 0). */
  readonly nombrePayees: number;
  /** Of those, the ones whose last payment (the one that settled them) came after the due date. */
  readonly nombrePayeesEnRetard: number;
  /** `nombrePayeesEnRetard / nombrePayees` in [0, 1], `null` when nothing was paid in full. */
  readonly partPayeesEnRetard: number | null;
  /** Unpaid amount of the invoices past due at `date` (due date strictly before it). */
  readonly encoursEchu: Euros;
  readonly nombreFacturesEchues: number;
  /** Unpaid amount of all invoices at `date` (overpayments count as 0, never negative). */
  readonly encours: Euros;
  /**
   * The trend periods, oldest first, the last one ending on `date`; calendar months (or groups of months)
   * when `date` is the last day of a month, rolling months otherwise.
   */
  readonly periodes: ReadonlyArray<PeriodeProfil>;
  /**
   * The least-squares slope of the periods' `retardMoyen` (as returned) against the period index, in days
   * per period rounded half-up to one decimal, and its reading: `degradation` above `seuilTendance`,
   * `amelioration` below its opposite, `stable` between, `indeterminee` with fewer than two periods with
   * payments.
   */
  readonly tendance: { readonly pente: number | null; readonly sens: 'amelioration' | 'degradation' | 'stable' | 'indeterminee' };
}

/**
 * Computes a debtor's payment profile from its invoice history (pass the invoices of one debtor), in one
 * streaming pass.
 *
 * @param historique - any iterable of invoices with their payments
 * @param params - `date`, `periodes`, `moisParPeriode`, `seuilTendance`
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, with the row index first in the path
 * @example
 * ```ts
 * import { profilPaiement } from 'recouvrement';
 * const p = profilPaiement(
 *   [
 *     { montantTTC: '1000.00', dateEcheance: '2025-01-31', paiements: [{ date: '2025-02-10', montant: '1000.00' }] }, // 10 days late
 *     { montantTTC: '500.00', dateEcheance: '2025-02-28', paiements: [{ date: '2025-02-20', montant: '500.00' }] },   // early
 *     { montantTTC: '800.00', dateEcheance: '2025-05-31', paiements: [] },                                            // open, overdue
 *   ],
 *   { date: '2025-06-30' },
 * );
 * p.retardMoyen; //=> 6.7 (10 000 €·days / 1 500 €)
 * p.partPayeesEnRetard; //=> 0.5
 * p.encoursEchu; //=> '800.00'
 * ```
 */
export function profilPaiement(historique: Iterable<FactureHistorique>, params: ParamsProfilPaiement): ProfilPaiement {
  const p = objet(params, ['params'], ['date', 'periodes', 'moisParPeriode', 'seuilTendance']);
  const date = lireDate(p.date, ['date']);
  const nbPeriodes = p.periodes === undefined ? 6 : entier(p.periodes, ['periodes'], 2);
  if (nbPeriodes > 60) entreeInvalide(['periodes'], 'au plus 60 périodes', 'too_big');
  const mois = p.moisParPeriode === undefined ? 1 : entier(p.moisParPeriode, ['moisParPeriode'], 1);
  if (mois > 12) entreeInvalide(['moisParPeriode'], 'au plus 12 mois par période', 'too_big');
  const seuil = p.seuilTendance ?? 1;
  if (typeof seuil !== 'number' || !Number.isFinite(seuil) || seuil < 0) entreeInvalide(['seuilTendance'], 'nombre fini positif ou nul attendu');
  const lignes = iterable(historique);

  // Period k (0 = oldest) covers ]bornes[k], bornes[k + 1]]; bornes[nbPeriodes] = date.
  const bornesPeriodes: number[] = [];
  // A date at a month's end gives calendar months (31 May, 30 April…); any other day gives rolling months.
  const calendaire = finDeMois(date) === date;
  for (let k = nbPeriodes; k >= 0; k--) {
    const b = ajouterMois(date, -k * mois);
    bornesPeriodes.push(calendaire ? finDeMois(b) : b);
  }
  const payePeriode = bornesPeriodes.slice(1).map(() => new Somme());
  const retardPeriode = bornesPeriodes.slice(1).map(() => new Somme());

  const paye = new Somme();
  const pondere = new Somme();
  const encours = new Somme();
  const encoursEchu = new Somme();
  let nombreFactures = 0;
  let nombrePayees = 0;
  let nombrePayeesEnRetard = 0;
  let nombreFacturesEchues = 0;
  const jours: number[] = [];
  const montants: number[] = [];
  let i = 0;
  for (const f of lignes) {
    const r = ligne(f, i);
    const montant = centimesLigne(r.montantTTC, i, 'montantTTC');
    const echeance = jourLigne(r.dateEcheance, i, 'dateEcheance');
    const paiements: unknown = r.paiements;
    if (!Array.isArray(paiements)) entreeInvalide([i, 'paiements'], 'tableau de paiements attendu', 'invalid_type');
    jours.length = 0;
    montants.length = 0;
    let totalPaye = 0;
    for (let k = 0; k < paiements.length; k++) {
      const q = paiementLigne(paiements[k], i, k);
      const jour = jourPaiement(q, i, k);
      const c = centimesPaiement(q, i, k);
      if (c === 0) entreeInvalide([i, 'paiements', k, 'montant'], 'un paiement est strictement positif', 'too_small');
      // A payment reversed by `date` (annulation) is no payment.
      if (jour > date || annuleAu(q, i, k, date)) continue;
      const retard = jour > echeance ? jour - echeance : 0;
      paye.ajouter(c);
      pondere.ajouterProduit(c, retard);
      totalPaye += c;
      jours.push(jour);
      montants.push(c);
      // The payment's period, if within the trend window.
      if (jour > bornesPeriodes[0]!) {
        let t = 0;
        while (jour > bornesPeriodes[t + 1]!) t++;
        payePeriode[t]!.ajouter(c);
        retardPeriode[t]!.ajouterProduit(c, retard);
      }
    }
    nombreFactures++;
    const du = montant > totalPaye ? montant - totalPaye : 0;
    encours.ajouter(du);
    if (du > 0 && echeance < date) {
      encoursEchu.ajouter(du);
      nombreFacturesEchues++;
    }
    if (montant > 0 && du === 0) {
      nombrePayees++;
      if (soldeeLe(jours, montants, montant) > echeance) nombrePayeesEnRetard++;
    }
    i++;
  }

  const periodes: PeriodeProfil[] = [];
  // Trend on the periods' averages in tenths of a day (as returned): exact integer least squares.
  let n = 0n;
  let sx = 0n;
  let sy = 0n;
  let sxx = 0n;
  let sxy = 0n;
  for (let k = 0; k < nbPeriodes; k++) {
    const m = payePeriode[k]!.valeur();
    const moyenne = m === 0n ? null : arrondiDixieme(retardPeriode[k]!.valeur(), m);
    periodes.push({ debut: formaterDate(bornesPeriodes[k]! + 1), fin: formaterDate(bornesPeriodes[k + 1]!), retardMoyen: moyenne, montantPaye: formaterEuros(m) });
    if (moyenne !== null) {
      const x = BigInt(k);
      const y = BigInt(Math.round(moyenne * 10));
      n++;
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
  }
  let tendance: ProfilPaiement['tendance'] = { pente: null, sens: 'indeterminee' };
  if (n >= 2n) {
    const pente = arrondiDixieme(n * sxy - sx * sy, (n * sxx - sx * sx) * 10n);
    tendance = { pente, sens: pente > seuil ? 'degradation' : pente < -seuil ? 'amelioration' : 'stable' };
  }
  const totalPaye = paye.valeur();
  return {
    date: formaterDate(date),
    nombreFactures,
    retardMoyen: totalPaye === 0n ? null : arrondiDixieme(pondere.valeur(), totalPaye),
    nombrePayees,
    nombrePayeesEnRetard,
    partPayeesEnRetard: nombrePayees === 0 ? null : ratio(BigInt(nombrePayeesEnRetard), BigInt(nombrePayees)),
    encoursEchu: formaterEuros(encoursEchu.valeur()),
    nombreFacturesEchues,
    encours: formaterEuros(encours.valeur()),
    periodes,
    tendance,
  };
}

/** The day the cumulated payments (in date order) reached `montant`. */
function soldeeLe(jours: readonly number[], montants: readonly number[], montant: number): number {
  const ordre = jours.map((_, k) => k).sort((a, b) => jours[a]! - jours[b]!);
  let cumul = 0;
  for (const k of ordre) {
    cumul += montants[k]!;
    if (cumul >= montant) return jours[k]!;
  }
  return Infinity;
}
