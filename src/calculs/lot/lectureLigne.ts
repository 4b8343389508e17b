/**
 * Internal: allocation-free reading of one penalty row (`ParamsPenalites`) into numbers, shared by the
 * batch loop and the per-call fast route. It accepts a subset of what `lireParamsPenalites` accepts and
 * reads the same values: amounts and dates through the fast parsers of `socle/lecture-rapide`, at most
 * {@link PAIEMENTS_MAX} strictly positive payments sorted stably by day, a rate mode among the three. For
 * anything else it returns `false` and the caller takes the strict path, which either reads the row the same
 * way or throws the error with its path. A contractual rate string is returned as is (the caller parses it).
 */
import { dateRapide, eurosRapide } from '../../socle/lecture-rapide.js';

/** Payments sorted in place up to this count; longer lists take the strict path (rare). */
export const PAIEMENTS_MAX = 64;

export const MODE_BCE = 0;
export const MODE_CONTRACTUEL = 1;
export const MODE_COMMANDE_PUBLIQUE = 2;

/** A row read as numbers (reused from row to row). */
export interface LigneLue {
  /** Cents. */
  montant: number;
  /** Epoch days. */
  echeance: number;
  calcul: number;
  /** Number of payments, and their days and cents sorted by day (stable). */
  n: number;
  readonly jours: Int32Array;
  readonly centimes: Float64Array;
  /** {@link MODE_BCE}, {@link MODE_CONTRACTUEL} or {@link MODE_COMMANDE_PUBLIQUE}. */
  mode: number;
  /** The contractual rate as given (a string), or `''`. */
  tauxAnnuel: string;
}

export function nouvelleLigne(): LigneLue {
  return {
    montant: 0,
    echeance: 0,
    calcul: 0,
    n: 0,
    jours: new Int32Array(PAIEMENTS_MAX),
    centimes: new Float64Array(PAIEMENTS_MAX),
    mode: MODE_BCE,
    tauxAnnuel: '',
  };
}

/** Reads `ligne` into `l`; `false` if the fast path does not cover it (then `l` is garbage). */
export function lireLigne(ligne: unknown, l: LigneLue): boolean {
  if (typeof ligne !== 'object' || ligne === null || Array.isArray(ligne)) return false;
  const r = ligne as Record<string, unknown>;
  const montant = eurosRapide(r.montant);
  if (montant < 0) return false;
  const echeance = dateRapide(r.dateEcheance);
  if (echeance < 0) return false;
  const calcul = dateRapide(r.dateCalcul);
  if (calcul < 0) return false;
  l.montant = montant;
  l.echeance = echeance;
  l.calcul = calcul;
  const paiements = r.paiements;
  let n = 0;
  if (paiements !== undefined) {
    if (!Array.isArray(paiements) || paiements.length > PAIEMENTS_MAX) return false;
    n = paiements.length;
    const jours = l.jours;
    const centimes = l.centimes;
    for (let k = 0; k < n; k++) {
      const p: unknown = paiements[k];
      if (typeof p !== 'object' || p === null || Array.isArray(p)) return false;
      const jour = dateRapide((p as Record<string, unknown>).date);
      const c = eurosRapide((p as Record<string, unknown>).montant);
      if (jour < 0 || c <= 0) return false;
      // Stable insertion by day (lirePaiements sorts stably by day).
      let m = k;
      while (m > 0 && jours[m - 1]! > jour) {
        jours[m] = jours[m - 1]!;
        centimes[m] = centimes[m - 1]!;
        m--;
      }
      jours[m] = jour;
      centimes[m] = c;
    }
  }
  l.n = n;
  const taux = r.taux;
  l.mode = MODE_BCE;
  if (taux !== undefined) {
    if (typeof taux !== 'object' || taux === null || Array.isArray(taux)) return false;
    const t = taux as Record<string, unknown>;
    const mode = t.mode;
    if (mode === 'contractuel') {
      const texte = t.tauxAnnuel;
      if (typeof texte !== 'string') return false;
      l.mode = MODE_CONTRACTUEL;
      l.tauxAnnuel = texte;
    } else if (mode === 'commande-publique') l.mode = MODE_COMMANDE_PUBLIQUE;
    else if (mode !== 'bce+10') return false;
  }
  return true;
}

/**
 * Last accruing day: `calcul`, or the day of the payment that settles the amount if earlier (days after a
 * full payment do not accrue). Same as `dernierJourDu` of the per-call path (same summation order).
 */
export function dernierJour(l: LigneLue): number {
  let au = l.calcul;
  let reste = l.montant;
  for (let k = 0; k < l.n; k++) {
    reste -= l.centimes[k]!;
    if (reste <= 0) {
      if (l.jours[k]! < au) au = l.jours[k]!;
      break;
    }
  }
  return au;
}
