/**
 * Internal: reading KPI inputs (scalar parameters and ledger rows) into integer cents and epoch days, and the
 * exact arithmetic the KPIs share (overflow-safe sums, half-up rounding of exact rationals).
 *
 * Ledger rows go through the allocation-free parsers of `socle/lecture-rapide` first; a row they do not
 * cover goes through `lireDate` / `lireEuros` with the row's path (`[index, field]`), which either returns
 * the same value or throws `ENTREE_INVALIDE`. Results are therefore identical to the strict parsers.
 */
import { MESSAGES } from '../../socle/messages.js';
import { lireDate, type JourEpoch } from '../../socle/date-iso.js';
import { entreeInvalide } from '../../socle/erreurs.js';
import { refuserClesInconnues } from '../../socle/cles.js';
import { lireEuros } from '../../socle/euros.js';
import { eurosRapide, jourRapide } from '../../socle/lecture-rapide.js';
import { arrondiDemiSuperieur } from '../../socle/arrondi.js';

/**
 * An object parameter, or `ENTREE_INVALIDE` at `path`. With `cles`, a key outside them is refused
 * (`unrecognized_keys`, naming the closest known key): a misspelled option must not be ignored.
 */
export function objet(valeur: unknown, path: readonly PropertyKey[], cles?: readonly string[]): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) {
    return entreeInvalide(path, MESSAGES.objetAttendu, 'invalid_type');
  }
  if (cles !== undefined) refuserClesInconnues(valeur, cles, path);
  return valeur as Record<string, unknown>;
}

/** The iterator of a ledger, or `ENTREE_INVALIDE` if it is not iterable (strings are refused). */
export function iterable<T>(valeur: Iterable<T>, path: readonly PropertyKey[] = []): Iterable<T> {
  const v = valeur as unknown;
  if (typeof v !== 'object' || v === null || typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    return entreeInvalide(path, 'itérable de lignes attendu (tableau, générateur…)', 'invalid_type');
  }
  return valeur;
}

/** A ledger row as an object; `ENTREE_INVALIDE` at `[index]` otherwise. */
export function ligne(valeur: unknown, index: number): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null) return entreeInvalide([index], MESSAGES.objetAttendu, 'invalid_type');
  return valeur as Record<string, unknown>;
}

/** Epoch day of a row's date field (fast path, then `lireDate` with path `[index, champ]`). */
export function jourLigne(valeur: unknown, index: number, champ: string): JourEpoch {
  const j = jourRapide(valeur);
  return j === j ? j : lireDate(valeur, [index, champ]);
}

/** Cents of a row's non-negative amount (fast path, then `lireEuros` with path `[index, champ]`). */
export function centimesLigne(valeur: unknown, index: number, champ: string): number {
  const c = eurosRapide(valeur);
  return c >= 0 ? c : lireEuros(valeur, [index, champ]);
}

/** Payment `k` of row `index` as an object (`ENTREE_INVALIDE` at `[index, 'paiements', k]` otherwise). */
export function paiementLigne(valeur: unknown, index: number, k: number): Record<string, unknown> {
  if (typeof valeur !== 'object' || valeur === null) entreeInvalide([index, 'paiements', k], MESSAGES.objetAttendu, 'invalid_type');
  return valeur as Record<string, unknown>;
}

/**
 * Whether payment `k` of row `index` was reversed on or before `jour` (`annulation: { date, motif }`, as a
 * `Creance`'s payments carry it): a returned direct debit, a bounced cheque or a refund is no payment from
 * then on (the library's reading, docs/situation.md). A bad `annulation.date` throws with its path.
 */
export function annuleAu(q: Record<string, unknown>, index: number, k: number, jour: number): boolean {
  const a = q.annulation;
  if (a === undefined) return false;
  if (typeof a !== 'object' || a === null) return entreeInvalide([index, 'paiements', k, 'annulation'], MESSAGES.objetAttendu, 'invalid_type');
  const d = (a as Record<string, unknown>).date;
  const j = jourRapide(d);
  return (j === j ? j : lireDate(d, [index, 'paiements', k, 'annulation', 'date'])) <= jour;
}

/** Epoch day of a payment's date (fast path, then `lireDate` with path `[index, 'paiements', k, 'date']`). */
export function jourPaiement(q: Record<string, unknown>, index: number, k: number): JourEpoch {
  const j = jourRapide(q.date);
  return j === j ? j : lireDate(q.date, [index, 'paiements', k, 'date']);
}

/** Cents of a payment's amount (fast path, then `lireEuros` with path `[index, 'paiements', k, 'montant']`). */
export function centimesPaiement(q: Record<string, unknown>, index: number, k: number): number {
  const c = eurosRapide(q.montant);
  return c >= 0 ? c : lireEuros(q.montant, [index, 'paiements', k, 'montant']);
}

