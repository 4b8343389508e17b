/**
 * Allocation of an amount in cents by ratios, so that the parts sum exactly to the total (the dinero.js
 * `allocate` operation): each part gets the floor of its exact share, then the cents left over go one by
 * one to the parts with the largest remainders (largest-remainder method, Hamilton); equal remainders are
 * broken by position, the earlier part first. No law is involved: this is the arithmetic that payment plans
 * (instalments) and the pro-rata imputation of C. civ. art. 1342-10 need.
 */
import { entreeInvalide } from '../../socle/erreurs.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../../socle/euros.js';

/** The most parts {@link repartir} accepts. */
export const PARTS_MAX = 10_000;

/**
 * Internal core of {@link repartir}: splits `total` cents (a non-negative safe integer) by non-negative
 * integer `ratios` (at least one positive). Exact: products are computed in BigInt.
 * Guarantees: the parts sum to `total`; each part is the floor or the ceiling of its exact share
 * `total × ratio / Σratios`; a zero ratio gets zero.
 */
export function repartirCentimes(total: number, ratios: readonly number[]): number[] {
  let somme = 0n;
  for (const r of ratios) somme += BigInt(r);
  const t = BigInt(total);
  const parts: number[] = new Array<number>(ratios.length);
  const restes: bigint[] = new Array<bigint>(ratios.length);
  let distribue = 0n;
  for (let i = 0; i < ratios.length; i++) {
    const produit = t * BigInt(ratios[i]!);
    const q = produit / somme;
    parts[i] = Number(q);
    restes[i] = produit - q * somme;
    distribue += q;
  }
  let reliquat = Number(t - distribue);
  if (reliquat > 0) {
    // Indexes by decreasing remainder, then increasing position (deterministic tie-break).
    const ordre = ratios.map((_, i) => i).filter((i) => restes[i]! > 0n);
    ordre.sort((a, b) => (restes[a]! > restes[b]! ? -1 : restes[a]! < restes[b]! ? 1 : a - b));
    for (const i of ordre) {
      if (reliquat === 0) break;
      parts[i] = parts[i]! + 1;
      reliquat--;
    }
  }
  return parts;
}

/**
 * Splits an amount into parts proportional to integer `ratios`, to the cent, so that the parts always sum
 * exactly to the amount. Each part is its exact share rounded down, and the cents left over go to the parts
 * with the largest remainders; on equal remainders, to the earlier parts. Equal ratios therefore give parts
 * that differ by at most one cent, the extra cents on the first parts.
 *
 * @param montant - the amount to split (non-negative)
 * @param ratios - non-negative safe integers, at least one of them positive (e.g. `[1, 1, 1]`, `[50, 30, 20]`)
 * @returns one `Euros` string per ratio, in the same order
 * @throws {RecouvrementError} `ENTREE_INVALIDE` on a negative or malformed amount, an empty list, a
 *   negative or non-integer ratio, or ratios that are all zero
 * @example
 * ```ts
 * import { repartir } from 'recouvrement';
 * repartir('100.00', [1, 1, 1]); //=> ['33.34', '33.33', '33.33']
 * repartir('0.05', [1, 1]); //=> ['0.03', '0.02']
 * repartir('1000', [70, 30]); //=> ['700.00', '300.00']
 * ```
 */
export function repartir(montant: EntreeEuros, ratios: readonly number[]): readonly Euros[] {
  const total = lireEuros(montant, ['montant']);
  lireRatios(ratios, ['ratios']);
  return repartirCentimes(total, ratios).map(formaterEuros);
}

/** Validates a list of ratios (internal; shared with the payment plan). */
export function lireRatios(ratios: unknown, path: readonly PropertyKey[]): readonly number[] {
  if (!Array.isArray(ratios)) return entreeInvalide(path, 'tableau de ratios attendu', 'invalid_type');
  if (ratios.length === 0) entreeInvalide(path, 'au moins un ratio attendu', 'too_small');
  if (ratios.length > PARTS_MAX) entreeInvalide(path, `au plus ${PARTS_MAX} ratios`, 'too_big');
  let positif = false;
  for (let i = 0; i < ratios.length; i++) {
    const r: unknown = ratios[i];
    if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) {
      entreeInvalide([...path, i], 'ratio entier positif ou nul attendu', 'invalid_value');
    }
    if (r > 0) positif = true;
  }
  if (!positif) entreeInvalide(path, 'au moins un ratio strictement positif attendu', 'invalid_value');
  return ratios as readonly number[];
}
