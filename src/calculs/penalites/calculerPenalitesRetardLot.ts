/**
 * Pénalités de retard for many invoices at once (C. com. art. L441-10 II): the nightly-batch entry point.
 */
import { nouveauxConstats } from '../moteur/chronologie.js';
import { lireOptions } from '../moteur/entrees.js';
import { formaterEuros, type Euros } from '../../socle/euros.js';
import { lireParamsPenalites, periodesPenalites, type OptionsPenalites, type ParamsPenalites } from './calculerPenalitesRetard.js';

/**
 * Computes the total penalties of every invoice, in the same order, exactly as
 * {@link calculerPenalitesRetard} would (same periods, same per-period rounding). The tables are validated
 * once for the whole batch and no per-invoice result object is built.
 *
 * A malformed row throws `ENTREE_INVALIDE` with its index first in the path (`[4217, 'dateEcheance']`);
 * nothing is returned for a batch with a bad row (never a partial result).
 *
 * @param lignes - any iterable of penalty parameters (an array, a generator over a CSV…)
 * @throws {RecouvrementError} `ENTREE_INVALIDE`, `BAREME_MANQUANT`
 * @example
 * ```ts
 * calculerPenalitesRetardLot([
 *   { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
 *   { montant: 500, dateEcheance: '2025-05-31', dateCalcul: '2025-05-31' },
 * ]); //=> ['257.87', '0.00']
 * ```
 */
export function calculerPenalitesRetardLot(lignes: Iterable<ParamsPenalites>, options?: OptionsPenalites): Euros[] {
  const { baremes, base } = lireOptions(options);
  const resultats: Euros[] = [];
  let i = 0;
  for (const ligne of lignes) {
    const e = lireParamsPenalites(ligne, [i]);
    let total = 0;
    for (const p of periodesPenalites(baremes, e, base, nouveauxConstats())) total += p.montant;
    resultats.push(formaterEuros(total));
    i++;
  }
  return resultats;
}
