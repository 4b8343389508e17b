/**
 * Best possible DSO (BPDSO): the DSO the company would have if every customer paid exactly on its due date,
 * i.e. counting only the receivables not yet due:
 * `BPDSO = encours non échu TTC / chiffre d'affaires TTC × jours`.
 *
 * A management ratio, not a legal rule. `DSO − BPDSO` is the average days delinquent ({@link retardMoyen}).
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { arrondiDixieme, centimes, entier, objet } from './internes/lecture.js';

/** Parameters of {@link meilleurDsoPossible}. */
export interface ParamsMeilleurDso {
  /** Receivables incl. VAT not yet due at the end of the period (the first bucket of `balanceAgee`). */
  readonly encoursNonEchu: EntreeEuros;
  /** Turnover incl. VAT over the period, > 0. */
  readonly chiffreAffairesTTC: EntreeEuros;
  /** Length of the period in days, ≥ 1. */
  readonly jours: number;
}

/**
 * Best possible DSO in days (current receivables only), exact and rounded half-up to one decimal.
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE`
 * @example
 * ```ts
 * import { meilleurDsoPossible } from 'recouvrement';
 * meilleurDsoPossible({ encoursNonEchu: '150000.00', chiffreAffairesTTC: '1200000.00', jours: 365 }); //=> 45.6
 * ```
 */
export function meilleurDsoPossible(params: ParamsMeilleurDso): number {
  const p = objet(params, [], ['encoursNonEchu', 'chiffreAffairesTTC', 'jours']);
  const nonEchu = centimes(p.encoursNonEchu, ['encoursNonEchu']);
  const ca = centimes(p.chiffreAffairesTTC, ['chiffreAffairesTTC']);
  const jours = entier(p.jours, ['jours'], 1);
  if (ca === 0) entreeInvalide(['chiffreAffairesTTC'], "chiffre d'affaires nul : le DSO n'est pas défini", 'too_small');
  return arrondiDixieme(BigInt(nonEchu) * BigInt(jours), BigInt(ca));
}
