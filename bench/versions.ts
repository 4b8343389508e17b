/**
 * Two builds of the library side by side, in one process, on the same data, timed in alternation: for
 * comparing a change with the code before it on a shared machine whose load changes from second to second.
 * Each round times the float floor, then each variant of each build (the batch with `Euros` out, the batch
 * with `sortie: 'centimes'` out when the build has it, one call per invoice), in an order that alternates
 * from round to round; a variant's ratio is its time over the mean of the round's two floor runs, and the
 * median of the per-round ratios is reported.
 *
 *   node --expose-gc --import tsx bench/versions.ts <avant.js> <apres.js> [n=300000] [rounds=7]
 *
 * Bundles as `npx esbuild src/index.ts --bundle --format=esm --platform=node --packages=external
 * --outfile=…` makes them (the "before" one from a `git worktree` of the previous commit; its outfile must
 * sit where `zod` resolves, e.g. under the worktree with a `node_modules` symlink).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tableauFactures } from './donnees.js';
import { mediane, ramasser } from './outils.js';
import { colonnes, plancher, semestres } from './plancher.js';
import type * as Bibliotheque from '../src/index.js';

const [cheminAvant, cheminApres, texteN, texteTours] = process.argv.slice(2);
if (!cheminAvant || !cheminApres) throw new Error('usage : bench/versions.ts <avant.js> <apres.js> [n] [tours]');
const n = Number(texteN ?? 300_000);
const tours = Number(texteTours ?? 7);
const charger = async (c: string) => (await import(pathToFileURL(resolve(c)).href)) as typeof Bibliotheque;
const avant = await charger(cheminAvant);
const apres = await charger(cheminApres);

const factures = tableauFactures(n);
const c = colonnes(factures);
const s = semestres('2019-01-01', '2026-12-31');
const sortie = new Float64Array(c.n);

/** Whether a build returns cents with `sortie: 'centimes'` (older builds ignore the option). */
const aCentimes = (lib: typeof Bibliotheque) => lib.calculerPenalitesRetardLot(factures.slice(0, 1), { sortie: 'centimes' }) instanceof Float64Array;

// Variants of the two builds side by side (before, after), so that each pair is timed back to back.
const variantes: [string, () => unknown][] = [];
for (const [nom, lib] of [['avant', avant], ['après', apres]] as const) {
  variantes.push([`${nom} · lot (Euros)`, () => lib.calculerPenalitesRetardLot(factures)]);
}
for (const [nom, lib] of [['avant', avant], ['après', apres]] as const) {
  if (aCentimes(lib)) variantes.push([`${nom} · lot (centimes)`, () => lib.calculerPenalitesRetardLot(factures, { sortie: 'centimes' })]);
}
for (const [nom, lib] of [['avant', avant], ['après', apres]] as const) {
  variantes.push([
    `${nom} · par appel`,
    () => {
      let x = 0;
      for (const f of factures) x += lib.calculerPenalitesRetard(f).periodes.length;
      return x;
    },
  ]);
}

// The same totals, or the comparison means nothing.
const t1 = avant.calculerPenalitesRetardLot(factures);
const t2 = apres.calculerPenalitesRetardLot(factures);
let ecarts = 0;
for (let i = 0; i < n; i++) if (t1[i] !== t2[i]) ecarts++;

const chrono = (f: () => unknown): number => {
  ramasser();
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / n;
};
plancher(c, s, sortie);
for (const [, f] of variantes) f();

const ratios = variantes.map(() => [] as number[]);
const temps = variantes.map(() => [] as number[]);
const planchers: number[] = [];
for (let t = 0; t < tours; t++) {
  const p1 = chrono(() => plancher(c, s, sortie));
  const ordre = variantes.map((_, i) => i);
  if (t % 2 === 1) ordre.reverse();
  const mesures: number[] = [];
  for (const i of ordre) mesures[i] = chrono(variantes[i]![1]);
  const p2 = chrono(() => plancher(c, s, sortie));
  planchers.push(p1, p2);
  for (let i = 0; i < variantes.length; i++) {
    temps[i]!.push(mesures[i]!);
    ratios[i]!.push(mesures[i]! / ((p1 + p2) / 2));
  }
}
console.log(`n=${n} · ${tours} tours · charge ${loadavg().map((x) => x.toFixed(1)).join(' ')} · totaux différents entre les deux : ${ecarts}`);
console.log(`plancher               ${mediane(planchers).toFixed(0).padStart(5)} ns`);
for (let i = 0; i < variantes.length; i++) {
  const runs = ratios[i]!.map((x) => x.toFixed(2)).join('/');
  console.log(`${variantes[i]![0].padEnd(22)} ${mediane(temps[i]!).toFixed(0).padStart(5)} ns  ${mediane(ratios[i]!).toFixed(2)}×  (${runs})`);
}
// The two builds against each other, round by round (the floor's noise cancels out).
for (let i = 0; i < variantes.length; i++) {
  const nom = variantes[i]![0];
  if (!nom.startsWith('après')) continue;
  const j = variantes.findIndex(([v]) => v === nom.replace('après', 'avant'));
  if (j < 0) continue;
  const r = temps[i]!.map((x, t) => x / temps[j]![t]!);
  console.log(`${nom.replace('après · ', '')} : après / avant = ${mediane(r).toFixed(3)} (${r.map((x) => x.toFixed(2)).join('/')})`);
}
