/**
 * Two builds of `recouvrement/machine` side by side, in one process, on the same claims, timed in
 * alternation (issue 12, item 6): the machine's events per second before and after a change, on a machine
 * whose load changes from second to second. The mix is `bench/machine.ts`'s: per claim `createActor`, then
 * `JOUR`, reminder by e-mail, `JOUR`, reminder by LRAR, `JOUR`, mise en demeure, `JOUR`, payment of the
 * principal (8 events); and the host API over the same path (`avancerDossier`, eight nights per claim, the
 * dossier read from and written back to JSON each night).
 *
 * Each round times, for each build in an order that alternates from round to round: the actor path (wall
 * clock and process CPU time; the time spent creating, starting and stopping actors is timed apart, so both
 * "per event, actor creation included" and "per event, transitions only" are reported), then the dossier
 * path. Medians of the rounds, and the per-round ratio after / before. The final snapshots, the dossiers
 * and the situations of the two builds are compared: the comparison means nothing if they differ.
 *
 *   node --expose-gc --import tsx bench/versions-machine.ts <avant.js> <apres.js> [n=5000] [tours=7]
 *
 * Bundles: `npx esbuild src/machine/index.ts --bundle --format=esm --platform=node --packages=external
 * --outfile=…` (the core bundled in, xstate and zod external: the file must sit where they resolve, e.g.
 * next to a `node_modules` symlink; the "before" one from `git archive` of the previous commit).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createActor } from 'xstate';
import { machine as descriptionMachine, mediane, nuitsDossier, ramasser } from './outils.js';
import { formaterDate, lireDate } from '../src/socle/date-iso.js';

interface Acteur {
  start(): Acteur;
  send(e: Record<string, unknown>): void;
  getPersistedSnapshot(): unknown;
  stop(): void;
}
interface Build {
  machineRecouvrement: unknown;
  creerDossier: (e: unknown) => unknown;
  avancerDossier: (d: unknown, e: unknown[], o: { aujourdhui: string }) => { dossier: unknown; situation: unknown; actions: unknown };
}

const [cheminAvant, cheminApres, texteN, texteTours] = process.argv.slice(2);
if (!cheminAvant || !cheminApres) throw new Error('usage : bench/versions-machine.ts <avant.js> <apres.js> [n] [tours]');
const n = Number(texteN ?? 5_000);
const tours = Number(texteTours ?? 7);
const charger = async (c: string) => (await import(pathToFileURL(resolve(c)).href)) as Build;
const builds: [string, Build][] = [
  ['avant', await charger(cheminAvant)],
  ['après', await charger(cheminApres)],
];

const debiteur = { id: 'D1', type: 'professionnel', denomination: 'Débiteur SAS', pays: 'FR' };
const base = lireDate('2025-01-15');
const creanceN = (i: number, facture: number) => ({
  id: `C${i}`,
  numeroFacture: `F-${i}`,
  montantTTC: `${1000 + (i % 5000)}.00`,
  dateFacture: formaterDate(facture),
  dateEcheance: formaterDate(facture + 30),
  paiements: [],
  nature: 'commerciale',
  cause: 'contractuelle',
  contestee: false,
});

/** The actor path of bench/machine.ts; returns [events, ns creating/starting/stopping actors, final snapshots sampled]. */
function acteurs(b: Build, garder: boolean): { evenements: number; creation: number; fins: string[] } {
  let evenements = 0;
  let creation = 0;
  const fins: string[] = [];
  for (let i = 0; i < n; i++) {
    const facture = base + (i % 300);
    const echeance = facture + 30;
    const creance = creanceN(i, facture);
    const t0 = process.hrtime.bigint();
    const a = (createActor as unknown as (m: unknown, o: unknown) => Acteur)(b.machineRecouvrement, { input: { creance, debiteur } }).start();
    creation += Number(process.hrtime.bigint() - t0);
    const d = (k: number) => formaterDate(echeance + k);
    a.send({ type: 'JOUR', date: d(1) });
    a.send({ type: 'RELANCE_ENVOYEE', date: d(2), canal: 'email' });
    a.send({ type: 'JOUR', date: d(15) });
    a.send({ type: 'RELANCE_ENVOYEE', date: d(16), canal: 'lrar' });
    a.send({ type: 'JOUR', date: d(30) });
    a.send({ type: 'MISE_EN_DEMEURE_ENVOYEE', date: d(31), delaiJours: 8 });
    a.send({ type: 'JOUR', date: d(40) });
    a.send({ type: 'PAIEMENT_RECU', date: d(45), montant: creance.montantTTC });
    evenements += 8;
    if (garder && i % 50 === 0) fins.push(JSON.stringify(a.getPersistedSnapshot()));
    const t1 = process.hrtime.bigint();
    a.stop();
    creation += Number(process.hrtime.bigint() - t1);
  }
  return { evenements, creation, fins };
}

