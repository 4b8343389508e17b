import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from 'tsup';

const commun: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  external: ['zod', 'xstate', 'recouvrement'],
};

const dossierMachine = path.resolve('src/machine');

/**
 * The machine subpath imports the core from the package itself (`recouvrement`), never a copy of it: one
 * `RecouvrementError` class and one table cache whether users `import` or `require` both entries, and the
 * machine bundle holds only the machine. Everything it imports from outside src/machine must therefore be
 * exported by src/index.ts (checked after the build by scripts/verifier-dist.mjs).
 */
const coeurParLePaquet = {
  name: 'coeur-par-le-paquet',
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; resolveDir: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const cible = path.resolve(args.resolveDir, args.path);
      return cible.startsWith(dossierMachine + path.sep) || cible === dossierMachine ? undefined : { path: 'recouvrement', external: true };
    });
  },
};

rmSync('dist', { recursive: true, force: true });

const dossierCli = path.resolve('src/cli');

/**
 * The `recouvrement` command (package `bin`, ESM with its shebang, no types): its own code only, the core
 * imported from the package like the machine does (src/cli imports nothing but ../index.js).
 */
const cliParLePaquet = {
  name: 'cli-par-le-paquet',
  setup(build: Parameters<typeof coeurParLePaquet.setup>[0]) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const cible = path.resolve(args.resolveDir, args.path);
      return cible.startsWith(dossierCli + path.sep) ? undefined : { path: 'recouvrement', external: true };
    });
  },
};

export default defineConfig([
  { ...commun, entry: { index: 'src/index.ts' } },
  { ...commun, entry: { machine: 'src/machine/index.ts' }, esbuildPlugins: [coeurParLePaquet] },
  { ...commun, entry: { cli: 'src/cli/index.ts' }, format: ['esm'], dts: false, platform: 'node', esbuildPlugins: [cliParLePaquet] },
]);
