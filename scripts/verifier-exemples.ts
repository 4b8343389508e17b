// Checks that the documentation's examples are true: compiles and runs every TSDoc `@example` of src/ and
// every ```ts block of README.md and docs/*.md, and compares their `//=>` claims with what they produce.
//
// Usage:  npx tsx scripts/verifier-exemples.ts [--build] [--imports] [--dossier=DIR] [files or folders…]
//         No file: everything. The examples run against dist/: `--build` runs tsup first, otherwise build
//         yourself after changing src/. `--imports` writes the missing `import { … } from 'recouvrement'`
//         lines into the given files' blocks. `--dossier=DIR` puts the generated files in DIR (default
//         reports/exemples/) and checks against the package above DIR (another copy's build).
//
// How a block is checked
// - Each block is a module of its own, compiled with the project's strict tsconfig options in ONE tsc
//   program, then run (all blocks in one child process, in order). It imports the library by its name,
//   `import { … } from 'recouvrement'` or 'recouvrement/machine': the package's self-reference resolves it
//   to the BUILD (dist/, through package.json "exports"), exactly as a user's project would.
// - A claim is a comment starting with `//=>`:
//       expr; //=> value                 the value of `expr` (same line)
//       expr;
//       //=> value                        the value of the statement just above (own line)
//       //=> [                            a value may continue on the following `//` lines
//       //     'a', 'b' ]
//       const x = f(); //=> value         the value of `x` after the declaration
//       console.log(a, b); //=> va vb     one value per argument, separated by spaces
//       f(); //=> throws RecouvrementError { code: 'ENTREE_INVALIDE' }   an error (its fields are matched)
//   Values are written as in JS source (util.inspect style): 'strings', 12.5, 3n, true, null, undefined,
//   [arrays], { objects }, with util.inspect's class prefix if you want it checked (Float64Array [1, 2],
//   Echeance { … }); a long string may be cut: 'abc' + 'def'. Strings are always quoted (console.log
//   prints 257.87, the claim says '257.87'). `…` means "anything": a bare `…` value matches any value, `…`
//   as an array element matches any run of elements, `…` as an object entry allows other keys, and `…` inside a
//   string matches any text ('Date d'échéance…'). Without `…`, objects must have exactly the listed keys
//   and arrays exactly the listed elements. A remark may follow the value in parentheses:
//       joursDansLeMois(2024, 2); //=> 29 (leap year)
//       for (const p of r.periodes) console.log(p.du, p.montant);
//       //=> '2025-06-01' '108.08'          several claims for one statement (a loop):
//       //=> '2025-07-01' '149.79'          the n-th claim describes its n-th execution
//   Every claim must be reached, and hold every time it is reached (the n-th time, for a list of claims).
// - Comparison is structural (not textual), so line breaks and trailing commas in a claim do not matter;
//   a failure prints the actual value with util.inspect (single quotes), ready to paste.
// - A block that is not meant to run is marked explicitly, and should be rare: ```ts nocheck in Markdown,
//   or `// @nocheck` as its first line. ```sh, ```text… blocks are never run.
// - Generated files go to reports/exemples/ (gitignored). In `npm test` this runs after the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const RACINE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------
// Blocks

/** A block of example code and where it comes from. */
export interface Bloc {
  /** Source file, relative to the repository root. */
  readonly fichier: string;
  /** 1-based line of the source file for each line of `code`. */
  readonly lignes: readonly number[];
  readonly code: string;
  /** Explicitly marked as not runnable. */
  readonly ignore: boolean;
}

const LANGAGES_TS = new Set(['ts', 'typescript', 'tsx', 'mts']);

/** The ```ts blocks of a Markdown file. */
export function blocsMarkdown(fichier: string, texte: string): Bloc[] {
  const blocs: Bloc[] = [];
  const lignes = texte.split('\n');
  for (let i = 0; i < lignes.length; i++) {
    const ouverture = /^(\s*)(`{3,})\s*([\w-]*)(.*)$/.exec(lignes[i]!);
    if (!ouverture) continue;
    const [, retrait, barriere, langage, reste] = ouverture as unknown as [string, string, string, string, string];
    const code: string[] = [];
    const numeros: number[] = [];
    let j = i + 1;
    for (; j < lignes.length; j++) {
      const l = lignes[j]!;
      if (l.trim().startsWith(barriere) && l.trim().replace(/`/g, '') === '') break;
      code.push(l.startsWith(retrait) ? l.slice(retrait.length) : l.trimStart());
      numeros.push(j + 1);
    }
    if (LANGAGES_TS.has(langage.toLowerCase())) {
      blocs.push({ fichier, lignes: numeros, code: code.join('\n'), ignore: /\bnocheck\b/.test(reste) || estMarqueNocheck(code) });
    }
    i = j;
  }
  return blocs;
}

