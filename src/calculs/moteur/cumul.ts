/**
 * Internal: the accrual — the one walk of the library. Every accruing computation (penalties per call and
 * in a batch, legal interest) goes through {@link cumuler}: it cuts a rate timeline (columns, see
 * `chronologie.ts`) by the outstanding base (the amount minus the payments dated strictly before each day)
 * and, with an exact day basis, by calendar years; consecutive days with the same rate segment, base and
 * divisor form one period, whose amount `assiette × taux/100 × jours / diviseur` is rounded once, half-up,
 * to the cent. The sink says what to keep: the total only (`null`), or the periods in their public form.
 */
import { arrondiDemiSuperieur, diviserDemiSuperieurEntier } from '../../socle/arrondi.js';
import { formaterDate } from '../../socle/date-iso.js';
import { eurosTexte } from '../../socle/lecture-rapide.js';
import type { TauxExact } from '../../socle/taux.js';
import type { Chronologie } from './chronologie.js';
import type { PeriodeAccrual } from './resultat.js';

/** Day-count basis: 365 always (ACT/365 fixed, the default) or the actual year length (ACT/ACT). */
export type BaseAnnuelle = 365 | 'exacte';

/** What accrues: an amount in cents and `n` payments sorted by day (stable), as columns. */
export interface Assiettes {
  /** Cents. */
  montant: number;
  /** Number of payments; `jours[k]` (epoch day) and `centimes[k]` for `k < n`, sorted by day. */
  n: number;
  jours: Int32Array;
  centimes: Float64Array;
}

/**
 * The last accruing day: `au`, or the day of the payment that settles the amount if earlier (days after a
 * full payment do not accrue; the settling day itself still does).
 */
export function dernierJour(a: Assiettes, au: number): number {
  let reste = a.montant;
  for (let k = 0; k < a.n; k++) {
    reste -= a.centimes[k]!;
    if (reste <= 0) return a.jours[k]! < au ? a.jours[k]! : au;
  }
  return au;
}

/** The sum of the payments, in cents. */
export function totalPaye(a: Assiettes): number {
  let t = 0;
  for (let k = 0; k < a.n; k++) t += a.centimes[k]!;
  return t;
}

const PUISSANCES = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000];

/**
 * Exact amount in cents of `assiette` cents at `taux` % per year for `jours` days on a `diviseur`-day year,
 * rounded half-up. Uses safe-integer arithmetic when it cannot overflow, BigInt otherwise.
 */
export function montantPeriode(assiette: number, taux: TauxExact, jours: number, diviseur: number): number {
  const num = Number(taux.valeur);
  const den = 100 * (PUISSANCES[taux.decimales] ?? 10 ** taux.decimales) * diviseur;
  const produit = assiette * num * jours;
  if (Number.isSafeInteger(2 * produit + den) && Number.isSafeInteger(num)) return diviserDemiSuperieurEntier(produit, den);
  return Number(arrondiDemiSuperieur(BigInt(assiette) * taux.valeur * BigInt(jours), BigInt(den)));
}

/** Exact amount of one period on segment `s`, in cents (the segment's rate read from the columns). */
function montant(c: Chronologie, s: number, assiette: number, jours: number, diviseur: number): number {
  if (c.sur[s] === 1) {
    const produit = assiette * c.num[s]! * jours;
    const den = c.den[s]! * diviseur;
    if (Number.isSafeInteger(2 * produit + den)) return diviserDemiSuperieurEntier(produit, den);
  }
  return montantPeriode(assiette, c.taux[s]!, jours, diviseur);
}

