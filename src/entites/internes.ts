/**
 * Internal: short builders for the zod/mini schemas of the entities and the letters
 * (the machine keeps its own copy: src/machine/champs.ts).
 */
import { MESSAGES } from '../socle/messages.js';
import * as z from 'zod/mini';
import { CARACTERES_INTERDITS_LIGNE } from '../socle/cles.js';

export { CARACTERES_INTERDITS_LIGNE };

/** The same, but line breaks and tabs allowed (free comments). */
// eslint-disable-next-line no-control-regex
const CARACTERES_INTERDITS_TEXTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;


/** The check every single-line text passes. */
export const uneLigne = (): z.core.$ZodCheck<string> => z.refine((s: string) => !CARACTERES_INTERDITS_LIGNE.test(s), MESSAGES.uneLigne);

/** A single-line string of at most `max` characters (and at least `min`), without control characters. */
export const texte = (max: number, min = 0): z.ZodMiniString<string> =>
  min > 0 ? z.string().check(z.minLength(min), z.maxLength(max), uneLigne()) : z.string().check(z.maxLength(max), uneLigne());

/** A free text of at most `max` characters: line breaks and tabs allowed, other controls and bidi refused. */
export const paragraphe = (max: number): z.ZodMiniString<string> =>
  z.string().check(
    z.maxLength(max),
    z.refine((s: string) => !CARACTERES_INTERDITS_TEXTE.test(s), MESSAGES.texteLibre),
  );

/** A safe integer in `[min, max]`. */
export const entier = (min: number, max: number): z.ZodMiniNumber<number> => z.int().check(z.minimum(min), z.maximum(max));

/**
 * What a schema does with keys it does not know: `'refuser'` (the default everywhere: `ENTREE_INVALIDE`
 * naming the key and the closest known one), `'ignorer'` (drop them), `'conserver'` (keep them in the
 * output, for hosts that store their own fields on the entities).
 */
export type ClesInconnues = 'refuser' | 'ignorer' | 'conserver';

/**
 * An object schema with the given policy for unknown keys. Typed as the strict object in every mode (the
 * extra keys a `'conserver'` schema keeps are the host's, not the library's).
 */
export function objet<S extends z.core.$ZodLooseShape>(shape: S, cles: ClesInconnues = 'refuser'): z.ZodMiniObject<S, z.core.$strict> {
  if (cles === 'refuser') return z.strictObject(shape) as z.ZodMiniObject<S, z.core.$strict>;
  return (cles === 'conserver' ? z.looseObject(shape) : z.object(shape)) as unknown as z.ZodMiniObject<S, z.core.$strict>;
}
