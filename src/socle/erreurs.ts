/**
 * The library's single error policy: every failure is a {@link RecouvrementError} with a stable `code`.
 * Invalid input also carries `issues`, shaped like zod's (`code`, `path`, `message`), so integrators handle
 * one kind of error whether it came from a zod schema or from a calculator's own checks.
 */

/**
 * Stable error codes. Add new ones; never rename or reuse one.
 *
 * @example
 * ```ts
 * import { RecouvrementError, CODES_ERREUR, calculerPenalitesRetard } from 'recouvrement';
 * try {
 *   calculerPenalitesRetard({ montant: '100.00', dateEcheance: '2030-01-31', dateCalcul: '2030-03-01' });
 * } catch (e) {
 *   const aEtendre = e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT; //=> true (then etendreBaremes())
 * }
 * ```
 */
export const CODES_ERREUR = /*@__PURE__*/ Object.freeze({
  /** Input that does not match the contract (see `issues` for the paths). */
  ENTREE_INVALIDE: 'ENTREE_INVALIDE',
  /** No legal table covers the date asked for (never extrapolated). */
  BAREME_MANQUANT: 'BAREME_MANQUANT',
  /** A user-supplied table is malformed or contradicts itself. */
  BAREME_INVALIDE: 'BAREME_INVALIDE',
  /** An operation that the law or the state of the claim forbids (e.g. an ineligible procedure). */
  OPERATION_INTERDITE: 'OPERATION_INTERDITE',
  /** A persisted dossier that cannot be trusted or read (`lireDossier`): the message gives the reason. */
  DOSSIER_INVALIDE: 'DOSSIER_INVALIDE',
} as const);

/** One of {@link CODES_ERREUR}. */
export type CodeErreur = (typeof CODES_ERREUR)[keyof typeof CODES_ERREUR];

/**
 * The kind of a {@link Probleme}: zod's issue codes, which the library's own checks reuse (a hand-written
 * check that finds an unknown key says `unrecognized_keys`, like `z.strictObject`).
 */
export type CodeProbleme =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'custom';

const CODES_PROBLEME: ReadonlySet<string> = new Set<CodeProbleme>([
  'invalid_type', 'invalid_value', 'invalid_format', 'invalid_union', 'invalid_key', 'invalid_element',
  'too_small', 'too_big', 'not_multiple_of', 'unrecognized_keys', 'custom',
]);

/** A code as a {@link CodeProbleme}: anything else (a foreign issue) becomes `custom`. */
function codeProbleme(c: unknown): CodeProbleme {
  return typeof c === 'string' && CODES_PROBLEME.has(c) ? (c as CodeProbleme) : 'custom';
}

/** One problem found in an input, in zod's issue shape. */
export interface Probleme {
  readonly code: CodeProbleme;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The error thrown by every function of the library.
 *
 * @example
 * ```ts
 * import { calculerPenalitesRetard, RecouvrementError } from 'recouvrement';
 * try {
 *   calculerPenalitesRetard({ montant: 'abc', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' });
 * } catch (e) {
 *   if (e instanceof RecouvrementError) console.log(e.code, e.issues[0]?.path); //=> 'ENTREE_INVALIDE' ['montant']
 * }
 * ```
 */
export class RecouvrementError extends Error {
  /** Stable, machine-readable code. */
  readonly code: CodeErreur;
  /** The problems found in the input (empty when the error is not about input shape). */
  readonly issues: readonly Probleme[];

