/**
 * Aged balance (balance âgée): the open receivables split into buckets by days past due at a date,
 * `retard = date − dateEcheance`. With bounds `b0 < b1 < … < bn` the buckets are, in order,
 * `{ de: null, a: b0 }` (retard ≤ b0: not yet overdue with the default b0 = 0), `{ de: bk, a: bk+1 }` for
 * `bk < retard ≤ bk+1`, and `{ de: bn, a: null }` for `retard > bn`. A management report, not a legal rule.
 */
import { lireDate, type DateISO } from '../socle/date-iso.js';
import { formaterEuros, lireEuros, type EntreeEuros, type Euros } from '../socle/euros.js';
import { eurosRapide, jourRapide } from '../socle/lecture-rapide.js';
import { entreeInvalide } from '../socle/erreurs.js';
import { MESSAGES } from '../socle/messages.js';
import { booleen, bornes, iterable, jourLigne, ligne, objet, Somme } from './internes/lecture.js';

/** One open invoice of the ledger (extra fields are ignored, so `Creance`-like rows fit). */
export interface FactureAgee {
  /** Amount still due incl. VAT. */
  readonly montantDu: EntreeEuros;
  readonly dateEcheance: DateISO;
  /**
   * An invoice payable in several terms, aged by instalment: each part `{ montantDu, dateEcheance }` in the
   * bucket of its own due date (an instalment not yet due is not overdue); the row's own `montantDu` and
   * `dateEcheance` are then not read. From a statement: `situation.echeances.map((e) => ({ montantDu:
   * e.principalDu, dateEcheance: e.date }))`. At most 1200 parts.
   */
  readonly parEcheance?: readonly { readonly montantDu: EntreeEuros; readonly dateEcheance: DateISO }[];
}

/** Parameters of {@link balanceAgee}. */
export interface ParamsBalanceAgee {
  /** The date of the balance ("today", a parameter: never the clock). */
  readonly date: DateISO;
  /** Bucket bounds in days past due, strictly increasing integers. Default `[0, 30, 60, 90]`. */
  readonly tranches?: readonly number[];
  /** Accept negative amounts (credit notes, unallocated cash) in the buckets. Default `false`. */
  readonly negatifsAutorises?: boolean;
}

/** One bucket of the aged balance. */
export interface TrancheAgee {
  /** Exclusive lower bound in days past due (`null`: no lower bound). */
  readonly de: number | null;
  /** Inclusive upper bound in days past due (`null`: no upper bound). */
  readonly a: number | null;
  /** Sum of the amounts due in the bucket, exact. */
  readonly montant: Euros;
  /** Number of rows in the bucket. */
  readonly nombre: number;
}

/**
 * The default bounds: not yet due, 1–30, 31–60, 61–90, over 90 days past due.
 *
 * @example
 * ```ts
 * import { TRANCHES_BALANCE_AGEE } from 'recouvrement';
 * TRANCHES_BALANCE_AGEE; //=> [0, 30, 60, 90]
 * ```
 */
export const TRANCHES_BALANCE_AGEE: readonly number[] = /* @__PURE__ */ Object.freeze([0, 30, 60, 90]);

