/**
 * Bundle sizes as an integrator's bundler sees them, *including* zod: the budgets of `.size-limit.cjs`
 * (which `npm test` enforces), measured again here with esbuild, ESM, minified, gzip level 9, with a note
 * when zod is in a bundle.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cibles } from './outils.js';

const ko = (n: number) => `${(n / 1000).toFixed(1)} kB`;

const RACINE = resolve(import.meta.dirname, '..');

async function taille(code: string, external: string[]): Promise<{ gz: number; zod: boolean }> {
  const dossier = mkdtempSync(join(tmpdir(), 'recouvrement-taille-'));
  try {
    const entree = join(dossier, 'entree.mjs');
    writeFileSync(entree, code);
    const r = await build({ entryPoints: [entree], bundle: true, minify: true, format: 'esm', write: false, metafile: true, external, absWorkingDir: RACINE, logLevel: 'silent' });
    // A zod file that esbuild read but tree-shook away lists with 0 bytes in the output: count what stays.
    let octetsZod = 0;
    for (const sortie of Object.values(r.metafile.outputs)) {
      for (const [f, e] of Object.entries(sortie.inputs)) if (f.includes('node_modules/zod/')) octetsZod += e.bytesInOutput;
    }
    const zod = octetsZod > 0;
    return { gz: gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length, zod };
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

export async function benchTaille(): Promise<void> {
  console.log('\n## Taille des bundles, zod compris (esbuild, minifié, gzip ; les mêmes budgets que .size-limit.cjs)');
  const dist = JSON.stringify(resolve(RACINE, 'dist/index.js'));
  const machine = JSON.stringify(resolve(RACINE, 'dist/machine.js'));
  const cas: [string, string, string[], number | null][] = [
    ['import { calculerPenalitesRetard }', `import { calculerPenalitesRetard } from ${dist}; console.log(calculerPenalitesRetard);`, [], 20_000],
    ['import { calculerPenalitesRetardLot }', `import { calculerPenalitesRetardLot } from ${dist}; console.log(calculerPenalitesRetardLot);`, [], 20_000],
    ["import * from 'recouvrement'", `import * as r from ${dist}; console.log(r);`, [], 60_000],
    ["import * from 'recouvrement/machine' (sans xstate ni le cœur 'recouvrement', compté ci-dessus)", `import * as m from ${machine}; console.log(m);`, ['xstate', 'recouvrement'], 25_000],
    ["import * from 'recouvrement/machine' avec le cœur (sans xstate ; pour information)", `import * as m from ${machine}; console.log(m);`, ['xstate'], null],
  ];
  for (const [nom, code, external, budget] of cas) {
    const t = await taille(code, external);
    const fuite = t.zod && nom.includes('Penalites') ? ' — zod est embarqué (fuite : schémas au niveau module non éliminables)' : t.zod ? ' (zod compris)' : ' (sans zod)';
    console.log(`${nom} : ${ko(t.gz)} gzip${fuite}`);
    cibles.push({ nom: `taille ${nom}`, mesure: ko(t.gz), cible: budget === null ? '—' : `≤ ${budget / 1000} kB`, tenue: budget === null ? null : t.gz <= budget });
  }
}
