/**
 * Internal: the accrual of `moteur/cumul.ts` on columns: the total only ({@link totalLot}, the batch) or
 * the formatted periods ({@link periodesLot}, the per-call fast route). Same cuts (rate
 * segment, outstanding base, and calendar year with `baseAnnuelle: 'exacte'`), same merging (consecutive
 * days with the same segment, base and divisor form one period), same rounding (each period once,
 * half-up, via the same integer division or `montantPeriode`'s BigInt fallback), same summation order:
 * the total is the one `calculerPenalitesRetard` returns.
 */
import { diviserDemiSuperieurEntier } from '../../socle/arrondi.js';
import { formaterDate } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { eurosTexte } from '../../socle/lecture-rapide.js';
import { montantPeriode, type BaseAnnuelle } from '../moteur/cumul.js';
import type { PeriodeAccrual } from '../moteur/resultat.js';
import type { ChronologieLot } from './chronologieLot.js';

/** Exact amount of one period, in cents. */
function montant(c: ChronologieLot, s: number, assiette: number, jours: number, diviseur: number): number {
  if (c.sur[s] === 1) {
    const produit = assiette * c.num[s]! * jours;
    const den = c.den[s]! * diviseur;
    if (Number.isSafeInteger(2 * produit + den)) return diviserDemiSuperieurEntier(produit, den);
  }
  return montantPeriode(assiette, c.taux[s]!, jours, diviseur);
}

/** Year of an epoch day (civil_from_days, year only). */
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
 * Total in cents of the periods over `[du, au]` (both inside `c`'s range, `du <= au`), for `montant` cents
 * and `n` payments sorted by day (`jours[k]`, `centimes[k]`).
 */
export function totalLot(
  c: ChronologieLot,
  du: number,
  au: number,
  montantDu: number,
  jours: Int32Array,
  centimes: Float64Array,
  n: number,
  base: BaseAnnuelle,
): number {
  if (n === 0 && base === 365) return totalSansPaiement(c, du, au, montantDu);
  let assiette = montantDu;
  let k = 0;
  while (k < n && jours[k]! + 1 <= du) assiette -= centimes[k++]!;
  if (assiette <= 0) return 0;
  let point = k < n ? jours[k]! + 1 : Number.POSITIVE_INFINITY;
  let s = c.index === null ? 0 : c.index[du - c.debut]!;
  const exacte = base === 'exacte';
  let total = 0;
  // The period being built.
  let pS = -1;
  let pAssiette = 0;
  let pDiviseur = 0;
  let pJours = 0;
  let j = du;
  for (;;) {
    while (j > c.au[s]!) s++;
    let fin = c.au[s]!;
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
      if (pS >= 0) total += montant(c, pS, pAssiette, pJours, pDiviseur);
      pS = s;
      pAssiette = assiette;
      pDiviseur = diviseur;
      pJours = duree;
    }
    if (fin >= au) break;
    j = fin + 1;
    if (j === point) {
      while (k < n && jours[k]! + 1 === j) assiette -= centimes[k++]!;
      point = k < n ? jours[k]! + 1 : Number.POSITIVE_INFINITY;
      if (assiette <= 0) break;
    }
  }
  if (pS >= 0) total += montant(c, pS, pAssiette, pJours, pDiviseur);
  return total;
}

/**
 * {@link totalLot} without payments and on 365 days (the common row): one period per rate segment, since
 * consecutive segments have different rates.
 */
function totalSansPaiement(c: ChronologieLot, du: number, au: number, assiette: number): number {
  const fins = c.au;
  let s = c.index === null ? 0 : c.index[du - c.debut]!;
  let j = du;
  let total = 0;
  for (;;) {
    const fin = fins[s]!;
    if (fin >= au) return total + montant(c, s, assiette, au - j + 1, 365);
    total += montant(c, s, assiette, fin - j + 1, 365);
    j = fin + 1;
    s++;
  }
}

/** The periods' total and days, filled by {@link periodesLot}. */
export interface SommePeriodes {
  total: number;
  jours: number;
}

/**
 * The same walk as {@link totalLot}, writing each period as the per-call result shows it (dates, base,
 * rate and amount formatted) into `sortie`, and the total and days into `somme`. A period amount or a
 * running total beyond 2^53 cents throws `ENTREE_INVALIDE` (`too_big`), as `periodesPubliques` does.
 */
export function periodesLot(
  c: ChronologieLot,
  du: number,
  au: number,
  montantDu: number,
  jours: Int32Array,
  centimes: Float64Array,
  n: number,
  base: BaseAnnuelle,
  sortie: PeriodeAccrual[],
  somme: SommePeriodes,
): void {
  somme.total = 0;
  somme.jours = 0;
  let assiette = montantDu;
  let k = 0;
  while (k < n && jours[k]! + 1 <= du) assiette -= centimes[k++]!;
  if (assiette <= 0) return;
  let point = k < n ? jours[k]! + 1 : Number.POSITIVE_INFINITY;
  let s = c.index === null ? 0 : c.index[du - c.debut]!;
  const exacte = base === 'exacte';
  // The period being built.
  let pS = -1;
  let pDu = 0;
  let pAssiette = 0;
  let pDiviseur = 0;
  let pJours = 0;
  let j = du;
  for (;;) {
    while (j > c.au[s]!) s++;
    let fin = c.au[s]!;
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
      if (pS >= 0) ecrire(c, pS, pDu, pAssiette, pJours, pDiviseur, sortie, somme);
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
      if (assiette <= 0) break;
    }
  }
  if (pS >= 0) ecrire(c, pS, pDu, pAssiette, pJours, pDiviseur, sortie, somme);
}

function ecrire(c: ChronologieLot, s: number, du: number, assiette: number, jours: number, diviseur: number, sortie: PeriodeAccrual[], somme: SommePeriodes): void {
  const m = montant(c, s, assiette, jours, diviseur);
  const total = somme.total + m;
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(total)) {
    entreeInvalide([], 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée', 'too_big');
  }
  somme.total = total;
  somme.jours += jours;
  sortie.push({
    du: formaterDate(du),
    au: formaterDate(du + jours - 1),
    jours,
    assiette: eurosTexte(assiette),
    tauxAnnuel: c.textes[s]!,
    baseAnnuelle: diviseur,
    montant: eurosTexte(m),
  });
}
