/**
 * Internal: short builders for the machine's zod/mini schemas, and its parse with French messages. The
 * machine entry imports the core only through the package's public exports (see tsup.config.ts): the
 * builders are a few lines of its own, but the characters a text field refuses are the core's, through the
 * public `verifierTexte` (issue 15, item 2), so both entries refuse exactly the same ones.
 */
import * as z from 'zod/mini';
import { messageErreurZod } from '../entites/messages.js';
import { verifierTexte } from '../entites/internes.js';

/** The check of the characters a text field refuses (`verifierTexte`), with the core's message. */
const caracteres = (champ: 'ligne' | 'libre'): z.core.$ZodCheck<string> =>
  z.superRefine((s: string, ctx) => {
    const message = verifierTexte(s, champ);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, input: s });
  });

/**
 * A single-line string of at most `max` characters (and at least `min`): no control, line break, invisible
 * or bidi character (a reference, a label, a code).
 */
export const texte = (max: number, min = 0): z.ZodMiniString<string> =>
  min > 0
    ? z.string().check(z.minLength(min), z.maxLength(max), caracteres('ligne'))
    : z.string().check(z.maxLength(max), caracteres('ligne'));

/** A free text of at most `max` characters (a motive): line breaks and tabs allowed, other controls and bidi refused. */
export const paragraphe = (max: number): z.ZodMiniString<string> => z.string().check(z.maxLength(max), caracteres('libre'));

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
