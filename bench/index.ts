/**
 * `npm run bench` — every performance figure of docs/performance.md, on this machine.
 *
 *   npm run bench                 full run (1 000 000 invoices; 1–2 minutes on 2 cores)
 *   npm run bench -- --rapide     quick check (100 000 invoices), also BENCH_RAPIDE=1
 *   npm run bench -- --sans-build reuse dist/ (otherwise `tsup` builds it first)
 *
 * The library is measured from its build (dist/), as integrators run it. Benchmarks report; they never
 * fail a test (targets are printed with ✓/✗ at the end).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Bibliotheque from '../src/index.js';
import { benchIndicateurs } from './indicateurs.js';
import { benchMachine } from './machine.js';
import { cibles, machine, tableau } from './outils.js';
import { benchPenalites } from './penalites.js';
import { benchImportFroid, benchMemoire } from './systeme.js';
import { benchTaille } from './taille.js';

const RACINE = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const rapide = args.has('--rapide') || process.env.BENCH_RAPIDE === '1';
const N = rapide ? 100_000 : 1_000_000;
const debut = process.hrtime.bigint();

if (!args.has('--sans-build')) {
  const b = spawnSync('npx', ['tsup', '--silent'], { cwd: RACINE, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) throw new Error('tsup a échoué');
}
if (!existsSync(resolve(RACINE, 'dist/index.js'))) throw new Error('dist/index.js absent : lancez `npx tsup` (ou retirez --sans-build)');

const importer = (f: string) => import(pathToFileURL(resolve(RACINE, f)).href) as Promise<Record<string, unknown>>;
const lib = (await importer('dist/index.js')) as unknown as typeof Bibliotheque;

console.log(`# recouvrement — bancs d'essai${rapide ? ' (mode rapide)' : ''}`);
console.log(`machine : ${machine()}`);
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') console.log('(sans --expose-gc : médianes plus bruitées)');

benchPenalites(lib, { n: N, echantillonNaif: rapide ? 2_000 : 20_000, repetitions: rapide ? 3 : 7 });
await benchIndicateurs(() => importer('dist/index.js'), N, rapide ? 3 : 5);
await benchMachine(() => importer('dist/machine.js'), rapide ? 10_000 : 100_000);
benchImportFroid(rapide ? 5 : 11);
benchMemoire(N);
await benchTaille();

console.log('\n## Cibles (issue 7)');
tableau([['cible', 'mesuré', 'visé', ''], ...cibles.map((c) => [c.nom, c.mesure, c.cible, c.tenue === null ? '·' : c.tenue ? '✓' : '✗'])]);
console.log(`\ndurée totale : ${(Number(process.hrtime.bigint() - debut) / 1e9).toFixed(0)} s`);
