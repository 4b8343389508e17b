/**
 * A focused, interleaved measurement of the penalty ratios (floor, batch, batch in cents, per call) for quick iteration on
 * a loaded machine: each round times the three variants back to back on the same data, and the ratios are
 * taken per round, then their median is reported (load that changes between rounds cancels out better than
 * in medians taken separately).
 *
 *   node --expose-gc --import tsx bench/ratios.ts [n=200000] [rounds=9] [--dist]
 *
 * By default it measures the sources (through tsx, whose module wrappers add a getter per cross-module call:
 * slower than the build); `--dist` measures the build, as `npm run bench` does; `BENCH_LIB=/path/to/lib.js`
 * measures any bundle (e.g. one made by `npx esbuild src/index.ts --bundle --format=esm --platform=node
 * --packages=external --outfile=node_modules/.cache/bench/lib.js`, a few hundred ms instead of a full `tsup`).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tableauFactures } from './donnees.js';
import { mediane, ramasser } from './outils.js';
import { colonnes, plancher, semestres } from './plancher.js';
import type * as Bibliotheque from '../src/index.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 200_000);
const tours = Number(args[1] ?? 9);
const dist = process.argv.includes('--dist');
const chemin = process.env.BENCH_LIB ?? resolve(import.meta.dirname, dist ? '../dist/index.js' : '../src/index.js');
const lib = (await import(pathToFileURL(chemin).href)) as typeof Bibliotheque;

const factures = tableauFactures(n);
const c = colonnes(factures);
const s = semestres('2019-01-01', '2026-12-31');
const sortie = new Float64Array(c.n);

/** Wall-clock ns per item, and process CPU ns per item (user + system, all threads: less sensitive to load). */
const cpu: number[] = [];
const chrono = (f: () => unknown): number => {
  ramasser();
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  f();
  const w = Number(process.hrtime.bigint() - t) / n;
  const d = process.cpuUsage(c);
  cpu.push(((d.user + d.system) * 1000) / n);
  return w;
};
const parAppel = (): number => {
  let x = 0;
  for (const f of factures) x += lib.calculerPenalitesRetard(f).periodes.length;
  return x;
};
// Warm-up.
plancher(c, s, sortie);
lib.calculerPenalitesRetardLot(factures);
lib.calculerPenalitesRetardLot(factures, { sortie: 'centimes' });
parAppel();

const p: number[] = [];
const l: number[] = [];
const a: number[] = [];
const k: number[] = [];
const rk: number[] = [];
const ck: number[] = [];
const crk: number[] = [];
const rl: number[] = [];
const ra: number[] = [];
const cp: number[] = [];
const cl: number[] = [];
const ca: number[] = [];
const crl: number[] = [];
const cra: number[] = [];
for (let t = 0; t < tours; t++) {
  cpu.length = 0;
  const fp = chrono(() => plancher(c, s, sortie));
  const fl = chrono(() => lib.calculerPenalitesRetardLot(factures));
  const fp2 = chrono(() => plancher(c, s, sortie));
  const fa = chrono(parAppel);
  const fk = chrono(() => lib.calculerPenalitesRetardLot(factures, { sortie: 'centimes' }));
  const [up = 0, ul = 0, up2 = 0, ua = 0, uk = 0] = cpu;
  k.push(fk);
  rk.push(fk / ((fp + fp2) / 2));
  ck.push(uk);
  crk.push(uk / ((up + up2) / 2));
  p.push(fp, fp2);
  l.push(fl);
  a.push(fa);
  rl.push(fl / ((fp + fp2) / 2));
  ra.push(fa / ((fp + fp2) / 2));
  cp.push(up, up2);
  cl.push(ul);
  ca.push(ua);
  crl.push(ul / ((up + up2) / 2));
  cra.push(ua / ((up + up2) / 2));
}
const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join('/');
const m = (xs: number[]) => mediane(xs).toFixed(0);
const r = (xs: number[]) => `${mediane(xs).toFixed(2)}×`;
console.log(`${chemin} · n=${n} · ${tours} tours · charge ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('             horloge (ns/facture, médiane ; ratio médian par tour)   |  temps CPU du processus');
console.log(`plancher     ${m(p).padStart(5)}            (${f(p)})  |  ${m(cp)}`);
console.log(`lot          ${m(l).padStart(5)}  ${r(rl).padStart(7)}  (${f(l)})  |  ${m(cl)}  ${r(crl)}`);
console.log(`centimes     ${m(k).padStart(5)}  ${r(rk).padStart(7)}  (${f(k)})  |  ${m(ck)}  ${r(crk)}`);
console.log(`par appel    ${m(a).padStart(5)}  ${r(ra).padStart(7)}  (${f(a)})  |  ${m(ca)}  ${r(cra)}`);
