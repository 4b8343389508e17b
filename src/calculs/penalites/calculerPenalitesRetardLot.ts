/**
 * Pénalités de retard for many invoices at once (C. com. art. L441-10 II): the nightly-batch entry point.
 * Each row takes the very steps of {@link calculerPenalitesRetard} (the same reading, timelines and
 * accrual), without building periods or a result object.
 */
import { entreeInvalide } from '../../socle/erreurs.js';
import { MESSAGES } from '../../socle/messages.js';
import type { Euros } from '../../socle/euros.js';
import { eurosTexte } from '../../socle/lecture-rapide.js';
import { chronologiesDe, type Chronologies } from '../moteur/chronologie.js';
import type { BaseAnnuelle } from '../moteur/cumul.js';
import { lireOptions, objet } from '../moteur/entrees.js';
import { lirePenalites, nouvelleLigne, type Ligne } from '../moteur/lecture.js';
import { verifierTotal } from '../moteur/resultat.js';
import { accruerPenalites, type OptionsPenalites, type ParamsPenalites } from './calculerPenalitesRetard.js';

/** Options of {@link calculerPenalitesRetardLot}. */
export interface OptionsPenalitesLot extends OptionsPenalites {
  /**
   * `'euros'` (default): an array of `Euros` strings. `'centimes'`: a `Float64Array` of the same totals in
   * integer cents (exact: every total is a safe integer), with no string built per row — for callers that
   * add, compare or store the totals as numbers.
   */
  readonly sortie?: 'euros' | 'centimes';
  /**
   * `true`: the result is `{ montants, avertissements }`, with each row's warnings (the very ones
   * {@link calculerPenalitesRetard} gives: UNCONFIRMED table values used, floors applied, the contract date
   * defaulted, overpayment) — so that a total relying on unconfirmed data is flagged. Default `false`: the
   * totals alone.
   */
  readonly avertissements?: boolean;
}

/** Result of {@link calculerPenalitesRetardLot} with `avertissements: true`. */
export interface ResultatLotAvertissements<M extends Euros[] | Float64Array = Euros[] | Float64Array> {
  /** The totals, as without the option (`Euros` strings, or integer cents with `sortie: 'centimes'`). */
  readonly montants: M;
  /** The warnings of row `i` at index `i` (an empty array when there is none). */
  readonly avertissements: string[][];
}

const CLES_OPTIONS_LOT: readonly string[] = ['sortie', 'avertissements'];

/**
 * Computes the total penalties of every invoice, in the same order, exactly as
 * {@link calculerPenalitesRetard} would (same periods, same per-period rounding, same total).
 *
 * Built for nightly runs over hundreds of thousands of invoices: the tables are validated once and their
 * rate timelines (ECB + 10 points by half-year, or by ECB operation before 2013; each contractual rate
 * raised to its floor) are laid out once per tables; each row is then read without allocation and accrued
 * over integer cents and epoch days, with no per-day loop and no per-invoice result object. See
 * docs/performance.md.
 *
 * A malformed row throws `ENTREE_INVALIDE` with its index first in the path (`[4217, 'dateEcheance']`);
 * nothing is returned for a batch with a bad row (never a partial result). A day outside the tables throws
 * `BAREME_MANQUANT`, as for a single invoice.
 *
 * @param lignes - any iterable of penalty parameters (an array, a generator over a CSV…)
 * @param options - `baremes` (default {@link baremesParDefaut}), `baseAnnuelle` (365 or `'exacte'`),
 * `sortie` (`'euros'` or `'centimes'`), `avertissements` (each row's warnings too)
 * @returns the totals in input order: `Euros` strings, or with `sortie: 'centimes'` a `Float64Array` of
 * integer cents; with `avertissements: true`, `{ montants, avertissements }`
 * @throws {RecouvrementError} `ENTREE_INVALIDE` (an unknown key of a row or of `options` included),
 * `BAREME_MANQUANT`, `BAREME_INVALIDE`
 * @example
 * ```ts
 * import { calculerPenalitesRetardLot } from 'recouvrement';
 *
 * const lignes = [
 *   { montant: '10000.00', dateEcheance: '2025-05-31', dateCalcul: '2025-08-14' },
 *   { montant: 500, dateEcheance: '2025-05-31', dateCalcul: '2025-05-31' },
 * ];
 * calculerPenalitesRetardLot(lignes); //=> ['257.87', '0.00']
 * // The same totals in integer cents, without a string per row:
 * const centimes = calculerPenalitesRetardLot(lignes, { sortie: 'centimes' }); //=> Float64Array [25787, 0]
 * centimes.reduce((a, b) => a + b, 0); //=> 25787
 * // Each row's warnings, to flag totals relying on unconfirmed table values:
 * const r = calculerPenalitesRetardLot([...lignes, { montant: '100', dateEcheance: '2026-06-30', dateCalcul: '2026-07-31' }], { avertissements: true });
 * r.montants; //=> ['257.87', '0.00', '1.05']
 * r.avertissements.map((a) => a.length); //=> [0, 0, 1]
 * ```
 */
