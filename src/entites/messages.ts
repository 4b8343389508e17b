/**
 * French messages for zod's issues. The library's schemas are built with `zod/mini`, which ships no
 * locale: without one, zod says "Invalid input" for everything. Every parse the library runs itself goes
 * through {@link analyser}, which uses this map when the parse fails, so its errors read the same whatever
 * the application configured.
 */
import type * as z from 'zod/mini';
import { messageCleInconnue } from '../socle/cles.js';

/** The keys of the object schema that raised an issue (none when it cannot be read). */
function clesDuSchema(inst: unknown): string[] {
  const shape: unknown = (inst as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

const TYPES: Readonly<Record<string, string>> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un entier',
  boolean: 'un booléen',
  object: 'un objet',
  array: 'un tableau',
  undefined: 'aucune valeur',
};

/** What was given, in a word. */
function recu(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'rien';
  if (Array.isArray(v)) return 'un tableau';
  if (typeof v === 'number') return Number.isFinite(v) ? 'un nombre' : String(v);
  return TYPES[typeof v] ?? typeof v;
}

/** "au moins 3 caractères" / "au plus 6 éléments" / "au moins 1". */
function borne(sens: 'au moins' | 'au plus', limite: unknown, origine: unknown, inclusive: unknown): string {
  const unite = origine === 'string' ? ' caractère(s)' : origine === 'array' || origine === 'set' ? ' élément(s)' : '';
  const mot = inclusive === false ? (sens === 'au moins' ? 'strictement plus de' : 'strictement moins de') : sens;
  return `${mot} ${String(limite)}${unite}`;
}

/**
 * The French message of a zod issue: pass it as the `error` option of a parse
 * (`schema.safeParse(v, { error: messageErreurZod })`) or set it globally with
 * `z.config({ customError: messageErreurZod })`. Messages set by a schema (the library's own checks, such
 * as "SIREN invalide") take precedence over it.
 *
 * @param issue - the raw issue zod passes to an error map
 * @returns the message
 * @example
 * ```ts
 * import { messageErreurZod } from 'recouvrement';
 * import * as z from 'zod/mini';
 * z.string().check(z.maxLength(3)).safeParse('abcd', { error: messageErreurZod }).error?.issues[0]?.message;
 * //=> 'trop long : au plus 3 caractère(s)'
 * ```
 */
export function messageErreurZod(issue: z.core.$ZodRawIssue): string {
  try {
    return message(issue as unknown as Record<string, unknown>);
  } catch {
    // A hostile issue (a value whose conversion to text throws): the generic message rather than a crash.
    return 'valeur invalide';
  }
}

function message(i: Record<string, unknown>): string {
  switch (i.code) {
    case 'invalid_type':
      return `type invalide : ${TYPES[String(i.expected)] ?? String(i.expected)} attendu, ${recu(i.input)} reçu`;
    case 'too_small':
      return `trop ${i.origin === 'string' || i.origin === 'array' ? 'court' : 'petit'} : ${borne('au moins', i.minimum, i.origin, i.inclusive)}`;
    case 'too_big':
      return `trop ${i.origin === 'string' || i.origin === 'array' ? 'long' : 'grand'} : ${borne('au plus', i.maximum, i.origin, i.inclusive)}`;
    case 'invalid_value': {
      const valeurs = Array.isArray(i.values) ? i.values.map((v) => JSON.stringify(v)).join(' | ') : '';
      return `valeur non autorisée : attendu ${valeurs}`;
    }
    case 'invalid_union':
      return 'valeur invalide : aucune des formes acceptées';
    case 'invalid_format':
      return `format invalide (${String(i.format)})`;
    case 'not_multiple_of':
      return `doit être un multiple de ${String(i.divisor)}`;
    case 'unrecognized_keys': {
      // One sentence per key, joined with " ; " (depuisZod splits them back, one issue per key).
      const connues = clesDuSchema(i.inst);
      return (Array.isArray(i.keys) ? i.keys : []).map((k) => messageCleInconnue(String(k), connues)).join(' ; ');
    }
    default:
      return 'valeur invalide';
  }
}

/**
 * `schema.safeParse(valeur)`, with French messages (see `messageErreurZod`) when it fails. The success
 * path parses without options: an `error` option makes zod/mini's parse about 50 % slower even when
 * nothing fails, so the messages are produced by a second parse, on failure only (parsing is pure).
 */
export function analyser<S extends z.ZodMiniType>(schema: S, valeur: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const r = schema.safeParse(valeur);
  return r.success ? r : schema.safeParse(valeur, { error: messageErreurZod });
}
