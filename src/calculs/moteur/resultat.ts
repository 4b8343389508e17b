/**
 * Internal: the result shape shared by the penalty and legal-interest calculators.
 */
import { formaterDate, type DateISO } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import { formaterEuros, type Euros } from '../../socle/euros.js';
import { eurosTexte } from '../../socle/lecture-rapide.js';
import type { Taux } from '../../socle/taux.js';
import type { Constats } from './chronologie.js';

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

/**
 * The result of an accrual: `total` (cents, the sum of the periods' amounts) and its periods. A total beyond
 * 2^53 cents (≈ 90 000 milliards €: only reachable with absurd rates on amounts near CENTIMES_MAX) is no
 * longer exact as a JS number: refused rather than returned off by a cent.
 */
export function resultatAccrual(
  total: number,
  periodes: readonly PeriodeAccrual[],
  avertissements: readonly string[],
  references: readonly string[],
): ResultatAccrual {
  verifierTotal(total, -1);
  let jours = 0;
  for (const p of periodes) jours += p.jours;
  return { montant: eurosTexte(total), joursDeRetard: jours, periodes, avertissements, references };
}

/** Throws `ENTREE_INVALIDE` (`too_big`; its path: the row index `ligne` of a batch, or empty) for a total beyond 2^53 cents. */
export function verifierTotal(total: number, ligne: number): void {
  if (!(total <= Number.MAX_SAFE_INTEGER)) {
    entreeInvalide(ligne < 0 ? [] : [ligne], MESSAGES.resultatHorsLimites, 'too_big');
  }
}

/** The warning of payments above the amount due. */
export function avertissementTropPaye(totalPaye: number, montant: number): string {
  return `Les paiements (${formaterEuros(totalPaye)} €) dépassent le montant dû (${formaterEuros(montant)} €) : le trop-perçu est ignoré.`;
}

export function avertissementsNonConfirmes(c: Constats | null): string[] {
  if (c === null) return [];
  return [...c.nonConfirmes].map(
    ([libelle, [du, au]]) => `Valeur NON CONFIRMÉE utilisée du ${formaterDate(du)} au ${formaterDate(au)} : ${libelle}. Vérifiez-la avant de vous en prévaloir.`,
  );
}

export function resultatVide(references: readonly string[], avertissements: readonly string[] = []): ResultatAccrual {
  return { montant: '0.00', joursDeRetard: 0, periodes: [], avertissements, references };
}
