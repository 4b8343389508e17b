// Supply chain (issue 8, item 6): what an integrator installs with `npm install recouvrement` is limited to
// the design card's dependencies, pinned by a committed lockfile, with no install scripts.
// (`npm audit` needs the registry's audit endpoint, unreachable from the build machines.)
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Paquet {
  dependencies?: Record<string, string>;
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

/** The design card: runtime dependencies and peer dependencies, nothing else. */
const DEPENDANCES = ['date-fns', 'decimal.js'];
const PAIRS = ['xstate', 'zod'];

describe('runtime dependencies are the design card’s', () => {
  it('dependencies: date-fns and decimal.js only', () => {
    expect(Object.keys(paquet.dependencies ?? {}).sort()).toEqual(DEPENDANCES);
  });

  it('peerDependencies: zod and xstate only', () => {
    expect(Object.keys(paquet.peerDependencies ?? {}).sort()).toEqual(PAIRS);
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
  });

  it('pins every runtime dependency (and their own dependencies) with an integrity hash and no install script', () => {
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { packages: Record<string, EntreeVerrou> };
    const paquets = verrou.packages;
    // The runtime closure: dependencies, then theirs, as npm would resolve them from the root.
    const aVoir = [...DEPENDANCES];
    const vus = new Set<string>();
    while (aVoir.length > 0) {
      const nom = aVoir.pop()!;
      if (vus.has(nom)) continue;
      vus.add(nom);
      const entree = paquets[`node_modules/${nom}`];
      expect(entree, `${nom} missing from package-lock.json`).toBeDefined();
      expect(entree!.dev, `${nom} is marked dev-only in the lockfile`).not.toBe(true);
      expect(entree!.integrity, `${nom} has no integrity hash`).toMatch(/^sha(256|384|512)-/);
      expect(entree!.hasInstallScript ?? false, `${nom} runs an install script`).toBe(false);
      aVoir.push(...Object.keys(entree!.dependencies ?? {}));
    }
    expect([...vus].sort()).toEqual(expect.arrayContaining(DEPENDANCES));
  });

  it('the check above does see install scripts (esbuild, a dev dependency, has one)', () => {
    const verrou = JSON.parse(readFileSync(CHEMIN_VERROU, 'utf8')) as { packages: Record<string, EntreeVerrou> };
    const avecScript = Object.entries(verrou.packages).filter(([, e]) => e.hasInstallScript === true);
    // Only dev tooling may have one; none of them is reachable from a runtime dependency (checked above).
    for (const [, e] of avecScript) expect(e.dev).toBe(true);
  });
});