/** The host path of bench/machine.ts (n / 10 claims, eight nights each); returns [nights, results sampled]. */
function dossiers(b: Build, garder: boolean): { nuits: number; fins: string[] } {
  let nuits = 0;
  const fins: string[] = [];
  const m = Math.max(1, Math.floor(n / 10));
  for (let i = 0; i < m; i++) {
    const echeance = base + 30 + (i % 300);
    const creance = creanceN(i, echeance - 30);
    let json = JSON.stringify(b.creerDossier({ creance, debiteur }));
    const d = (k: number) => formaterDate(echeance + k);
    const parNuit: [number, unknown[]][] = nuitsDossier(d, creance.montantTTC);
    for (const [k, evenements] of parNuit) {
      const r = b.avancerDossier(json, evenements, { aujourdhui: d(k) });
      json = JSON.stringify(r.dossier);
      if (garder && i % 10 === 0) fins.push(JSON.stringify(r));
      nuits++;
    }
  }
  return { nuits, fins };
}

// The same results, or the comparison means nothing.
const [a0, a1] = builds.map(([, b]) => acteurs(b, true));
const [d0, d1] = builds.map(([, b]) => dossiers(b, true));
const differents = (x: string[], y: string[]) => x.filter((s, i) => s !== y[i]).length + Math.abs(x.length - y.length);
const ecartsActeurs = differents(a0!.fins, a1!.fins);
const ecartsDossiers = differents(d0!.fins, d1!.fins);

interface Mesures {
  parEvenement: number[];
  parEvenementCpu: number[];
  transition: number[];
  dossier: number[];
  dossierCpu: number[];
}
const mesures: Mesures[] = builds.map(() => ({ parEvenement: [], parEvenementCpu: [], transition: [], dossier: [], dossierCpu: [] }));
for (let t = 0; t < tours; t++) {
  const ordre = t % 2 === 0 ? [0, 1] : [1, 0];
  for (const i of ordre) {
    const b = builds[i]![1];
    const m = mesures[i]!;
    ramasser();
    let c = process.cpuUsage();
    let h = process.hrtime.bigint();
    const r = acteurs(b, false);
    let ns = Number(process.hrtime.bigint() - h);
    let cpu = process.cpuUsage(c);
    m.parEvenement.push(ns / r.evenements);
    m.parEvenementCpu.push(((cpu.user + cpu.system) * 1000) / r.evenements);
    m.transition.push((ns - r.creation) / r.evenements);
    ramasser();
    c = process.cpuUsage();
    h = process.hrtime.bigint();
    const s = dossiers(b, false);
    ns = Number(process.hrtime.bigint() - h);
    cpu = process.cpuUsage(c);
    m.dossier.push(ns / s.nuits);
    m.dossierCpu.push(((cpu.user + cpu.system) * 1000) / s.nuits);
  }
}

const us = (x: number) => (x / 1000).toFixed(2).padStart(7);
const parS = (x: number) => Math.round(1e9 / x).toLocaleString('fr-FR').padStart(9);
console.log(`${descriptionMachine()}`);
console.log(`n=${n} créances (${n * 8} événements), ${Math.max(1, Math.floor(n / 10))} dossiers × 8 nuits · ${tours} tours · charge ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`résultats différents entre les deux : instantanés ${ecartsActeurs} / ${a0!.fins.length}, nuits-dossier ${ecartsDossiers} / ${d0!.fins.length}`);
console.log('build   · par événement, acteur compris (mur | CPU)      · transitions seules (mur) · avancerDossier par nuit (mur | CPU)');
for (let i = 0; i < builds.length; i++) {
  const m = mesures[i]!;
  const e = mediane(m.parEvenement);
  const ec = mediane(m.parEvenementCpu);
  const tr = mediane(m.transition);
  console.log(
    `${builds[i]![0].padEnd(7)} · ${us(e)} µs ${parS(e)}/s | ${us(ec)} µs ${parS(ec)}/s · ${us(tr)} µs ${parS(tr)}/s · ${us(mediane(m.dossier))} µs | ${us(mediane(m.dossierCpu))} µs`,
  );
}
const ratio = (k: keyof Mesures) => {
  const r = mesures[1]![k].map((x, t) => x / mesures[0]![k][t]!);
  return `${mediane(r).toFixed(3)} (${r.map((x) => x.toFixed(2)).join('/')})`;
};
console.log(`après / avant, par événement : ${ratio('parEvenement')} ; CPU ${ratio('parEvenementCpu')}`);
console.log(`après / avant, transitions seules : ${ratio('transition')}`);
console.log(`après / avant, avancerDossier : ${ratio('dossier')} ; CPU ${ratio('dossierCpu')}`);