  constructor(code: CodeErreur, message: string, issues: readonly Probleme[] = []) {
    super(message);
    this.name = 'RecouvrementError';
    this.code = code;
    this.issues = issues;
  }
}

/** Text of any value, for a message: never throws (null-prototype objects, symbols). */
function texte(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') return v.toString();
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** A path as the caller gave it, keeping only property keys (hostile input must not crash the error path). */
function cheminSur(path: unknown): PropertyKey[] {
  return Array.isArray(path) ? path.map((k: unknown) => (typeof k === 'string' || typeof k === 'number' || typeof k === 'symbol' ? k : `(${typeof k})`)) : [];
}

/**
 * Throws an `ENTREE_INVALIDE` error for one problem at `path`.
 *
 * @example
 * ```ts
 * import { entreeInvalide } from 'recouvrement';
 * entreeInvalide(['montant'], 'chaîne décimale attendue');
 * //=> throws RecouvrementError { code: 'ENTREE_INVALIDE', issues: [{ code: 'invalid_value', path: ['montant'], message: 'chaîne décimale attendue' }] }
 * ```
 */
export function entreeInvalide(path: readonly PropertyKey[], message: string, code: CodeProbleme = 'invalid_value'): never {
  // A caller-supplied path that is not an array (hostile input) is dropped rather than crashing here.
  const chemin = cheminSur(path);
  const lieu = chemin.length ? chemin.map(texte).join('.') : '(racine)';
  const m = texte(message);
  throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `Entrée invalide à ${lieu} : ${m}`, [{ code: codeProbleme(code), path: chemin, message: m }]);
}

/**
 * Converts a zod error (or anything with an `issues` array) into a {@link RecouvrementError}: the one
 * conversion of the library. Hostile issues never crash it (paths keep property keys only, texts are
 * coerced safely); an `unrecognized_keys` issue becomes one issue per unknown key, whose path ends with the
 * key (its message names it, and the closest known key when the library's messages built it).
 *
 * @param erreur - the zod error (its `issues`)
 * @param contexte - the start of the message ("Créance invalide")
 * @param prefixe - prepended to every issue path (the argument's name: `['creance']`)
 * @returns the error, to throw
 * @example
 * ```ts
 * import { creanceSchema, depuisZod } from 'recouvrement';
 * const r = creanceSchema.safeParse({ id: 'F1', montantTTC: 'abc' });
 * if (!r.success) depuisZod(r.error, 'Créance invalide', ['creance']).issues[0]?.path[0]; //=> 'creance'
 * ```
 */
export function depuisZod(
  erreur: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] },
  contexte: string,
  prefixe: readonly PropertyKey[] = [],
): RecouvrementError {
  const brutes: unknown = typeof erreur === 'object' && erreur !== null ? (erreur as { issues?: unknown }).issues : undefined;
  const avant = cheminSur(prefixe);
  const issues: Probleme[] = [];
  for (const i of Array.isArray(brutes) ? (brutes as unknown[]) : []) {
    const o = (typeof i === 'object' && i !== null ? i : {}) as { code?: unknown; path?: unknown; message?: unknown; keys?: unknown };
    const code = codeProbleme(o.code);
    const path = [...avant, ...cheminSur(o.path)];
    const message = texte(o.message);
    const cles = code === 'unrecognized_keys' && Array.isArray(o.keys) ? o.keys.filter((k): k is string => typeof k === 'string') : [];
    if (cles.length === 0) {
      issues.push({ code, path, message });
      continue;
    }
    // The library's messages join one sentence per key with " ; " (src/entites/messages.ts).
    const phrases = message.split(' ; ');
    cles.forEach((k, n) => issues.push({ code, path: [...path, k], message: phrases.length === cles.length ? phrases[n]! : message }));
  }
  const premier = issues[0];
  const detail = premier ? ` (${premier.path.map(texte).join('.') || '(racine)'} : ${premier.message})` : '';
  return new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `${typeof contexte === 'string' ? contexte : 'Entrée invalide'}${detail}`, issues);
}

/**
 * Whether `e` is an error of this library, whichever build threw it. `instanceof RecouvrementError` is
 * false for an error thrown by the CommonJS build and tested against the ESM class (two copies of the
 * class can be loaded): this test reads `name` and `code` instead.
 *
 * @param e - anything caught
 * @returns `true` when `e` is an `Error` named `RecouvrementError` with one of {@link CODES_ERREUR}
 * @example
 * ```ts
 * import { calculerPenalitesRetard, estRecouvrementError } from 'recouvrement';
 * try {
 *   calculerPenalitesRetard({ montant: 'abc', dateEcheance: '2025-01-31', dateCalcul: '2025-03-01' });
 * } catch (e) {
 *   if (estRecouvrementError(e)) console.log(e.code); //=> 'ENTREE_INVALIDE'
 * }
 * ```
 */
export function estRecouvrementError(e: unknown): e is RecouvrementError {
  if (!(e instanceof Error) || e.name !== 'RecouvrementError') return false;
  const code: unknown = (e as { code?: unknown }).code;
  return typeof code === 'string' && (Object.values(CODES_ERREUR) as string[]).includes(code) && Array.isArray((e as { issues?: unknown }).issues);
}

/**
 * Throws a `BAREME_MANQUANT` error: no legal table covers what was asked.
 *
 * @example
 * ```ts
 * import { baremeManquant } from 'recouvrement';
 * baremeManquant('Taux BCE inconnu pour le 2027-01-01');
 * //=> throws RecouvrementError { code: 'BAREME_MANQUANT', message: 'Taux BCE inconnu pour le 2027-01-01' }
 * ```
 */
export function baremeManquant(message: string): never {
  throw new RecouvrementError(CODES_ERREUR.BAREME_MANQUANT, texte(message));
}
