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
 * const aEtendre = e instanceof RecouvrementError && e.code === CODES_ERREUR.BAREME_MANQUANT; // then etendreBaremes()
 * ```
 */
export const CODES_ERREUR = {
  /** Input that does not match the contract (see `issues` for the paths). */
  ENTREE_INVALIDE: 'ENTREE_INVALIDE',
  /** No legal table covers the date asked for (never extrapolated). */
  BAREME_MANQUANT: 'BAREME_MANQUANT',
  /** A user-supplied table is malformed or contradicts itself. */
  BAREME_INVALIDE: 'BAREME_INVALIDE',
  /** An operation that the law or the state of the claim forbids (e.g. an ineligible procedure). */
  OPERATION_INTERDITE: 'OPERATION_INTERDITE',
} as const;

/** One of {@link CODES_ERREUR}. */
export type CodeErreur = (typeof CODES_ERREUR)[keyof typeof CODES_ERREUR];

/** One problem found in an input, in zod's issue shape. */
export interface Probleme {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The error thrown by every function of the library.
 *
 * @example
 * ```ts
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
 * entreeInvalide(['montant'], 'must be a decimal string'); // throws RecouvrementError
 * ```
 */
export function entreeInvalide(path: readonly PropertyKey[], message: string, code = 'invalid_value'): never {
  // A caller-supplied path that is not an array (hostile input) is dropped rather than crashing here.
  const chemin = cheminSur(path);
  const lieu = chemin.length ? chemin.map(texte).join('.') : '(racine)';
  const m = texte(message);
  throw new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `Entrée invalide à ${lieu} : ${m}`, [{ code: texte(code), path: chemin, message: m }]);
}

/**
 * Converts a zod error (or anything with an `issues` array) into a {@link RecouvrementError}.
 *
 * @example
 * ```ts
 * const r = creanceSchema.safeParse(data);
 * if (!r.success) throw depuisZod(r.error, 'Créance invalide');
 * ```
 */
export function depuisZod(erreur: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] }, contexte: string): RecouvrementError {
  const brutes: unknown = typeof erreur === 'object' && erreur !== null ? (erreur as { issues?: unknown }).issues : undefined;
  const issues = (Array.isArray(brutes) ? brutes : []).map((i: unknown) => {
    const o = (typeof i === 'object' && i !== null ? i : {}) as { code?: unknown; path?: unknown; message?: unknown };
    return { code: texte(o.code), path: cheminSur(o.path), message: texte(o.message) };
  });
  const premier = issues[0];
  const detail = premier ? ` (${premier.path.map(texte).join('.') || '(racine)'} : ${premier.message})` : '';
  return new RecouvrementError(CODES_ERREUR.ENTREE_INVALIDE, `${typeof contexte === 'string' ? contexte : 'Entrée invalide'}${detail}`, issues);
}

/**
 * Throws a `BAREME_MANQUANT` error: no legal table covers what was asked.
 *
 * @example
 * ```ts
 * baremeManquant('Taux BCE inconnu pour le 2027-01-01'); // throws RecouvrementError
 * ```
 */
export function baremeManquant(message: string): never {
  throw new RecouvrementError(CODES_ERREUR.BAREME_MANQUANT, texte(message));
}
