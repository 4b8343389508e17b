/**
 * Pénalités de retard for many invoices at once (C. com. art. L441-10 II): the nightly-batch entry point.
 */
import { lireOptions } from '../moteur/entrees.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import type { Euros } from '../../socle/euros.js';
import { penalitesLot } from '../lot/penalitesLot.js';
import type { OptionsPenalites, ParamsPenalites } from './calculerPenalitesRetard.js';

/**
 * Computes the total penalties of every invoice, in the same order, exactly as
 * {@link calculerPenalitesRetard} would (same periods, same per-period rounding, same total).
 *
 * Built for nightly runs over hundreds of thousands of invoices: the tables are validated once and their
 * rate timelines (ECB + 10 points by half-year, or by ECB operation before 2013; each contractual rate
 * raised to its floor) are laid out once per batch; each row is then parsed without allocation and
 * accrued over integer cents and epoch days, with no per-day loop and no per-invoice result object. A row
 * the fast path does not cover (amounts given as numbers with decimals, many payments, days outside the
 * tables) goes through the per-call computation, so results never differ. See docs/performance.md.
 *
 * A malformed row throws `ENTREE_INVALIDE` with its index first in the path (`[4217, 'dateEcheance']`);
 * nothing is returned for a batch with a bad row (never a partial result). A day outside the tables throws
 * `BAREME_MANQUANT`, as for a single invoice.
 *
 * @param lignes - any iterable of penalty parameters (an array, a generator over a CSV…)
 * @param options - `baremes` (default {@link baremesParDefaut}), `baseAnnuelle` (365 or `'exacte'`)
 * @returns the totals as `Euros` strings, in input order
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, `BAREME_MANQUANT`, `BAREME_INVALIDE`
 * @example
 * ```ts
 * calculerPenalitesRetardLot([
 *   { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
 *   { montant: 500, dateEcheance: '2025-05-31', dateCalcul: '2025-05-31' },
 * ]); //=> ['257.87', '0.00']
 * ```
 */
export function calculerPenalitesRetardLot(lignes: Iterable<ParamsPenalites>, options?: OptionsPenalites): Euros[] {
  if (typeof (lignes as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') entreeInvalide([], 'itérable de lignes attendu (tableau, générateur…)', 'invalid_type');
  const { baremes, base } = lireOptions(options);
  return penalitesLot(lignes, baremes, base);
}
