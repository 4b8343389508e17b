/**
 * Internal: the result shape shared by the penalty and legal-interest calculators.
 */
import { formaterDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { formaterEuros, type Euros } from '../../socle/euros.js';
import { formaterTaux, type Taux } from '../../socle/taux.js';
import type { Constats } from './chronologie.js';
import type { PeriodeInterne } from './cumul.js';

/** One period of accrual: a maximal run of days with the same base and rate. */
export interface PeriodeAccrual {
  readonly du: DateISO;
  readonly au: DateISO;
  readonly jours: number;
  /** Outstanding amount on which the period accrues. */
  readonly assiette: Euros;
  /** Annual rate in percent. */
  readonly tauxAnnuel: Taux;
  /** Days in the year used as divisor (365, or 366 with `baseAnnuelle: 'exacte'` in a leap year). */
  readonly baseAnnuelle: number;
  /** `assiette × tauxAnnuel/100 × jours / baseAnnuelle`, rounded half-up to the cent. */
  readonly montant: Euros;
}

/** Result of {@link calculerPenalitesRetard} and {@link calculerInteretsLegaux}. */
export interface ResultatAccrual {
  /** Sum of `periodes[].montant`. */
  readonly montant: Euros;
  /** Number of days that accrued (days with a positive outstanding amount). */
  readonly joursDeRetard: number;
  readonly periodes: readonly PeriodeAccrual[];
  /** Warnings: contractual rate raised to the floor, unconfirmed table entries used, overpayment… */
  readonly avertissements: readonly string[];
  /** Articles applied. */
  readonly references: readonly string[];
}

export function periodesPubliques(periodes: readonly PeriodeInterne[]): { total: number; jours: number; publiques: PeriodeAccrual[] } {
  let total = 0;
  let jours = 0;
  const publiques = periodes.map((p) => {
    total += p.montant;
    jours += p.jours;
    // Beyond 2^53 cents (≈ 90 000 milliards €: only reachable with absurd rates on amounts near CENTIMES_MAX)
    // a JS number is no longer exact: refuse rather than return a figure off by a cent.
    if (!Number.isSafeInteger(p.montant) || !Number.isSafeInteger(total)) {
      entreeInvalide([], 'montant du résultat hors limites (plus de 2^53 centimes) : réduisez le montant, le taux ou la durée', 'too_big');
    }
    return {
      du: formaterDate(p.du),
      au: formaterDate(p.au),
      jours: p.jours,
      assiette: formaterEuros(p.assiette),
      tauxAnnuel: formaterTaux(p.taux),
      baseAnnuelle: p.diviseur,
      montant: formaterEuros(p.montant),
    };
  });
  return { total, jours, publiques };
}

export function avertissementsNonConfirmes(c: Constats): string[] {
  return [...c.nonConfirmes].map(
    ([libelle, [du, au]]) => `Valeur NON CONFIRMÉE utilisée du ${formaterDate(du)} au ${formaterDate(au)} : ${libelle}. Vérifiez-la avant de vous en prévaloir.`,
  );
}

export function resultatVide(references: readonly string[], avertissements: readonly string[] = []): ResultatAccrual {
  return { montant: '0.00', joursDeRetard: 0, periodes: [], avertissements, references };
}
