/**
 * Internal: short builders for the zod/mini schemas of the entities and the letters
 * (the machine keeps its own copy: src/machine/champs.ts).
 */
import * as z from 'zod/mini';

/** A string of at most `max` characters (and at least `min`). */
export const texte = (max: number, min = 0): z.ZodMiniString<string> =>
  min > 0 ? z.string().check(z.minLength(min), z.maxLength(max)) : z.string().check(z.maxLength(max));

/** A safe integer in `[min, max]`. */
export const entier = (min: number, max: number): z.ZodMiniNumber<number> => z.int().check(z.minimum(min), z.maximum(max));
