/**
 * Average days delinquent (ADD, retard moyen de paiement): how many days of sales sit in overdue receivables,
 * `ADD = DSO − BPDSO = (encours − encours non échu) / chiffre d'affaires TTC × jours`.
 *
 * Computed on the exact values, then rounded once: it can differ by 0.1 from the difference of the two
 * rounded figures ({@link dso} − {@link meilleurDsoPossible}). A management ratio, not a legal rule.
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { arrondiDixieme, centimes, entier, objet } from './internes/lecture.js';

/** Parameters of {@link retardMoyen}. */
export interface ParamsRetardMoyen {
  /** All receivables incl. VAT at the end of the period. */
  readonly encours: EntreeEuros;
  /** The part of `encours` not yet due (≤ `encours`). */
  readonly encoursNonEchu: EntreeEuros;
  /** Turnover incl. VAT over the period, > 0. */
  readonly chiffreAffairesTTC: EntreeEuros;
  /** Length of the period in days, ≥ 1. */
  readonly jours: number;
}

/**
 * Average days delinquent, exact and rounded half-up to one decimal.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (also when `encoursNonEchu` > `encours`)
 * @example
 * ```ts
 * import { retardMoyen } from 'recouvrement';
 * retardMoyen({ encours: '250000.00', encoursNonEchu: '150000.00', chiffreAffairesTTC: '1200000.00', jours: 365 });
 * //=> 30.4
 * ```
 */
export function retardMoyen(params: ParamsRetardMoyen): number {
  const p = objet(params, [], ['encours', 'encoursNonEchu', 'chiffreAffairesTTC', 'jours']);
  const encours = centimes(p.encours, ['encours']);
  const nonEchu = centimes(p.encoursNonEchu, ['encoursNonEchu']);
  const ca = centimes(p.chiffreAffairesTTC, ['chiffreAffairesTTC']);
  const jours = entier(p.jours, ['jours'], 1);
  if (nonEchu > encours) entreeInvalide(['encoursNonEchu'], "l'encours non échu dépasse l'encours total", 'too_big');
  if (ca === 0) entreeInvalide(['chiffreAffairesTTC'], "chiffre d'affaires nul : le DSO n'est pas défini", 'too_small');
  return arrondiDixieme(BigInt(encours - nonEchu) * BigInt(jours), BigInt(ca));
}
