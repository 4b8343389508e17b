/**
 * Collection effectiveness index (CEI, indice d'efficacité du recouvrement): what was collected over a period
 * out of what could have been collected,
 * `CEI = (encours début + ventes − encours fin) / (encours début + ventes − encours fin non échu)`,
 * a number in [0, 1] (1 = everything collectable was collected). A management ratio, not a legal rule.
 */
import type { EntreeEuros } from '../socle/euros.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { centimes, objet, ratio } from './internes/lecture.js';

/** Parameters of {@link indiceEfficaciteRecouvrement}. */
export interface ParamsCei {
  /** Receivables incl. VAT at the start of the period. */
  readonly encoursDebut: EntreeEuros;
  /** Credit sales incl. VAT over the period. */
  readonly ventesTTC: EntreeEuros;
  /** Receivables incl. VAT at the end of the period. */
  readonly encoursFin: EntreeEuros;
  /** The part of `encoursFin` not yet due at the end of the period. */
  readonly encoursFinNonEchu: EntreeEuros;
}

/**
 * Collection effectiveness index in [0, 1] (nearest double to the exact ratio in cents).
 *
 * @throws {RecouvrementError} `ENTREE_INVALIDE` — `encoursFinNonEchu` > `encoursFin`, `encoursFin` >
 *   `encoursDebut + ventesTTC` (receivables cannot grow more than the sales), or nothing was collectable
 * @example
 * ```ts
 * import { indiceEfficaciteRecouvrement } from 'recouvrement';
 * indiceEfficaciteRecouvrement({ encoursDebut: '100000.00', ventesTTC: '300000.00', encoursFin: '120000.00', encoursFinNonEchu: '80000.00' });
 * //=> 0.875 (280 000 collected out of 320 000 collectable)
 * ```
 */
export function indiceEfficaciteRecouvrement(params: ParamsCei): number {
  const p = objet(params, [], ['encoursDebut', 'ventesTTC', 'encoursFin', 'encoursFinNonEchu']);
  const debut = BigInt(centimes(p.encoursDebut, ['encoursDebut']));
  const ventes = BigInt(centimes(p.ventesTTC, ['ventesTTC']));
  const fin = BigInt(centimes(p.encoursFin, ['encoursFin']));
  const finNonEchu = BigInt(centimes(p.encoursFinNonEchu, ['encoursFinNonEchu']));
  if (finNonEchu > fin) entreeInvalide(['encoursFinNonEchu'], "l'encours non échu dépasse l'encours de fin", 'too_big');
  if (fin > debut + ventes) entreeInvalide(['encoursFin'], "l'encours de fin dépasse l'encours de début augmenté des ventes", 'too_big');
  const recouvrable = debut + ventes - finNonEchu;
  if (recouvrable === 0n) entreeInvalide(['encoursDebut'], "rien n'était recouvrable sur la période : l'indice n'est pas défini", 'too_small');
  return ratio(debut + ventes - fin, recouvrable);
}
