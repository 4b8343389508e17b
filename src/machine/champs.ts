/**
 * Internal: short builders for the machine's zod/mini schemas, and its parse with French messages. The
 * machine entry imports the core only through the package's public exports (see tsup.config.ts), so it
 * keeps its own copy of these few lines (the core's are in src/entites/internes.ts and messages.ts).
 */
import * as z from 'zod/mini';
import { messageErreurZod } from '../entites/messages.js';

/** A string of at most `max` characters (and at least `min`). */
export const texte = (max: number, min = 0): z.ZodMiniString<string> =>
  min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max));

/** A safe integer in `[min, max]`. */
export const entier = (min: number, max: number): z.ZodMiniNumber<number> => z.int().check(z.minimum(min), z.maximum(max));

/**
 * `schema.safeParse(valeur)`, with French messages (see `messageErreurZod`) when it fails. The success
 * path parses without options: an `error` option makes zod/mini's parse about 50 % slower even when
 * nothing fails, so the messages are produced by a second parse, on failure only (parsing is pure).
 */
export function analyser<S extends z.ZodMiniType>(schema: S, valeur: unknown): z.core.util.SafeParseResult<z.output<S>> {
  const r = schema.safeParse(valeur);
  return r.success ? r : schema.safeParse(valeur, { error: messageErreurZod });
}