function estMarqueNocheck(code: readonly string[]): boolean {
  const premiere = code.find((l) => l.trim() !== '');
  return premiere !== undefined && /^\s*\/\/\s*@nocheck\b/.test(premiere);
}

/** The `@example` blocks of the TSDoc comments of a TypeScript file. */
export function blocsTsdoc(fichier: string, texte: string): Bloc[] {
  const blocs: Bloc[] = [];
  for (const m of texte.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const debut = texte.slice(0, m.index).split('\n').length; // 1-based line of `/**`
    const lignes = m[0]
      .replace(/^\/\*\*/, '')
      .replace(/\*\/$/, '')
      .split('\n')
      .map((l, k) => ({ texte: k === 0 ? l : l.replace(/^\s*\* ?/, '').replace(/^\s*\*$/, ''), numero: debut + k }));
    let k = 0;
    while (k < lignes.length) {
      const pos = lignes[k]!.texte.indexOf('@example');
      if (pos < 0) {
        k++;
        continue;
      }
      // The tag's content: the rest of its line and the lines up to the next block tag outside a fence.
      const contenu: { texte: string; numero: number }[] = [];
      const apres = lignes[k]!.texte.slice(pos + '@example'.length);
      if (apres.trim() !== '') contenu.push({ texte: apres.replace(/^ /, '').trimEnd(), numero: lignes[k]!.numero });
      let dansBarriere = false;
      k++;
      for (; k < lignes.length; k++) {
        const t = lignes[k]!.texte;
        if (/^\s*```/.test(t)) dansBarriere = !dansBarriere;
        if (!dansBarriere && /^\s*@\w+/.test(t)) break;
        contenu.push(lignes[k]!);
      }
      if (contenu.some((c) => /^\s*```/.test(c.texte))) {
        for (let a = 0; a < contenu.length; a++) {
          const ouverture = /^\s*```\s*([\w-]*)(.*)$/.exec(contenu[a]!.texte);
          if (!ouverture) continue;
          let b = a + 1;
          while (b < contenu.length && !/^\s*```\s*$/.test(contenu[b]!.texte)) b++;
          const corps = contenu.slice(a + 1, b);
          const langage = (ouverture[1] ?? '').toLowerCase();
          if (langage === '' || LANGAGES_TS.has(langage)) {
            const code = corps.map((c) => c.texte);
            blocs.push({ fichier, lignes: corps.map((c) => c.numero), code: code.join('\n'), ignore: /\bnocheck\b/.test(ouverture[2] ?? '') || estMarqueNocheck(code) });
          }
          a = b;
        }
      } else {
        while (contenu.length > 0 && contenu[contenu.length - 1]!.texte.trim() === '') contenu.pop();
        const code = contenu.map((c) => c.texte);
        if (code.length > 0) blocs.push({ fichier, lignes: contenu.map((c) => c.numero), code: code.join('\n'), ignore: estMarqueNocheck(code) });
      }
    }
  }
  return blocs;
}

