/**
 * Internal: short builders for the zod/mini schemas of the entities, the machine and the letters.
 */
import * as z from 'zod/mini';

/** A string of at most `max` characters (and at least `min`). */
export const texte = (max: number, min = 0): z.ZodMiniString<string> =>
  min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max));

/** A safe integer in `[min, max]`. */
export const entier = (min: number, max: number): z.ZodMiniNumber<number> => z.int().check(z.minimum(min), z.maximum(max));