export function calculerPenalitesRetardLot(
  lignes: Iterable<ParamsPenalites>,
  options: OptionsPenalitesLot & { readonly sortie: 'centimes'; readonly avertissements: true },
): ResultatLotAvertissements<Float64Array>;
export function calculerPenalitesRetardLot(
  lignes: Iterable<ParamsPenalites>,
  options: OptionsPenalitesLot & { readonly sortie?: 'euros'; readonly avertissements: true },
): ResultatLotAvertissements<Euros[]>;
export function calculerPenalitesRetardLot(
  lignes: Iterable<ParamsPenalites>,
  options: OptionsPenalitesLot & { readonly sortie: 'centimes'; readonly avertissements?: false },
): Float64Array;
export function calculerPenalitesRetardLot(
  lignes: Iterable<ParamsPenalites>,
  options?: OptionsPenalitesLot & { readonly sortie?: 'euros'; readonly avertissements?: false },
): Euros[];
export function calculerPenalitesRetardLot(lignes: Iterable<ParamsPenalites>, options?: OptionsPenalitesLot): Euros[] | Float64Array | ResultatLotAvertissements;
export function calculerPenalitesRetardLot(lignes: Iterable<ParamsPenalites>, options?: OptionsPenalitesLot): Euros[] | Float64Array | ResultatLotAvertissements {
  if (typeof (lignes as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') entreeInvalide([], 'itérable de lignes attendu (tableau, générateur…)', 'invalid_type');
  const { baremes, base } = lireOptions(options, CLES_OPTIONS_LOT);
  const centimes = lireSortie(options) === 'centimes';
  const t = chronologiesDe(baremes);
  const l = nouvelleLigne();
  if (lireAvertissements(options)) {
    // The warnings of each row: the same accrual, with the row's warnings kept (off the fast loops below).
    const avertissements: string[][] = [];
    const totaux: number[] = [];
    let i = 0;
    for (const ligne of lignes) {
      const a: string[] = [];
      lirePenalites(ligne, l, i);
      const c = accruerPenalites(t, l, base, null, a);
      verifierTotal(c, i++);
      totaux.push(c);
      avertissements.push(a);
    }
    return { montants: centimes ? Float64Array.from(totaux) : totaux.map(eurosTexte), avertissements };
  }
  if (Array.isArray(lignes)) {
    // The common case: an array, read by index into a pre-sized result.
    const n = lignes.length;
    if (centimes) {
      const r = new Float64Array(n);
      for (let i = 0; i < n; i++) r[i] = total(t, l, lignes[i], i, base);
      return r;
    }
    const r = new Array<Euros>(n);
    for (let i = 0; i < n; i++) r[i] = eurosTexte(total(t, l, lignes[i], i, base));
    return r;
  }
  if (centimes) {
    let r = new Float64Array(1024);
    let i = 0;
    for (const ligne of lignes) {
      if (i === r.length) {
        const plus = new Float64Array(2 * r.length);
        plus.set(r);
        r = plus;
      }
      r[i] = total(t, l, ligne, i, base);
      i++;
    }
    return r.slice(0, i);
  }
  const r: Euros[] = [];
  let i = 0;
  for (const ligne of lignes) r.push(eurosTexte(total(t, l, ligne, i++, base)));
  return r;
}

/** The total of row `i` in cents (refused beyond 2^53 cents, with the row's index as the path). */
function total(t: Chronologies, l: Ligne, ligne: unknown, i: number, base: BaseAnnuelle): number {
  lirePenalites(ligne, l, i);
  const c = accruerPenalites(t, l, base, null, null);
  verifierTotal(c, i);
  return c;
}

function lireSortie(options: unknown): 'euros' | 'centimes' {
  if (options === undefined) return 'euros';
  const sortie = objet(options, ['options']).sortie;
  if (sortie === undefined || sortie === 'euros' || sortie === 'centimes') return sortie ?? 'euros';
  return entreeInvalide(['options', 'sortie'], "'euros' ou 'centimes' attendu");
}

function lireAvertissements(options: unknown): boolean {
  if (options === undefined) return false;
  const a = objet(options, ['options']).avertissements;
  if (a === undefined || typeof a === 'boolean') return a === true;
  return entreeInvalide(['options', 'avertissements'], MESSAGES.booleenAttendu, 'invalid_type');
}
