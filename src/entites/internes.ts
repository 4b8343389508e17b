/**
 * Internal: short builders for the zod/mini schemas of the entities and the letters
 * (the machine keeps its own short copy, src/machine/champs.ts, checking characters with `verifierTexte`).
 */
import { MESSAGES } from '../socle/messages.js';
import { entreeInvalide } from '../socle/erreurs.js';
import * as z from 'zod/mini';
import { CARACTERES_INTERDITS_LIGNE } from '../socle/cles.js';

export { CARACTERES_INTERDITS_LIGNE };

/** The same, but line breaks and tabs allowed (free comments). */
// eslint-disable-next-line no-control-regex
const CARACTERES_INTERDITS_TEXTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;


/**
 * Why a text cannot be stored in a field of the library, or `undefined` when it can (issue 15, item 2). A
 * single-line field (`'ligne'`: names, references, labels) refuses the C0 and C1 controls (CR, LF, tab…),
 * the line and paragraph separators, the soft hyphen, the zero-width characters, the bidi embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069 and the byte-order mark: a name holding
 * "\n\nNous renonçons…" would forge a paragraph of a letter, a reference with CR/LF an e-mail header. A
 * free text (`'libre'`: motives, comments) keeps its line breaks and tabs and refuses the rest. The entity
 * schemas and the machine's events run this check; hosts can run it on their own fields.
 *
 * @param texte - the text to check
 * @param champ - `'ligne'` (the default) for a single-line field, `'libre'` for a free text
 * @returns the French message explaining the refusal, or `undefined` when the text is accepted
 * @throws {RecouvrementError} `ENTREE_INVALIDE` when `texte` is not a string or `champ` is neither `'ligne'` nor `'libre'`
 * @example
 * ```ts
 * import { verifierTexte } from 'recouvrement';
 * verifierTexte('Dupont SARL'); //=> undefined
 * verifierTexte('Dupont\nNous renonçons');
 * //=> 'caractère de contrôle, saut de ligne, caractère invisible ou de direction (bidi) interdit dans ce champ'
 * verifierTexte('Ligne 1\nLigne 2', 'libre'); //=> undefined
 * verifierTexte('abc\u202edef', 'libre'); //=> 'caractère de contrôle, invisible ou de direction (bidi) interdit dans ce champ'
 * ```
 */
export function verifierTexte(texte: string, champ: 'ligne' | 'libre' = 'ligne'): string | undefined {
  if (typeof texte !== 'string') return entreeInvalide(['texte'], MESSAGES.texteAttendu, 'invalid_type');
  if (champ !== 'ligne' && champ !== 'libre') return entreeInvalide(['champ'], 'valeur non autorisée : attendu "ligne" | "libre"', 'invalid_value');
  if (champ === 'libre') return CARACTERES_INTERDITS_TEXTE.test(texte) ? MESSAGES.texteLibre : undefined;
  return CARACTERES_INTERDITS_LIGNE.test(texte) ? MESSAGES.uneLigne : undefined;
}

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