/** Year of an epoch day (H. Hinnant's civil_from_days, year only). */
function anneeDe(j: number): number {
  const z = j + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** Epoch day of 31 December of `annee`. */
function trenteEtUnDecembre(annee: number): number {
  const era = Math.floor(annee / 400);
  const yoe = annee - era * 400;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 305 - 719468;
}

function bissextile(a: number): boolean {
  return (a % 4 === 0 && a % 100 !== 0) || a % 400 === 0;
}

/**
 * The accrual over `[du, au]` (days inside `c`'s range): the total in cents (a float sum of exact period
 * amounts: the caller refuses a total beyond 2^53). With `sortie`, each period is appended to it as the
 * public result shows it (dates, base, rate and amount formatted).
 */
export function cumuler(c: Chronologie, du: number, au: number, a: Assiettes, base: BaseAnnuelle, sortie: PeriodeAccrual[] | null): number {
  const n = a.n;
  const fins = c.au;
  let s = c.index === null ? 0 : c.index[du - c.debut]!;
  if (n === 0 && base === 365) {
    // The common case, inside the same walk: neither the base nor the divisor can change (no payment, 365
    // days), so each segment is one period (consecutive segments have different rates) — the general loop
    // below would cut and merge exactly the same way.
    const assiette = a.montant;
    if (assiette <= 0) return 0;
    let total = 0;
    for (let j = du; ; s++) {
      const fin = fins[s]! < au ? fins[s]! : au;
      const m = montant(c, s, assiette, fin - j + 1, 365);
      total += m;
      if (sortie !== null) sortie.push(periode(c, s, j, assiette, fin - j + 1, 365, m));
      if (fin >= au) return total;
      j = fin + 1;
    }
  }
  const jours = a.jours;
  const centimes = a.centimes;
  let assiette = a.montant;
  let k = 0;
  while (k < n && jours[k]! + 1 <= du) assiette -= centimes[k++]!;
  if (assiette <= 0) return 0;
  // The next day on which the base changes (the day after a payment).
  let point = k < n ? jours[k]! + 1 : Number.POSITIVE_INFINITY;
  const exacte = base === 'exacte';
  let total = 0;
  let j = du;
  // The period being built.
  let pS = -1;
  let pDu = 0;
  let pAssiette = 0;
  let pDiviseur = 0;
  let pJours = 0;
  for (;;) {
    while (j > fins[s]!) s++;
    let fin = fins[s]!;
    if (au < fin) fin = au;
    if (point - 1 < fin) fin = point - 1;
    let diviseur = 365;
    if (exacte) {
      const annee = anneeDe(j);
      const finAnnee = trenteEtUnDecembre(annee);
      if (finAnnee < fin) fin = finAnnee;
      if (bissextile(annee)) diviseur = 366;
    }
    const duree = fin - j + 1;
    if (pS === s && pAssiette === assiette && pDiviseur === diviseur) pJours += duree;
    else {
      if (pS >= 0) {
        const m = montant(c, pS, pAssiette, pJours, pDiviseur);
        total += m;
        if (sortie !== null) sortie.push(periode(c, pS, pDu, pAssiette, pJours, pDiviseur, m));
      }
      pS = s;
      pDu = j;
      pAssiette = assiette;
      pDiviseur = diviseur;
      pJours = duree;
    }
    if (fin >= au) break;
    j = fin + 1;
    if (j === point) {
      while (k < n && jours[k]! + 1 === j) assiette -= centimes[k++]!;
      point = k < n ? jours[k]! + 1 : Number.POSITIVE_INFINITY;
      if (assiette <= 0) break; // the base only decreases: nothing accrues from here on
    }
  }
  if (pS >= 0) {
    const m = montant(c, pS, pAssiette, pJours, pDiviseur);
    total += m;
    if (sortie !== null) sortie.push(periode(c, pS, pDu, pAssiette, pJours, pDiviseur, m));
  }
  return total;
}

/**
 * Days that do not accrue (a pause: `OptionsSituation.periodesSansAccessoires`), as sorted, disjoint,
 * non-adjacent pairs of epoch days `[du0, au0, du1, au1, …]` (inclusive). Empty: every day accrues.
 */
export type Pauses = readonly number[];

/**
 * {@link cumuler} over `[du, au]` without the days of `pauses`: the same walk on each run of accruing days,
 * on the same timeline (a rate anchored on the first accruing day, as the public buyers' one, stays
 * anchored there). Periods are cut at the pauses; without pauses, exactly `cumuler`.
 */
export function cumulerHorsPauses(c: Chronologie, du: number, au: number, a: Assiettes, base: BaseAnnuelle, sortie: PeriodeAccrual[] | null, pauses: Pauses): number {
  if (pauses.length === 0) return cumuler(c, du, au, a, base, sortie);
  let total = 0;
  let j = du;
  for (let k = 0; k + 1 < pauses.length && j <= au; k += 2) {
    const pDu = pauses[k]!;
    const pAu = pauses[k + 1]!;
    if (pAu < j) continue;
    if (pDu > au) break;
    if (pDu > j) total += cumuler(c, j, pDu - 1, a, base, sortie);
    j = pAu + 1;
  }
  if (j <= au) total += cumuler(c, j, au, a, base, sortie);
  return total;
}

/**
 * Reads pauses given as `{ du, au }` day ranges (epoch days, inclusive, any order, may overlap) into
 * {@link Pauses}: sorted, merged (overlapping or adjacent ranges become one).
 */
export function fusionnerPauses(periodes: readonly { readonly du: number; readonly au: number }[]): Pauses {
  // An inverted range holds no day (callers validate; this keeps the walk from counting a day twice).
  const triees = periodes.filter((p) => p.du <= p.au).sort((x, y) => x.du - y.du);
  const r: number[] = [];
  for (const p of triees) {
    const n = r.length;
    if (n > 0 && p.du <= r[n - 1]! + 1) r[n - 1] = Math.max(r[n - 1]!, p.au);
    else r.push(p.du, p.au);
  }
  return r;
}

function periode(c: Chronologie, s: number, du: number, assiette: number, jours: number, diviseur: number, m: number): PeriodeAccrual {
  return {
    du: formaterDate(du),
    au: formaterDate(du + jours - 1),
    jours,
    assiette: eurosTexte(assiette),
    tauxAnnuel: c.textes[s]!,
    baseAnnuelle: diviseur,
    montant: eurosTexte(m),
  };
}
