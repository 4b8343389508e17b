/**
 * Internal: the one rule for keys the library does not know (issue 15, item 1). A money library must refuse
 * what it does not understand: a misspelled optional key (`paiement` for `paiements`) would otherwise be
 * ignored and silently change the amount. Every hand-written reader calls {@link refuserClesInconnues};
 * the zod schemas are `z.strictObject`s whose issue message is built by {@link messageCleInconnue}.
 */
import { cleInconnue } from './messages.js';
import { entreeInvalide } from './erreurs.js';

/**
 * Characters no single-line field may hold (issue 15, item 2): C0 and C1 controls (CR, LF, tab…), the line
 * and paragraph separators, the soft hyphen and the zero-width characters, the bidi embeddings and
 * overrides U+202A–U+202E, the isolates U+2066–U+2069 and the Arabic letter mark, the byte-order mark. A
 * name holding "\n\nNous renonçons…" would forge a paragraph of a letter; a reference with CR/LF, an e-mail
 * header. One character class: linear.
 */
// eslint-disable-next-line no-control-regex
export const CARACTERES_INTERDITS_LIGNE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** The same characters, all of them (global), to replace. */
// eslint-disable-next-line no-control-regex
const CARACTERES_INTERDITS_TOUS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `texte` on one line: every character of {@link CARACTERES_INTERDITS_LIGNE} becomes a space; ends trimmed. */
export function surUneLigne(texte: string): string {
  return texte.replace(CARACTERES_INTERDITS_TOUS, ' ').trim();
}

/** Keys longer than this are not compared (no suggestion): keeps the distance linear in the input. */
const LONGUEUR_COMPAREE = 64;

/** Damerau–Levenshtein distance (optimal string alignment) between two short strings. */
function distance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let avant = new Array<number>(m + 1).fill(0);
  let prec = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cour = new Array<number>(m + 1).fill(0);
    cour[0] = i;
    for (let j = 1; j <= m; j++) {
      const cout = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prec[j]! + 1, cour[j - 1]! + 1, prec[j - 1]! + cout);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, avant[j - 2]! + 1);
      cour[j] = d;
    }
    avant = prec;
    prec = cour;
  }
  return prec[m]!;
}

/**
 * The known key closest to `cle` (same key up to case, or at most one edit per three characters, two at
 * most), or `undefined` when none is close enough.
 */
export function cleProche(cle: string, connues: readonly string[]): string | undefined {
  if (cle.length === 0 || cle.length > LONGUEUR_COMPAREE) return undefined;
  const bas = cle.toLowerCase();
  let meilleure: string | undefined;
  let meilleurScore = Number.POSITIVE_INFINITY;
  for (const k of connues) {
    if (k.toLowerCase() === bas) return k;
    if (Math.abs(k.length - cle.length) > 2) continue;
    const d = distance(bas, k.toLowerCase());
    if (d < meilleurScore) {
      meilleurScore = d;
      meilleure = k;
    }
  }
  const seuil = Math.min(2, Math.max(1, Math.floor(cle.length / 3)));
  return meilleurScore <= seuil ? meilleure : undefined;
}

/** A key as it can be shown in a message: at most 60 characters, control characters escaped. */
function montrerCle(cle: string): string {
  const court = cle.length > 60 ? `${cle.slice(0, 60)}…` : cle;
  return court.replace(CARACTERES_INTERDITS_TOUS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "clé inconnue « paiement » (vouliez-vous dire « paiements » ?)". */
export function messageCleInconnue(cle: string, connues: readonly string[]): string {
  const proche = cleProche(cle, connues);
  return cleInconnue(montrerCle(cle), proche);
}

/**
 * Throws `ENTREE_INVALIDE` (issue code `unrecognized_keys`, path `[...path, cle]`) at the first own key of
 * `valeur` that is not in `connues`, naming the closest known key when there is one. Symbol keys are ignored
 * (JSON cannot carry them). Does nothing when `valeur` is not a plain object.
 *
 * One line at the top of a reader: `refuserClesInconnues(params, CLES_PARAMS, ['params']);`
 */
export function refuserClesInconnues(valeur: unknown, connues: readonly string[], path: readonly PropertyKey[] = []): void {
  if (typeof valeur !== 'object' || valeur === null || Array.isArray(valeur)) return;
  for (const cle of Object.keys(valeur)) {
    if (!connues.includes(cle)) entreeInvalide([...path, cle], messageCleInconnue(cle, connues), 'unrecognized_keys');
  }
}