/** The documented files: README.md, docs/*.md, and src/**\/*.ts except tests. */
export function fichiersDocumentes(racine = RACINE): string[] {
  const fichiers = ['README.md'];
  for (const f of readdirSync(path.join(racine, 'docs')).sort()) if (f.endsWith('.md')) fichiers.push(`docs/${f}`);
  const parcourir = (dossier: string): void => {
    for (const e of readdirSync(path.join(racine, dossier), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${dossier}/${e.name}`;
      if (e.isDirectory()) parcourir(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts')) fichiers.push(rel);
    }
  };
  parcourir('src');
  return fichiers;
}

export function blocsDuFichier(fichier: string, racine = RACINE): Bloc[] {
  const texte = readFileSync(path.join(racine, fichier), 'utf8');
  return fichier.endsWith('.md') ? blocsMarkdown(fichier, texte) : blocsTsdoc(fichier, texte);
}

// ---------------------------------------------------------------------------------------------------
// Claims: a small parser for JS-like literal values with `…` wildcards

/** A parsed claim value (JSON-safe, sent to the runner). */
export type Motif =
  | { readonly t: 'tout' }
  | { readonly t: 'chaine'; readonly v: string }
  | { readonly t: 'nombre'; readonly v: number | 'NaN' | 'Infinity' | '-Infinity' }
  | { readonly t: 'bigint'; readonly v: string }
  | { readonly t: 'litteral'; readonly v: boolean | null }
  | { readonly t: 'undefined' }
  | { readonly t: 'tableau'; readonly elements: readonly Motif[]; readonly classe?: string }
  | { readonly t: 'objet'; readonly entrees: readonly (readonly [string, Motif])[]; readonly ouvert: boolean; readonly classe?: string };

export interface Affirmation {
  /** The values, one per `console.log` argument (one value otherwise). */
  readonly valeurs: readonly Motif[];
  /** `throws Name {…}`: the statement must throw. */
  readonly leve?: { readonly nom: string | undefined };
}

class Incomplet extends Error {}

/** Parses the text of a claim; throws `Incomplet` when the text ends too early, Error when it is not a claim. */
export function lireAffirmation(texte: string): Affirmation {
  let i = 0;
  const blancs = (): void => {
    while (i < texte.length && /\s/.test(texte[i]!)) i++;
  };
  const fin = (): never => {
    throw new Incomplet('claim ends too early');
  };
  const erreur = (message: string): never => {
    throw new Error(`${message} at column ${i + 1} of claim \`${texte.trim()}\``);
  };
  const valeur = (): Motif => {
    blancs();
    if (i >= texte.length) fin();
    const c = texte[i]!;
    if (c === '…') {
      i++;
      return { t: 'tout' };
    }
    if (c === "'" || c === '"' || c === '`') {
      // 'a' + 'b': a long string cut over several lines, as util.inspect prints it
      let v = chaine(c);
      for (;;) {
        const avant = i;
        blancs();
        if (texte[i] !== '+') {
          i = avant;
          return { t: 'chaine', v };
        }
        i++;
        blancs();
        if (i >= texte.length) fin();
        if (texte[i] !== "'" && texte[i] !== '"' && texte[i] !== '`') erreur('a string is expected after +');
        v += chaine(texte[i]!);
      }
    }
    if (c === '[') {
      i++;
      const elements: Motif[] = [];
      for (;;) {
        blancs();
        if (i >= texte.length) fin();
        if (texte[i] === ']') {
          i++;
          return { t: 'tableau', elements };
        }
        elements.push(valeur());
        blancs();
        if (i >= texte.length) fin();
        if (texte[i] === ',') i++;
        else if (texte[i] !== ']') erreur("',' or ']' expected");
      }
    }
    if (c === '{') {
      i++;
      const entrees: [string, Motif][] = [];
      let ouvert = false;
      for (;;) {
        blancs();
        if (i >= texte.length) fin();
        if (texte[i] === '}') {
          i++;
          return { t: 'objet', entrees, ouvert };
        }
        if (texte[i] === '…') {
          i++;
          ouvert = true;
        } else {
          let cle: string;
          if (texte[i] === "'" || texte[i] === '"') cle = chaine(texte[i]!);
          else {
            const m = /^[\p{L}\p{N}_$]+/u.exec(texte.slice(i));
            if (!m) erreur('key expected');
            cle = m![0];
            i += cle.length;
          }
          blancs();
          if (texte[i] !== ':') (i >= texte.length ? fin : () => erreur("':' expected"))();
          i++;
          entrees.push([cle, valeur()]);
        }
        blancs();
        if (i >= texte.length) fin();
        if (texte[i] === ',') i++;
        else if (texte[i] !== '}') erreur("',' or '}' expected");
      }
    }
    // util.inspect's class prefix: Float64Array(2) [ 25787, 0 ], Map(1) {…} is not supported, Foo { a: 1 }
    const classe = /^([A-Z][\p{L}\p{N}_$]*)(?:\(\d+\))?\s*(?=[[{])/u.exec(texte.slice(i));
    if (classe && classe[1] !== 'Infinity' && classe[1] !== 'NaN') {
      i += classe[0].length;
      const v = valeur();
      return v.t === 'tableau' || v.t === 'objet' ? { ...v, classe: classe[1]! } : v;
    }
    const m = /^(-?(?:\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?)n?|-?Infinity|NaN|true|false|null|undefined)(?![\p{L}\p{N}_$])/u.exec(texte.slice(i));
    if (!m) return erreur("value expected (strings are written in quotes, as JS source: '1 234,50 €')");
    const jeton = m[1]!;
    i += jeton.length;
    if (jeton === 'true' || jeton === 'false') return { t: 'litteral', v: jeton === 'true' };
    if (jeton === 'null') return { t: 'litteral', v: null };
    if (jeton === 'undefined') return { t: 'undefined' };
    if (jeton === 'NaN' || jeton === 'Infinity' || jeton === '-Infinity') return { t: 'nombre', v: jeton };
    if (jeton.endsWith('n')) return { t: 'bigint', v: jeton.slice(0, -1).replace(/_/g, '') };
    return { t: 'nombre', v: Number(jeton.replace(/_/g, '')) };
  };
  const chaine = (guillemet: string): string => {
    i++;
    let s = '';
    for (;;) {
      if (i >= texte.length) fin();
      const c = texte[i]!;
      if (c === guillemet) {
        i++;
        return s;
      }
      if (c === '\\') {
        const e = texte[i + 1];
        if (e === undefined) fin();
        const simples: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
        if (e === 'u') {
          const m = /^u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(texte.slice(i + 1));
          if (!m) erreur('bad \\u escape');
          s += String.fromCodePoint(parseInt(m![1] ?? m![2]!, 16));
          i += 1 + m![0].length;
        } else if (e === 'x') {
          s += String.fromCharCode(parseInt(texte.slice(i + 2, i + 4), 16));
          i += 4;
        } else {
          s += simples[e!] ?? e;
          i += 2;
        }
        continue;
      }
      s += c;
      i++;
    }
  };

  blancs();
  let leve: { nom: string | undefined } | undefined;
  const throws = /^throws(?![\p{L}\p{N}_$])\s*([A-Z][\p{L}\p{N}_$]*)?/u.exec(texte.slice(i));
  if (throws) {
    leve = { nom: throws[1] };
    i += throws[0].length;
  }
  const valeurs: Motif[] = [];
  for (;;) {
    blancs();
    if (i >= texte.length || texte[i] === '(') break;
    valeurs.push(valeur());
  }
  if (!leve && valeurs.length === 0) erreur('a value is expected after //=>');
  if (leve && valeurs.length > 1) erreur('throws takes at most one value');
  return leve ? { valeurs, leve } : { valeurs };
}

// ---------------------------------------------------------------------------------------------------
// Instrumentation: each claim's statement is rewritten in place (same lines) into a call that checks it.

export interface AffirmationPlacee {
  readonly id: number;
  /** 0-based line of the block where the claim starts. */
  readonly ligne: number;
  readonly texte: string;
  readonly affirmation: Affirmation;
}

export interface Instrumente {
  readonly code: string;
  readonly affirmations: readonly AffirmationPlacee[];
  readonly problemes: readonly { readonly ligne: number; readonly message: string }[];
}

export function instrumenter(code: string, idDepart: number): Instrumente {
  const source = ts.createSourceFile('bloc.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lignes = code.split('\n');
  const debutsLignes = source.getLineStarts();
  const problemes: { ligne: number; message: string }[] = [];
  const affirmations: AffirmationPlacee[] = [];
  const remplacements: { debut: number; fin: number; texte: string }[] = [];
  const groupes = new Map<ts.Statement, { ids: number[]; faire: (ids: string) => { debut: number; fin: number; texte: string } }>();

  // Comments `//=>`, found through the syntax tree (never inside a string or a template).
  const commentaires: { pos: number; ligne: number }[] = [];
  const vus = new Set<number>();
  const noterCommentaires = (plages: ts.CommentRange[] | undefined): void => {
    for (const r of plages ?? []) {
      if (vus.has(r.pos) || r.kind !== ts.SyntaxKind.SingleLineCommentTrivia || !code.startsWith('//=>', r.pos)) continue;
      vus.add(r.pos);
      commentaires.push({ pos: r.pos, ligne: source.getLineAndCharacterOfPosition(r.pos).line });
    }
  };
  const parcourirCommentaires = (n: ts.Node): void => {
    noterCommentaires(ts.getLeadingCommentRanges(code, n.pos));
    noterCommentaires(ts.getTrailingCommentRanges(code, n.end));
    for (const enfant of n.getChildren(source)) parcourirCommentaires(enfant);
  };
  parcourirCommentaires(source);
  commentaires.sort((a, b) => a.pos - b.pos);

  const instructions: ts.Statement[] = [];
  const visiter = (n: ts.Node): void => {
    const nom = ts.SyntaxKind[n.kind];
    const enPosition = n.parent && (ts.isSourceFile(n.parent) || ts.isBlock(n.parent) || ts.isCaseOrDefaultClause(n.parent) || ts.isModuleBlock(n.parent));
    if ((nom.endsWith('Statement') && !ts.isBlock(n)) || (enPosition && (nom.endsWith('Declaration') || nom.endsWith('Assignment')))) instructions.push(n as ts.Statement);
    n.forEachChild(visiter);
  };
  source.forEachChild(visiter);

  let id = idDepart;
  for (const c of commentaires) {
    // The claim's text, continued on the next `//` lines while it is incomplete.
    let texte = lignes[c.ligne]!.slice(c.pos - debutsLignes[c.ligne]! + 4);
    let affirmation: Affirmation | undefined;
    for (let suivante = c.ligne + 1; ; suivante++) {
      try {
        affirmation = lireAffirmation(texte);
        break;
      } catch (e) {
        const l = lignes[suivante];
        if (e instanceof Incomplet && l !== undefined && /^\s*\/\/(?!=>)/.test(l)) {
          texte += '\n' + l.replace(/^\s*\/\//, '');
          continue;
        }
        problemes.push({ ligne: c.ligne, message: e instanceof Incomplet ? `claim \`${texte.trim()}\` ends too early` : (e as Error).message });
        break;
      }
    }
    if (!affirmation) continue;

    // Its statement: the innermost statement that ends last before the comment.
    let cible: ts.Statement | undefined;
    for (const s of instructions) {
      if (s.end > c.pos) continue;
      if (!cible || s.end > cible.end || (s.end === cible.end && s.pos >= cible.pos)) cible = s;
    }
    // Only comments may separate a statement from its claim (a loop's statement may have one claim per pass).
    const entre = cible ? code.slice(cible.end, c.pos).replace(/\/\/.*$/gm, '') : '';
    if (!cible || entre.trim() !== '') {
      problemes.push({ ligne: c.ligne, message: 'a //=> claim must follow the statement it describes' });
      continue;
    }
    const a: AffirmationPlacee = { id, ligne: c.ligne, texte: texte.trim(), affirmation };
    id++;
    const groupe = groupes.get(cible);
    if (groupe) {
      // Several claims for one statement: the n-th claim describes its n-th execution.
      groupe.ids.push(a.id);
      affirmations.push(a);
      continue;
    }
    let faire: ((ids: string) => { debut: number; fin: number; texte: string }) | undefined;
    if (ts.isExpressionStatement(cible)) {
      const e = cible.expression;
      const texteE = e.getText(source);
      const estLog =
        ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.getText(source) === 'console.log';
      if (affirmation.leve) faire = (ids) => ({ debut: e.getStart(source), fin: e.end, texte: `__exemples.leve(${ids}, () => (${texteE}))` });
      else if (estLog) {
        const args = (e as ts.CallExpression).arguments;
        faire = (ids) => ({ debut: e.getStart(source), fin: e.end, texte: args.length === 0 ? `__exemples.valeurs(${ids})` : `__exemples.valeurs(${ids}, ${code.slice(args.pos, args.end)})` });
      } else if (affirmation.valeurs.length !== 1) {
        problemes.push({ ligne: c.ligne, message: 'several values are claimed, but the statement is not a console.log(…)' });
        continue;
      } else faire = (ids) => ({ debut: e.getStart(source), fin: e.end, texte: `__exemples.valeurs(${ids}, (${texteE}))` });
    } else if (
      ts.isVariableStatement(cible) &&
      cible.declarationList.declarations.length === 1 &&
      ts.isIdentifier(cible.declarationList.declarations[0]!.name) &&
      !affirmation.leve &&
      affirmation.valeurs.length === 1
    ) {
      const fin = cible.end;
      const nom = cible.declarationList.declarations[0]!.name.text;
      faire = (ids) => ({ debut: fin, fin, texte: ` __exemples.valeurs(${ids}, ${nom});` });
    } else {
      problemes.push({ ligne: c.ligne, message: 'a //=> claim must follow an expression statement or a one-variable declaration' });
      continue;
    }
    groupes.set(cible, { ids: [a.id], faire });
    affirmations.push(a);
  }
  for (const { ids, faire } of groupes.values()) remplacements.push(faire(ids.length === 1 ? String(ids[0]) : `[${ids.join(', ')}]`));

  let resultat = code;
  for (const r of remplacements.sort((x, y) => y.debut - x.debut)) resultat = resultat.slice(0, r.debut) + r.texte + resultat.slice(r.fin);
  return { code: resultat, affirmations, problemes };
}

// ---------------------------------------------------------------------------------------------------
// Compile and run

export interface Echec {
  readonly fichier: string;
  readonly ligne: number;
  readonly message: string;
}

export interface Rapport {
  readonly blocs: number;
  readonly ignores: number;
  readonly affirmations: number;
  readonly echecs: readonly Echec[];
  readonly duree: number;
  /** Per block index, the names it uses without defining or importing them. */
  readonly manquants: ReadonlyMap<number, ReadonlySet<string>>;
}

const DECLARATIONS = `// Generated by scripts/verifier-exemples.ts.
declare const __exemples: {
  valeurs(id: number | number[], ...valeurs: unknown[]): void;
  leve(id: number | number[], f: () => unknown): void;
};
`;

/** Compiles and runs blocks; `dossier` receives the generated files (emptied first). */
export function verifierBlocs(blocs: readonly Bloc[], dossier = path.join(RACINE, 'reports/exemples')): Rapport {
  const t0 = performance.now();
  rmSync(dossier, { recursive: true, force: true });
  const dossierTs = path.join(dossier, 'ts');
  const dossierJs = path.join(dossier, 'js');
  mkdirSync(dossierTs, { recursive: true });
  mkdirSync(path.join(dossier, 'cwd'), { recursive: true });
  writeFileSync(path.join(dossierTs, '__exemples.d.ts'), DECLARATIONS);

  const echecs: Echec[] = [];
  const aExecuter: { index: number; ts: string; js: string }[] = [];
  const toutes: { bloc: Bloc; a: AffirmationPlacee }[] = [];
  const fichiersTs: string[] = [path.join(dossierTs, '__exemples.d.ts')];
  const blocParFichier = new Map<string, { bloc: Bloc; index: number }>();
  let id = 0;
  let ignores = 0;
  blocs.forEach((bloc, index) => {
    if (bloc.ignore) {
      ignores++;
      return;
    }
    const inst = instrumenter(bloc.code, id);
    id += inst.affirmations.length + 1;
    for (const p of inst.problemes) echecs.push({ fichier: bloc.fichier, ligne: bloc.lignes[p.ligne] ?? 0, message: p.message });
    for (const a of inst.affirmations) toutes.push({ bloc, a });
    const nom = `${String(index).padStart(4, '0')}-${bloc.fichier.replace(/[^\w.-]+/g, '_').replace(/\.(ts|md)$/, '')}-L${bloc.lignes[0] ?? 0}`;
    const fichierTs = path.join(dossierTs, `${nom}.ts`);
    const estModule = /^\s*(import|export)\s/m.test(inst.code);
    writeFileSync(fichierTs, estModule ? inst.code + '\n' : inst.code + '\nexport {};\n');
    fichiersTs.push(fichierTs);
    blocParFichier.set(path.resolve(fichierTs), { bloc, index });
    if (inst.problemes.length === 0) aExecuter.push({ index, ts: fichierTs, js: path.join(dossierJs, `${nom}.js`) });
  });

  // One program for every block, with the project's compiler options (minus its path and emit settings).
  const config = ts.readConfigFile(path.join(RACINE, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, RACINE).options;
  delete options.paths;
  delete options.baseUrl;
  const programme = ts.createProgram(fichiersTs, {
    ...options,
    noEmit: false,
    noEmitOnError: false,
    declaration: false,
    sourceMap: false,
    rootDir: dossierTs,
    outDir: dossierJs,
  });
  const enErreur = new Set<number>();
  const manquants = new Map<number, Set<string>>();
  for (const d of ts.getPreEmitDiagnostics(programme)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const origine = d.file ? blocParFichier.get(path.resolve(d.file.fileName)) : undefined;
    if (!d.file || !origine) {
      echecs.push({ fichier: d.file?.fileName ?? '(compiler)', ligne: 0, message: `TS${d.code}: ${message}` });
      continue;
    }
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    enErreur.add(origine.index);
    const nom = /Cannot find name '(\w+)'|shorthand property '(\w+)'/.exec(message);
    if (nom) manquants.set(origine.index, (manquants.get(origine.index) ?? new Set()).add((nom[1] ?? nom[2])!));
    const indice = /Cannot find name '(\w+)'/.exec(message) ? " (is an `import { … } from 'recouvrement'` missing?)" : '';
    echecs.push({ fichier: origine.bloc.fichier, ligne: origine.bloc.lignes[line] ?? 0, message: `does not compile: TS${d.code}: ${message}${indice}` });
  }
  programme.emit();

  // Run the blocks that compiled, in one child process.
  const manifeste = {
    cwd: path.join(dossier, 'cwd'),
    blocs: aExecuter.filter((b) => !enErreur.has(b.index)).map((b) => ({ index: b.index, js: b.js })),
    // Only the claims of blocks that run (a block with a compile error or a malformed claim is not run).
    affirmations: toutes
      .filter(({ bloc }) => aExecuter.some((b) => b.index === blocs.indexOf(bloc)) && !enErreur.has(blocs.indexOf(bloc)))
      .map(({ a }) => ({ id: a.id, affirmation: a.affirmation })),
  };
  const fichierManifeste = path.join(dossier, 'manifeste.json');
  const fichierResultat = path.join(dossier, 'resultat.json');
  writeFileSync(fichierManifeste, JSON.stringify(manifeste));
  const executeur = path.join(RACINE, 'scripts/verifier-exemples-executer.mjs');
  const r = spawnSync(process.execPath, [executeur, fichierManifeste, fichierResultat], { cwd: RACINE, encoding: 'utf8', timeout: 120_000 });
  if (!existsSync(fichierResultat)) {
    echecs.push({ fichier: '(runner)', ligne: 0, message: `the runner failed (status ${r.status}, ${r.signal ?? ''}): ${r.stderr}` });
  } else {
    const resultat = JSON.parse(readFileSync(fichierResultat, 'utf8')) as {
      blocs: { index: number; erreur?: string; sortie: string }[];
      affirmations: { id: number; atteinte: number; echecs: string[] }[];
    };
    const parId = new Map(toutes.map((x) => [x.a.id, x]));
    const blocsEnErreur = new Set<number>();
    for (const b of resultat.blocs) {
      if (b.erreur === undefined) continue;
      blocsEnErreur.add(b.index);
      const bloc = blocs[b.index]!;
      echecs.push({ fichier: bloc.fichier, ligne: bloc.lignes[0] ?? 0, message: `throws: ${b.erreur}${b.sortie ? `\n    output before: ${b.sortie.trim().split('\n').slice(-5).join('\n    ')}` : ''}` });
    }
    for (const a of resultat.affirmations) {
      const { bloc, a: place } = parId.get(a.id)!;
      const ligne = bloc.lignes[place.ligne] ?? 0;
      for (const e of new Set(a.echecs)) echecs.push({ fichier: bloc.fichier, ligne, message: `claim \`${place.texte.replace(/\s+/g, ' ')}\` is false:\n    ${e.split('\n').join('\n    ')}` });
      if (a.atteinte === 0 && !blocsEnErreur.has(blocs.indexOf(bloc))) echecs.push({ fichier: bloc.fichier, ligne, message: `claim \`${place.texte.replace(/\s+/g, ' ')}\` is never reached` });
    }
  }
  echecs.sort((a, b) => (a.fichier === b.fichier ? a.ligne - b.ligne : a.fichier < b.fichier ? -1 : 1));
  return { blocs: blocs.length - ignores, ignores, affirmations: toutes.length, echecs, duree: performance.now() - t0, manquants };
}

// ---------------------------------------------------------------------------------------------------
// --imports: adds the missing `import { … } from 'recouvrement'` lines to the blocks (a writing aid)

/** The names the built package exports, with their entry point and whether they are values. */
function exportsDuPaquet(paquet: string): Map<string, { module: string; valeur: boolean }> {
  const entrees: Record<string, string> = { recouvrement: 'dist/index.d.ts', 'recouvrement/machine': 'dist/machine.d.ts' };
  const programme = ts.createProgram(Object.values(entrees).map((f) => path.join(paquet, f)), { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true });
  const verif = programme.getTypeChecker();
  const noms = new Map<string, { module: string; valeur: boolean }>([['createActor', { module: 'xstate', valeur: true }]]);
  for (const [module, fichier] of Object.entries(entrees)) {
    const symbole = verif.getSymbolAtLocation(programme.getSourceFile(path.join(paquet, fichier))!);
    for (const e of symbole ? verif.getExportsOfModule(symbole) : []) {
      const cible = e.flags & ts.SymbolFlags.Alias ? verif.getAliasedSymbol(e) : e;
      if (!noms.has(e.name)) noms.set(e.name, { module, valeur: (cible.flags & ts.SymbolFlags.Value) !== 0 });
    }
  }
  return noms;
}

function ajouterImports(blocs: readonly Bloc[], manquants: ReadonlyMap<number, ReadonlySet<string>>, paquet: string): void {
  const exportes = exportsDuPaquet(paquet);
  const parFichier = new Map<string, { ligne: number; texte: string; ligneExistante?: number }[]>();
  for (const [index, noms] of manquants) {
    const bloc = blocs[index]!;
    const parModule = new Map<string, string[]>();
    for (const n of noms) {
      const e = exportes.get(n);
      if (e) parModule.set(e.module, [...(parModule.get(e.module) ?? []), e.valeur ? n : `type ${n}`]);
    }
    if (parModule.size === 0) continue;
    const premiere = bloc.lignes[0]!;
    if (readFileSync(path.join(RACINE, bloc.fichier), 'utf8').split('\n')[premiere - 1]!.includes('@example')) {
      process.stdout.write(`? ${bloc.fichier}:${premiere}: one-line example: add the import by hand (${[...parModule.values()].flat().join(', ')})\n`);
      continue;
    }
    const ajouts = parFichier.get(bloc.fichier) ?? [];
    for (const [module, liste] of parModule) ajouts.push({ ligne: premiere, texte: `import { ${liste.join(', ')} } from '${module}';` });
    parFichier.set(bloc.fichier, ajouts);
  }
  for (const [fichier, ajouts] of parFichier) {
    const chemin = path.join(RACINE, fichier);
    const lignes = readFileSync(chemin, 'utf8').split('\n');
    for (const a of [...ajouts].reverse().sort((x, y) => y.ligne - x.ligne)) {
      const modele = lignes[a.ligne - 1]!;
      const prefixe = fichier.endsWith('.ts') ? /^\s*\*\s?/.exec(modele)?.[0] ?? ' * ' : /^\s*/.exec(modele)![0];
      lignes.splice(a.ligne - 1, 0, prefixe + a.texte);
    }
    writeFileSync(chemin, lignes.join('\n'));
    process.stdout.write(`+ ${fichier}: ${ajouts.length} import line(s)\n`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Command line

function plusRecent(dossier: string): number {
  let max = 0;
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const p = path.join(dossier, e.name);
    max = Math.max(max, e.isDirectory() ? plusRecent(p) : e.name.endsWith('.test.ts') ? 0 : statSync(p).mtimeMs);
  }
  return max;
}

function principal(args: string[]): number {
  const construire = args.includes('--build');
  // --dossier=DIR: where the generated files go (default reports/exemples). The package that 'recouvrement'
  // resolves to is the one whose package.json is above DIR: a copy of the repository elsewhere lets you check
  // these docs against another build.
  const dossier = path.resolve(args.find((a) => a.startsWith('--dossier='))?.slice('--dossier='.length) ?? path.join(RACINE, 'reports/exemples'));
  let paquet = dossier;
  while (!existsSync(path.join(paquet, 'package.json')) && path.dirname(paquet) !== paquet) paquet = path.dirname(paquet);
  const filtres = args.filter((a) => !a.startsWith('--')).map((a) => path.relative(RACINE, path.resolve(a)).split(path.sep).join('/'));
  if (construire) {
    const b = spawnSync('npx', ['tsup', '--silent'], { cwd: RACINE, stdio: 'inherit' });
    if (b.status !== 0) return 1;
  }
  if (!existsSync(path.join(paquet, 'dist/index.d.ts'))) {
    process.stderr.write('dist/ is missing: the examples import the built package. Run `npx tsup --silent` first, or pass --build.\n');
    return 1;
  }
  if (!construire && paquet === RACINE && plusRecent(path.join(RACINE, 'src')) > statSync(path.join(RACINE, 'dist/index.js')).mtimeMs) {
    process.stderr.write('note: src/ changed after the last build; the examples run against dist/ (pass --build to rebuild).\n');
  }
  const fichiers = fichiersDocumentes().filter((f) => filtres.length === 0 || filtres.some((x) => f === x || f.startsWith(x.endsWith('/') ? x : `${x}/`)));
  const blocs = fichiers.flatMap((f) => blocsDuFichier(f));
  const rapport = verifierBlocs(blocs, dossier);
  if (args.includes('--imports')) {
    ajouterImports(blocs, rapport.manquants, paquet);
    return 0;
  }
  for (const e of rapport.echecs) process.stdout.write(`✗ ${e.fichier}:${e.ligne}: ${e.message}\n`);
  process.stdout.write(
    `${rapport.echecs.length === 0 ? '✓' : '✗'} examples: ${fichiers.length} files, ${rapport.blocs} blocks run, ${rapport.ignores} marked nocheck, ` +
      `${rapport.affirmations} //=> claims; ${rapport.echecs.length} problem(s) (${(rapport.duree / 1000).toFixed(1)} s)\n`,
  );
  return rapport.echecs.length === 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = principal(process.argv.slice(2));
