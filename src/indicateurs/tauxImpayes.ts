/**
 * Unpaid rate (taux d'impayés): the share of the invoiced amount that is due and still unpaid,
 * `impayés échus / montant facturé`, a number in [0, 1]. A management ratio, not a legal rule.
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { centimes, objet, ratio } from './internes/lecture.js';

/** Parameters of {@link tauxImpayes}. */
export interface ParamsTauxImpayes {
  /** Amount due and unpaid at the measuring date (past due receivables), ≤ `total`. */
  readonly impayes: EntreeEuros;
  /** Amount invoiced over the period the unpaid invoices come from, > 0. */
  readonly total: EntreeEuros;
}

/**
 * Unpaid rate in [0, 1] (the nearest double to the exact ratio of the amounts in cents).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (total zero, or `impayes` > `total`)
 * @example
 * ```ts
 * import { tauxImpayes } from 'recouvrement';
 * tauxImpayes({ impayes: '3000.00', total: '120000.00' }); //=> 0.025
 * ```
 */
export function tauxImpayes(params: ParamsTauxImpayes): number {
  const p = objet(params, [], ['impayes', 'total']);
  const impayes = centimes(p.impayes, ['impayes']);
  const total = centimes(p.total, ['total']);
  if (total === 0) entreeInvalide(['total'], "montant facturé nul : le taux n'est pas défini", 'too_small');
  if (impayes > total) entreeInvalide(['impayes'], 'les impayés dépassent le montant facturé', 'too_big');
  return ratio(BigInt(impayes), BigInt(total));
}