/**
 * Splits a ledger into aging buckets in one streaming pass: no copy of the rows, integer cents summed
 * exactly (spilling into BigInt past 2^52), dates read by an allocation-free parser that returns exactly
 * what `lireDate` returns. Every bucket is present, empty ones as `"0.00"` and 0; bucket sums add up to the
 * ledger total and counts to the number of rows.
 *
 * An invoice in instalments is aged by instalment (`parEcheance`: each part in its own bucket, counted as a
 * row).
 *
 * @param factures - any iterable of `{ montantDu, dateEcheance }` or `{ parEcheance }` (an array, a
 * generator over a CSV…)
 * @param params - `date`, optional `tranches` and `negatifsAutorises`
 * @returns the buckets, in order
 * @throws {RecouvrementError} `ENTREE_INVALIDE` — a bad row throws with its index first in the path
 *   (`[4217, 'dateEcheance']`); nothing is returned for a ledger with a bad row
 * @example
 * ```ts
 * import { balanceAgee } from 'recouvrement';
 * balanceAgee(
 *   [
 *     { montantDu: '1000.00', dateEcheance: '2025-07-15' }, // not yet due
 *     { montantDu: '250.50', dateEcheance: '2025-06-30' },  // 0 days: due today, not overdue
 *     { montantDu: 400, dateEcheance: '2025-05-31' },       // 30 days
 *     { montantDu: '99.99', dateEcheance: '2025-01-31' },   // 150 days
 *   ],
 *   { date: '2025-06-30' },
 * );
 * //=> [
 * //   { de: null, a: 0, montant: '1250.50', nombre: 2 },
 * //   { de: 0, a: 30, montant: '400.00', nombre: 1 },
 * //   { de: 30, a: 60, montant: '0.00', nombre: 0 },
 * //   { de: 60, a: 90, montant: '0.00', nombre: 0 },
 * //   { de: 90, a: null, montant: '99.99', nombre: 1 },
 * // ]
 *
 * // An invoice in three instalments, aged by instalment: the one due on 31 July is not overdue.
 * const parts = [
 *   { montantDu: '400.00', dateEcheance: '2025-04-30' },
 *   { montantDu: '400.00', dateEcheance: '2025-05-31' },
 *   { montantDu: '400.00', dateEcheance: '2025-07-31' },
 * ];
 * balanceAgee([{ montantDu: '1200.00', dateEcheance: '2025-07-31', parEcheance: parts }], { date: '2025-06-30' })
 *   .map((t) => t.montant);
 * //=> ['400.00', '400.00', '0.00', '400.00', '0.00']
 * ```
 */
export function balanceAgee(factures: Iterable<FactureAgee>, params: ParamsBalanceAgee): ReadonlyArray<TrancheAgee> {
  const p = objet(params, ['params'], ['date', 'tranches', 'negatifsAutorises']);
  const date = lireDate(p.date, ['date']);
  const b = bornes(p.tranches, ['tranches'], TRANCHES_BALANCE_AGEE);
  const negatifs = booleen(p.negatifsAutorises, ['negatifsAutorises']);
  const lignes = iterable(factures);

  const n = b.length;
  const sommes = Array.from({ length: n + 1 }, () => new Somme());
  const nombres = new Float64Array(n + 1);
  const optionsEuros = { negatifAutorise: negatifs };
  const ajouter = (f: unknown, i: number): void => {
    const r = ligne(f, i);
    if (r.parEcheance !== undefined) return ajouterParEcheance(r.parEcheance, i);
    const vj = r.dateEcheance;
    let j = jourRapide(vj);
    if (j !== j) j = jourLigne(vj, i, 'dateEcheance'); // NaN: not a plain date, the strict parser decides
    const vm = r.montantDu;
    let c = eurosRapide(vm);
    if (c < 0) c = lireEuros(vm, [i, 'montantDu'], optionsEuros);
    classer(j, c);
  };
  const classer = (j: number, c: number): void => {
    const retard = date - j;
    let k = 0;
    while (k < n && retard > b[k]!) k++;
    sommes[k]!.ajouter(c);
    nombres[k]!++;
  };
  /** A row aged by instalment: every part read first (a bad part throws with its path), then classed. */
  const ajouterParEcheance = (parts: unknown, i: number): void => {
    if (!Array.isArray(parts) || parts.length > 1200) return entreeInvalide([i, 'parEcheance'], 'tableau d’au plus 1200 échéances { montantDu, dateEcheance } attendu', 'invalid_type');
    const lues = parts.map((x: unknown, k) => {
      if (typeof x !== 'object' || x === null) return entreeInvalide([i, 'parEcheance', k], MESSAGES.objetAttendu, 'invalid_type');
      const e = x as Record<string, unknown>;
      return [lireDate(e.dateEcheance, [i, 'parEcheance', k, 'dateEcheance']), lireEuros(e.montantDu, [i, 'parEcheance', k, 'montantDu'], optionsEuros)] as const;
    });
    for (const [j, c] of lues) classer(j, c);
  };
  if (Array.isArray(lignes)) {
    // The common case, read by index (no iterator protocol per row).
    const taille = lignes.length;
    for (let i = 0; i < taille; i++) ajouter(lignes[i], i);
  } else {
    let i = 0;
    for (const f of lignes) ajouter(f, i++);
  }

  const resultat: TrancheAgee[] = [];
  for (let k = 0; k <= n; k++) {
    resultat.push({
      de: k === 0 ? null : b[k - 1]!,
      a: k === n ? null : b[k]!,
      montant: formaterEuros(sommes[k]!.valeur()),
      nombre: nombres[k]!,
    });
  }
  return resultat;
}
