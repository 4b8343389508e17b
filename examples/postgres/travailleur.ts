// A worker process (real server): takes chunks and outbox jobs from pg-boss and runs the same code as the
// single-process demo (examples/postgres/nuit.ts). Started by the scheduler (file.ts) with
//   node --import tsx examples/postgres/travailleur.ts        (DATABASE_URL set)
// RECOUVREMENT_ARRET_APRES=N (tests only): after writing its N-th dossier, before COMMIT, the worker tells
// its parent (`arrete`) and waits: the test kills it there with SIGKILL.
import PgBoss from 'pg-boss';
import { basePostgres } from './base.js';
import { FILE_ENVOIS, FILE_LOTS, type Envoi } from './file.js';
import { envoyer, traiterLot, type Crochets, type Lot } from './nuit.js';

const url = process.env.DATABASE_URL;
if (url === undefined) throw new Error('DATABASE_URL manquant');
const base = basePostgres(url, 2);
const boss = new PgBoss({ connectionString: url, max: 2, schedule: false, supervise: false, migrate: false });
boss.on('error', () => undefined);
await boss.start();

const arretApres = Number(process.env.RECOUVREMENT_ARRET_APRES ?? 0);
let ecrits = 0;
const crochets: Crochets =
  arretApres > 0
    ? {
        async avantCommit(id) {
          ecrits += 1;
          if (ecrits === arretApres) {
            process.send?.({ type: 'arrete', id });
            await new Promise(() => undefined);
          }
        },
      }
    : {};

// One job at a time: a worker that dies holds one chunk, which expires and goes to another worker. After a
// job, `notifyWorker` makes pg-boss fetch the next one at once instead of waiting for the polling interval
// (it only waits when the queue was empty).
const ids = { lots: '', envois: '' };
ids.lots = await boss.work<Lot>(FILE_LOTS, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
  try {
    return await traiterLot(base, job!.data, crochets);
  } finally {
    boss.notifyWorker(ids.lots);
  }
});
ids.envois = await boss.work<Envoi>(FILE_ENVOIS, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
  try {
    return { envoyes: await envoyer(base, job!.data.tenant, job!.data.nuit) };
  } finally {
    boss.notifyWorker(ids.envois);
  }
});
process.send?.({ type: 'pret' });

async function arreter(): Promise<void> {
  await boss.stop({ graceful: true, wait: true });
  await base.fermer();
  process.exit(0);
}
process.on('message', (m) => {
  if (m === 'stop') void arreter();
});
process.on('disconnect', () => void arreter());
