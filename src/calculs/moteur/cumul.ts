/**
 * Internal: the accrual. Cuts a rate timeline by the outstanding base (amount minus the payments dated
 * strictly before each day) and, with an exact day basis, by calendar years; computes each period's amount
 * `assiette × taux/100 × jours / base`, rounded once, half-up, to the cent.
 */
import { arrondiDemiSuperieur, diviserDemiSuperieurEntier } from '../../socle/arrondi.js';
import { civilDepuisJour, estBissextile, jourDepuisCivil } from '../../socle/date-iso.js';
import type { TauxExact } from '../../socle/taux.js';
import type { SegmentTaux } from './chronologie.js';

/** Day-count basis: 365 always (ACT/365 fixed, the default) or the actual year length (ACT/ACT). */
export type BaseAnnuelle = 365 | 'exacte';

/** A payment as (epoch day, cents), sorted by day. */
export interface PaiementInterne {
  readonly jour: number;
  readonly centimes: number;
}

/** One computed period. */
export interface PeriodeInterne {
  readonly du: number;
  readonly au: number;
  readonly jours: number;
  readonly assiette: number;
  readonly taux: TauxExact;
  readonly diviseur: number;
  readonly montant: number;
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

/**
 * Sorted change points of the base: the base on day d is `montant − Σ payments dated < d`, so a payment on
 * day p lowers the base from p + 1. Returns the base in force from each point.
 */
function pointsAssiette(montant: number, paiements: readonly PaiementInterne[], debut: number): { jour: number; assiette: number }[] {
  let assiette = montant;
  let i = 0;
  while (i < paiements.length && paiements[i]!.jour + 1 <= debut) assiette -= paiements[i++]!.centimes;
  const points = [{ jour: debut, assiette: Math.max(0, assiette) }];
  while (i < paiements.length) {
    const jour = paiements[i]!.jour + 1;
    while (i < paiements.length && paiements[i]!.jour + 1 === jour) assiette -= paiements[i++]!.centimes;
    points.push({ jour, assiette: Math.max(0, assiette) });
  }
  return points;
}

/** Year length used as divisor for day `j`. */
function diviseurDu(j: number, base: BaseAnnuelle): number {
  return base === 365 ? 365 : estBissextile(civilDepuisJour(j).annee) ? 366 : 365;
}

/**
 * Periods over the timeline, dropping days whose base is zero. Consecutive days with the same base, rate
 * and divisor form one period.
 */
export function cumuler(
  segments: readonly SegmentTaux[],
  montant: number,
  paiements: readonly PaiementInterne[],
  base: BaseAnnuelle,
): PeriodeInterne[] {
  const periodes: PeriodeInterne[] = [];
  if (segments.length === 0) return periodes;
  const points = pointsAssiette(montant, paiements, segments[0]!.du);
  let p = 0;
  for (const s of segments) {
    let j = s.du;
    while (j <= s.au) {
      while (p + 1 < points.length && points[p + 1]!.jour <= j) p++;
      const assiette = points[p]!.assiette;
      const finAssiette = p + 1 < points.length ? points[p + 1]!.jour - 1 : Number.POSITIVE_INFINITY;
      let fin = Math.min(s.au, finAssiette);
      if (base === 'exacte') fin = Math.min(fin, jourDepuisCivil(civilDepuisJour(j).annee, 12, 31));
      if (assiette === 0) return periodes; // the base only decreases: nothing accrues from here on
      const diviseur = diviseurDu(j, base);
      const jours = fin - j + 1;
      const prec = periodes[periodes.length - 1];
      if (prec && prec.au === j - 1 && prec.assiette === assiette && prec.diviseur === diviseur && prec.taux === s.taux) {
        // Only a calendar-year cut between two years of the same length: one period.
        const total = prec.jours + jours;
        periodes[periodes.length - 1] = { ...prec, au: fin, jours: total, montant: montantPeriode(assiette, s.taux, total, diviseur) };
      } else {
        periodes.push({ du: j, au: fin, jours, assiette, taux: s.taux, diviseur, montant: montantPeriode(assiette, s.taux, jours, diviseur) });
      }
      j = fin + 1;
    }
  }
  return periodes;
}
