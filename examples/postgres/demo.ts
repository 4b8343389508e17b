// Dossiers in PostgreSQL, the nightly run distributed by chunks: a generated portfolio (10 000 claims, a
// few hundred debtors, two tenants), a year of nights compressed into six runs (one every 60 days).
//   npm run demo:postgres                                   PGlite in process, one worker, no server
//   DATABASE_URL=postgres://… npm run demo:postgres -- --workers 2
//                                                           a real server (15+), pg-boss, 2 worker processes
// Options: --workers K, --creances N, --debiteurs N, --taille N (dossiers per chunk), --nuits N.
// On a server the demo RESETS its tables (dossier, evenement_entrant, action_sortante, passage,
// journal_envoi): give it a database of its own.
// Ends with one line `dossiers N, evenements N, actions N, doublons 0, perdus 0`, counted by queries that
// would see a duplicate or a loss (examples/postgres/bilan.ts).
// Imports the package by its name, as your project would (`npm run demo:postgres` builds it first).
import { parseArgs } from 'node:util';
import { basePglite, basePostgres, type Base } from './base.js';
import { bilan, ligneBilan } from './bilan.js';
import { executerNuits, filePgBoss, fileLocale, reinitialiser, type File } from './file.js';
import { compteRenduVide, cumuler } from './nuit.js';
import { chargerPortefeuille, genererPortefeuille, nuits as suiteDeNuits } from './portefeuille.js';

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    creances: { type: 'string', default: '10000' },
    debiteurs: { type: 'string', default: '400' },
    taille: { type: 'string', default: '250' },
    nuits: { type: 'string', default: '6' },
  },
});
const url = process.env.DATABASE_URL;
const travailleurs = url === undefined ? 1 : Math.max(1, Number(values.workers));
const nombre = (n: number): string => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const formaterDate = (d: string): string => {
  const [a, m, j] = d.split('-').map(Number) as [number, number, number];
  return `${j === 1 ? '1er' : j} ${MOIS[m - 1]} ${a}`;
};
const duree = (ms: number): string => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

const nuits = suiteDeNuits('2025-02-01', Number(values.nuits), Math.floor(360 / Number(values.nuits)));
const portefeuille = genererPortefeuille({
  creances: Number(values.creances),
  debiteurs: Number(values.debiteurs),
  tenants: ['cabinet-nord', 'cabinet-sud'],
  nuits,
});

const base: Base = url === undefined ? await basePglite() : basePostgres(url, 2);
let file: File | null = null;
try {
  const t0 = performance.now();
  if (url !== undefined) await reinitialiser(base);
  await chargerPortefeuille(base);
  file = url === undefined ? fileLocale(base) : await filePgBoss({ url, travailleurs });
  console.log(
    url === undefined
      ? 'Recouvrement : dossiers dans PostgreSQL (PGlite en mémoire, un travailleur dans ce processus)'
      : `Recouvrement : dossiers dans PostgreSQL (serveur, pg-boss, ${travailleurs} processus travailleurs)`,
  );
  console.log(
    `Portefeuille : ${nombre(portefeuille.dossiers.length)} créances, ${values.debiteurs} débiteurs, 2 tenants ; ` +
      `${nuits.length} nuits du ${formaterDate(nuits[0]!)} au ${formaterDate(nuits[nuits.length - 1]!)} (chargé en ${duree(performance.now() - t0)})`,
  );
  let total = compteRenduVide();
  let doublonsIgnores = 0;
  let envoyes = 0;
  await executerNuits(base, file, portefeuille, nuits, Number(values.taille), (b) => {
    total = cumuler(total, b.compteRendu);
    doublonsIgnores += b.doublonsIgnores;
    envoyes += b.envoyes;
    console.log(
      `  nuit du ${formaterDate(b.nuit)} : ${nombre(b.ouverts)} dossiers ouverts, ${nombre(b.recus)} faits reçus (${b.doublonsIgnores} livraisons répétées ignorées), ` +
        `${nombre(b.compteRendu.avances + b.compteRendu.rejoues)} dossiers avancés dont ${b.compteRendu.rejoues} rejoués, ` +
        `${b.lots} lots, ${nombre(b.envoyes)} lettres et appels envoyés, ${duree(b.ms)}`,
    );
  });
  const etats = (await base.requete<{ etat: string; n: number }>('SELECT etat, count(*)::int AS n FROM dossier GROUP BY etat ORDER BY n DESC, etat')).rows;
  console.log(`États en fin d'année : ${etats.map((e) => `${e.etat} ${nombre(e.n)}`).join(', ')}`);
  const avances = total.avances + total.rejoues;
  console.log(
    `Dossiers avancés : ${nombre(avances)} (${nombre(Math.round(avances / (total.msTotal / 1000)))} par seconde de travail), ` +
      `dont ${total.rejoues} rejoués depuis leur création (un fait daté d'avant leur dernière nuit : virement livré en retard par la banque…)`,
  );
  const part = Math.round((100 * total.msBibliotheque) / total.msTotal);
  console.log(`Temps des travailleurs : bibliothèque ${part} %, base de données et reste ${100 - part} % ; conflits de verrou rejoués : ${total.conflits}`);
  console.log(`Livraisons répétées ignorées (contrainte d'unicité de la boîte de réception) : ${doublonsIgnores} ; lettres et appels envoyés : ${nombre(envoyes)}`);
  console.log(`Durée totale : ${duree(performance.now() - t0)}`);
  console.log(ligneBilan(await bilan(base, nuits[nuits.length - 1]!)));
} finally {
  await file?.fermer();
  await base.fermer();
}
