/**
 * Recovery rate (taux de recouvrement): the share of the amounts to collect that was collected,
 * `recouvré / total`, a number in [0, 1]. A management ratio, not a legal rule.
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { centimes, objet, ratio } from './internes/lecture.js';

/** Parameters of {@link tauxDeRecouvrement}. */
export interface ParamsTauxDeRecouvrement {
  /** Amount collected over the period. */
  readonly recouvre: EntreeEuros;
  /** Amount that was to be collected (> 0, ≥ `recouvre`). */
  readonly total: EntreeEuros;
}

/**
 * Recovery rate in [0, 1], the nearest double to the exact ratio of the two amounts in cents (not rounded
 * further: format it for display).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (total zero, or `recouvre` > `total`)
 * @example
 * ```ts
 * import { tauxDeRecouvrement } from 'recouvrement';
 * tauxDeRecouvrement({ recouvre: '75000.00', total: '100000.00' }); //=> 0.75
 * tauxDeRecouvrement({ recouvre: 0, total: 10 }); //=> 0
 * ```
 */
export function tauxDeRecouvrement(params: ParamsTauxDeRecouvrement): number {
  const p = objet(params, [], ['recouvre', 'total']);
  const recouvre = centimes(p.recouvre, ['recouvre']);
  const total = centimes(p.total, ['total']);
  if (total === 0) entreeInvalide(['total'], "montant à recouvrer nul : le taux n'est pas défini", 'too_small');
  if (recouvre > total) entreeInvalide(['recouvre'], 'le montant recouvré dépasse le montant à recouvrer', 'too_big');
  return ratio(BigInt(recouvre), BigInt(total));
}