/** Cents of a scalar amount parameter (non-negative). */
export function centimes(valeur: unknown, path: readonly PropertyKey[]): number {
  return lireEuros(valeur, path);
}

/** A whole number of days ≥ `min` (and ≤ 100 000). */
export function entier(valeur: unknown, path: readonly PropertyKey[], min: number): number {
  if (typeof valeur !== 'number' || !Number.isSafeInteger(valeur)) return entreeInvalide(path, MESSAGES.entierAttendu, 'invalid_type');
  if (valeur < min) entreeInvalide(path, `au moins ${min} attendu`, 'too_small');
  if (valeur > 100_000) entreeInvalide(path, 'au plus 100 000 attendu', 'too_big');
  return valeur;
}

/** An optional boolean field. */
export function booleen(valeur: unknown, path: readonly PropertyKey[]): boolean {
  if (valeur === undefined) return false;
  if (typeof valeur !== 'boolean') return entreeInvalide(path, MESSAGES.booleenAttendu, 'invalid_type');
  return valeur;
}

/**
 * Bucket bounds in days: integers, strictly increasing, at least one, at most 100, each within ±100 000.
 */
export function bornes(valeur: unknown, path: readonly PropertyKey[], defaut: readonly number[]): Int32Array {
  if (valeur === undefined) return Int32Array.from(defaut);
  if (!Array.isArray(valeur)) return entreeInvalide(path, 'tableau de bornes en jours attendu', 'invalid_type');
  if (valeur.length === 0 || valeur.length > 100) entreeInvalide(path, 'entre 1 et 100 bornes attendues', valeur.length === 0 ? 'too_small' : 'too_big');
  const r = new Int32Array(valeur.length);
  for (let k = 0; k < valeur.length; k++) {
    const b: unknown = valeur[k];
    if (typeof b !== 'number' || !Number.isSafeInteger(b) || Math.abs(b) > 100_000) {
      entreeInvalide([...path, k], 'borne entière en jours attendue (entre -100000 et 100000)', 'invalid_type');
    }
    if (k > 0 && b <= r[k - 1]!) entreeInvalide([...path, k], 'les bornes doivent être strictement croissantes');
    r[k] = b;
  }
  return r;
}

/**
 * Below this magnitude a partial sum of cents stays exact in a double even after adding one more amount
 * (amounts are at most `CENTIMES_MAX` = 10^15 < 2^50): 2^52 + 2^50 < 2^53.
 */
const SEUIL = 2 ** 52;

/**
 * An exact sum of integers (cents, or cents × days): a double while it is safe, spilling into a BigInt
 * before it could lose precision. Allocation-free in the common case.
 */
export class Somme {
  private petit = 0;
  private gros = 0n;

  /** Adds a safe integer of magnitude ≤ 2^50. */
  ajouter(n: number): void {
    const s = this.petit + n;
    if (s >= SEUIL || s <= -SEUIL) {
      this.gros += BigInt(s);
      this.petit = 0;
    } else {
      this.petit = s;
    }
  }

  /** Adds `a × b` exactly (a, b safe integers). */
  ajouterProduit(a: number, b: number): void {
    const p = a * b;
    if (p < 2 ** 50 && p > -(2 ** 50)) this.ajouter(p);
    else this.gros += BigInt(a) * BigInt(b);
  }

  /** The exact value. */
  valeur(): bigint {
    return this.gros + BigInt(this.petit);
  }
}

/**
 * `num / den` rounded half-up (ties toward +∞) to one decimal, as a number (the nearest double to the
 * rounded decimal, e.g. 41.3). `den` > 0.
 */
export function arrondiDixieme(num: bigint, den: bigint): number {
  return Number(arrondiDemiSuperieur(num * 10n, den)) / 10;
}

/** `num / den` rounded half-up to two decimals (for percentages). `den` > 0. */
export function arrondiCentieme(num: bigint, den: bigint): number {
  return Number(arrondiDemiSuperieur(num * 100n, den)) / 100;
}

/**
 * `num / den` as the nearest double (a rate). Both are exact integers; when they are safe integers the
 * IEEE division is correctly rounded, otherwise the quotient is taken on scaled BigInts first.
 */
export function ratio(num: bigint, den: bigint): number {
  const max = BigInt(Number.MAX_SAFE_INTEGER);
  if (num <= max && num >= -max && den <= max) return Number(num) / Number(den);
  // Scale to 2^60 of precision, then divide: error far below a double's resolution for a rate in [0, 1].
  const q = (num * 2n ** 60n) / den;
  return Number(q) / 2 ** 60;
}
