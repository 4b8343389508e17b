// The layers of docs/architecture.md, as built: every relative import in src/ (tests excepted) stays in its
// own layer or goes to one the document lists for it. A new arrow means updating the document first.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** docs/architecture.md, "Layers, as built": what each folder of src/ may import from the others. */
const COUCHES: Record<string, readonly string[]> = {
  socle: [],
  baremes: ['socle'],
  entites: ['socle'],
  calculs: ['baremes', 'socle'],
  indicateurs: ['socle'],
  calendrier: ['socle'],
  eligibilite: ['situation', 'calculs', 'entites', 'baremes', 'socle'],
  situation: ['eligibilite', 'calculs', 'entites', 'baremes', 'socle'],
  documents: ['situation', 'calculs', 'entites', 'baremes', 'socle'],
  'facturation-electronique': ['situation', 'calculs', 'entites', 'baremes', 'socle'],
  machine: ['situation', 'eligibilite', 'calendrier', 'entites', 'baremes', 'socle'],
  // The command line (package bin): the public entry only (src/index.ts), bundled as an import of 'recouvrement'.
  cli: ['index.js'],
  'index.ts': ['facturation-electronique', 'documents', 'situation', 'eligibilite', 'indicateurs', 'calendrier', 'calculs', 'entites', 'baremes', 'socle'],
};

/**
 * Arrows allowed for `import type` only (erased at build time): calculs names the entities' `TauxPenalites`;
 * the machine types `ActionDue.modele` as the letter model `genererLettre` accepts (`ModeleLettre`).
 */
const TYPES_SEULEMENT: Record<string, readonly string[]> = { calculs: ['entites'], machine: ['documents'] };

/**
 * Files any layer may import, named one by one: the letters' names for the French formatting rules of
 * socle/ (the rules and the text/HTML renderer themselves live in socle/, shared by documents/ and
 * situation/). They import socle/ only (checked below).
 */
const PARTAGES = ['documents/internes/format.ts'];

/** The source files of src/, tests and test helpers excepted. */
function sources(dossier: string, out: string[] = []): string[] {
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    const p = path.join(dossier, e.name);
    if (e.isDirectory()) sources(p, out);
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'outils-test.ts') out.push(p);
  }
  return out;
}

/** The top folder of src/ a path belongs to (`index.ts` for the entry itself). */
const couche = (fichier: string): string => path.relative(SRC, fichier).split(path.sep)[0]!;

/** The import and re-export declarations of a file (TSDoc examples in comments left out). */
function declarations(code: string): { specifieur: string; typeSeulement: boolean }[] {
  const sansCommentaires = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...sansCommentaires.matchAll(/^(import|export)(\s+type\b)?[^;]*?\bfrom\s*'([^']+)'/gm)].map((m) => ({
    specifieur: m[3]!,
    typeSeulement: m[2] !== undefined,
  }));
}

const specifieurs = (code: string): string[] => declarations(code).map((d) => d.specifieur);

describe('layers (docs/architecture.md)', () => {
  it('every folder of src/ is a documented layer', () => {
    const dossiers = readdirSync(SRC, { withFileTypes: true }).map((e) => e.name).sort();
    expect(dossiers).toEqual(Object.keys(COUCHES).sort());
  });

  it('imports only point to the layers the document lists', () => {
    const ecarts: string[] = [];
    for (const f of sources(SRC)) {
      const de = couche(f);
      for (const { specifieur: s, typeSeulement } of declarations(readFileSync(f, 'utf8'))) {
        if (!s.startsWith('.')) continue;
        const cible = path.resolve(path.dirname(f), s);
        const vers = couche(cible);
        const partage = PARTAGES.includes(path.relative(SRC, cible).split(path.sep).join('/').replace(/\.js$/, '.ts'));
        const permis = partage || vers === de || COUCHES[de]!.includes(vers) || (typeSeulement && (TYPES_SEULEMENT[de] ?? []).includes(vers));
        if (!permis) ecarts.push(`${path.relative(SRC, f)} → ${s}${typeSeulement ? ' (type)' : ''}`);
      }
    }
    expect(ecarts).toEqual([]);
  });

  it('the shared files import socle/ only (and each other), so sharing them adds no arrow', () => {
    for (const p of PARTAGES) {
      const f = path.join(SRC, p);
      const vers = specifieurs(readFileSync(f, 'utf8'))
        .filter((s) => s.startsWith('.'))
        .map((s) => path.relative(SRC, path.resolve(path.dirname(f), s)).split(path.sep).join('/').replace(/\.js$/, '.ts'))
        .filter((c) => !c.startsWith('socle/') && !PARTAGES.includes(c));
      expect(vers, p).toEqual([]);
    }
  });

  it('nothing imports the machine (it is the other entry point)', () => {
    const versMachine = sources(SRC)
      .filter((f) => couche(f) !== 'machine')
      .filter((f) => specifieurs(readFileSync(f, 'utf8')).some((s) => s.startsWith('.') && couche(path.resolve(path.dirname(f), s)) === 'machine'));
    expect(versMachine).toEqual([]);
  });
});
