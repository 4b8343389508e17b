/**
 * Internal helpers of the tables layer: the `BAREME_INVALIDE` error with its path, deep freezing, and a
 * small RFC 4180 CSV reader for the official publications (no I/O: text in, rows out).
 */
import { CODES_ERREUR, RecouvrementError } from '../socle/erreurs.js';

/** Throws `BAREME_INVALIDE` for one problem at `chemin`, the path in the message too. */
export function baremeInvalide(chemin: readonly PropertyKey[], message: string, contexte = 'Barème invalide'): never {
  const lieu = chemin.length ? chemin.map(String).join('.') : '(racine)';
  throw new RecouvrementError(CODES_ERREUR.BAREME_INVALIDE, `${contexte} à ${lieu} : ${message}`, [{ code: 'invalid_value', path: [...chemin], message }]);
}

/**
 * Freezes a value and everything in it. The compiled-table cache is keyed on the tables object, so tables
 * must never change after their first use.
 */
export function gelerProfond<T>(valeur: T): T {
  if (typeof valeur === 'object' && valeur !== null) {
    for (const v of Object.values(valeur)) gelerProfond(v);
    Object.freeze(valeur);
  }
  return valeur;
}

/** One data row of a CSV text: its 1-based line number in the text and its fields. */
export interface LigneCsv {
  readonly ligne: number;
  readonly champs: readonly string[];
}

/** A CSV text read: header names (trimmed) and rows (blank lines skipped). */
export interface Csv {
  readonly entetes: readonly string[];
  readonly lignes: readonly LigneCsv[];
  readonly separateur: ',' | ';';
}

/**
 * Reads a CSV text (RFC 4180: fields quoted with `"` may hold separators, line breaks and `""`; CRLF or LF; a
 * leading BOM ignored). The separator is `,`, or `;` when the header line holds `;` and no `,` (spreadsheets
 * set to French). Every row must have as many fields as the header.
 *
 * @throws {RecouvrementError} `BAREME_INVALIDE` with the path `['ligne', n]`
 */
export function lireCsv(texte: string, contexte: string): Csv {
  const t = texte.charCodeAt(0) === 0xfeff ? texte.slice(1) : texte;
  const premiere = t.split(/\r?\n/, 1)[0] ?? '';
  const separateur = premiere.includes(';') && !premiere.includes(',') ? ';' : ',';
  const brutes: { ligne: number; champs: string[] }[] = [];
  let champs: string[] = [];
  let champ = '';
  let ligne = 1;
  let debutLigne = 1;
  let i = 0;
  let guillemets = false;
  let cite = false;
  const finDeLigne = (): void => {
    champs.push(champ);
    if (!(champs.length === 1 && champs[0]!.trim() === '' && !cite)) brutes.push({ ligne: debutLigne, champs });
    champs = [];
    champ = '';
    cite = false;
  };
  while (i < t.length) {
    const c = t[i]!;
    if (guillemets) {
      if (c === '"') {
        if (t[i + 1] === '"') {
          champ += '"';
          i += 2;
          continue;
        }
        guillemets = false;
        i += 1;
        const suivant = t[i];
        if (suivant !== undefined && suivant !== separateur && suivant !== '\n' && suivant !== '\r') {
          baremeInvalide(['ligne', ligne], 'texte après un champ entre guillemets', contexte);
        }
        continue;
      }
      if (c === '\n') ligne += 1;
      champ += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (champ.trim() !== '') baremeInvalide(['ligne', ligne], 'guillemet au milieu d’un champ', contexte);
      champ = '';
      guillemets = true;
      cite = true;
      i += 1;
    } else if (c === separateur) {
      champs.push(champ);
      champ = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      finDeLigne();
      i += c === '\r' && t[i + 1] === '\n' ? 2 : 1;
      ligne += 1;
      debutLigne = ligne;
    } else {
      champ += c;
      i += 1;
    }
  }
  if (guillemets) baremeInvalide(['ligne', debutLigne], 'guillemet non refermé', contexte);
  if (champ !== '' || champs.length > 0 || cite) finDeLigne();
  const [entete, ...lignes] = brutes;
  if (!entete) baremeInvalide(['ligne', 1], 'texte vide (une ligne d’en-tête est attendue)', contexte);
  const entetes = entete.champs.map((e) => e.trim());
  for (const l of lignes) {
    if (l.champs.length !== entetes.length) {
      baremeInvalide(['ligne', l.ligne], `${l.champs.length} champs pour ${entetes.length} colonnes d’en-tête`, contexte);
    }
  }
  return { entetes, lignes, separateur };
}

/** The index of the column named `nom` (one of `noms`, case-insensitive), or -1; two matches are refused. */
export function colonne(csv: Csv, noms: readonly string[], contexte: string): number {
  const voulus = noms.map((n) => n.toLowerCase());
  const trouves = csv.entetes.flatMap((e, i) => (voulus.includes(e.toLowerCase()) ? [i] : []));
  if (trouves.length > 1) baremeInvalide(['ligne', 1], `colonne ${noms[0]!} présente deux fois`, contexte);
  return trouves[0] ?? -1;
}
