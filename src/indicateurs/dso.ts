/**
 * Days sales outstanding (DSO, délai moyen de recouvrement clients), simple method:
 * `DSO = encours clients TTC / chiffre d'affaires TTC de la période × jours de la période`.
 *
 * Not a legal rule: a management ratio (the receivables include VAT, so the turnover must too). See
 * docs/indicateurs.md for when to prefer the count-back method ({@link dsoParEpuisement}).
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { arrondiDixieme, centimes, entier, objet } from './internes/lecture.js';

/** Parameters of {@link dso}. */
export interface ParamsDso {
  /** Trade receivables incl. VAT at the end of the period (encours clients TTC). */
  readonly encours: EntreeEuros;
  /** Turnover incl. VAT over the period (chiffre d'affaires TTC), > 0. */
  readonly chiffreAffairesTTC: EntreeEuros;
  /** Length of the period in days (e.g. 365, 90, 30), ≥ 1. */
  readonly jours: number;
}

/**
 * Simple DSO in days: receivables / turnover × days, computed on exact integers (cents × days) and rounded
 * half-up to one decimal.
 *
 * @param params - `encours`, `chiffreAffairesTTC` (> 0), `jours` (whole days ≥ 1)
 * @returns the DSO in days, one decimal
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (bad amount, zero turnover, bad day count)
 * @example
 * ```ts
 * import { dso } from 'recouvrement';
 * dso({ encours: '250000.00', chiffreAffairesTTC: '1200000.00', jours: 365 }); //=> 76
 * dso({ encours: 100, chiffreAffairesTTC: 300, jours: 90 }); //=> 30
 * dso({ encours: 1, chiffreAffairesTTC: 3, jours: 1 }); //=> 0.3
 * ```
 */
export function dso(params: ParamsDso): number {
  const p = objet(params, [], ['encours', 'chiffreAffairesTTC', 'jours']);
  const encours = centimes(p.encours, ['encours']);
  const ca = centimes(p.chiffreAffairesTTC, ['chiffreAffairesTTC']);
  const jours = entier(p.jours, ['jours'], 1);
  if (ca === 0) entreeInvalide(['chiffreAffairesTTC'], "chiffre d'affaires nul : le DSO n'est pas défini", 'too_small');
  return arrondiDixieme(BigInt(encours) * BigInt(jours), BigInt(ca));
}
