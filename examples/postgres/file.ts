// How the night's work is distributed, behind one interface:
// - `FileLocale`: one process (the PGlite demo). The chunks are taken one after the other by the same
//   worker code, in this process. (pg-boss is not used on PGlite: it connects through `pg` to a server, and
//   PGlite is one connection inside this process, so there would be no second worker to hand work to.)
// - `FilePgBoss`: a real server. The scheduler inserts one pg-boss job per chunk; K worker processes
//   (examples/postgres/travailleur.ts) take them. A worker killed mid-chunk leaves its job `active`; it
//   expires and pg-boss hands it to another worker, which skips the dossiers already committed.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import PgBoss from 'pg-boss';
import type { Base } from './base.js';
import { compteRenduVide, cumuler, envoyer, planifier, tenants, traiterLot, type CompteRendu, type Lot } from './nuit.js';
import { livrer, type Portefeuille } from './portefeuille.js';

export const FILE_LOTS = 'recouvrement-lot';
export const FILE_ENVOIS = 'recouvrement-envoi';

/** A tenant's outbox to send tonight. */
export interface Envoi {
  readonly tenant: string;
  readonly nuit: string;
}

export interface File {
  /** Runs every chunk and returns when all are done, with the sum of their reports. */
  lots(lots: readonly Lot[]): Promise<CompteRendu>;
  /** Runs the senders and returns when all are done, with the number of letters sent. */
  envois(envois: readonly Envoi[]): Promise<number>;
  fermer(): Promise<void>;
}

/** One process, one worker: the chunks in order. */
export function fileLocale(base: Base): File {
  return {
    async lots(lots) {
      let cr = compteRenduVide();
      for (const lot of lots) cr = cumuler(cr, await traiterLot(base, lot));
      return cr;
    },
    async envois(envois) {
      let n = 0;
      for (const e of envois) n += await envoyer(base, e.tenant, e.nuit);
      return n;
    },
    fermer: async () => undefined,
  };
}

export interface OptionsPgBoss {
  readonly url: string;
  readonly travailleurs: number;
  /** Seconds before a chunk taken by a worker that died is handed to another one. */
  readonly expiration?: number;
  /** Environment of the worker process `i` (the tests use it to stop one mid-chunk). */
  readonly environnement?: (i: number) => Record<string, string>;
  /** Called with each message a worker sends (the tests kill it on `arrete`). */
  readonly message?: (i: number, m: unknown, processus: ChildProcess) => void;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** pg-boss on a real server, with `travailleurs` worker processes. */
export async function filePgBoss(o: OptionsPgBoss): Promise<File & { processus: ChildProcess[] }> {
  const boss = new PgBoss({ connectionString: o.url, max: 2, schedule: false, supervise: false });
  boss.on('error', () => undefined);
  await boss.start();
  const expireInSeconds = o.expiration ?? 60;
  for (const name of [FILE_LOTS, FILE_ENVOIS]) {
    if ((await boss.getQueue(name)) === null) await boss.createQueue(name, { name, retryLimit: 20, retryDelay: 0, expireInSeconds });
    // Jobs left by an earlier run that stopped half-way: tonight's scheduler re-plans what they covered.
    await boss.purgeQueue(name);
  }
  const script = fileURLToPath(new URL('./travailleur.ts', import.meta.url));
  const processus: ChildProcess[] = [];
  for (let i = 0; i < o.travailleurs; i++) {
    const p = fork(script, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, DATABASE_URL: o.url, ...(o.environnement?.(i) ?? {}) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    p.on('message', (m) => o.message?.(i, m, p));
    processus.push(p);
  }

  /** Inserts the jobs and waits until every one is completed (expiring those of dead workers). */
  async function executer(nom: string, donnees: readonly object[]): Promise<unknown[]> {
    if (donnees.length === 0) return [];
    const ids = donnees.map(() => randomUUID());
    await boss.insert(donnees.map((data, i) => ({ id: ids[i]!, name: nom, data, expireInSeconds })));
    const db = boss.getDb();
    for (;;) {
      await pause(100);
      await boss.expire();
      const { rows } = await db.executeSql('SELECT id::text, state, output FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])', [nom, ids]);
      const etats = rows as { id: string; state: string; output: unknown }[];
      const echoue = etats.find((r) => r.state === 'failed' || r.state === 'cancelled');
      if (echoue !== undefined) throw new Error(`job ${nom} ${echoue.id} : ${echoue.state} ${JSON.stringify(echoue.output)}`);
      if (etats.length === ids.length && etats.every((r) => r.state === 'completed')) return etats.map((r) => r.output);
      if (processus.every((p) => p.exitCode !== null || p.signalCode !== null)) throw new Error('tous les travailleurs sont arrêtés');
    }
  }

  return {
    processus,
    async lots(lots) {
      const sorties = await executer(FILE_LOTS, lots);
      return sorties.reduce<CompteRendu>((a, s) => cumuler(a, s as CompteRendu), compteRenduVide());
    },
    async envois(envois) {
      const sorties = await executer(FILE_ENVOIS, envois);
      return sorties.reduce<number>((a, s) => a + (s as { envoyes: number }).envoyes, 0);
    },
    async fermer() {
      for (const p of processus) if (p.connected) p.send('stop');
      await Promise.all(
        processus.map((p) => (p.exitCode !== null || p.signalCode !== null ? Promise.resolve() : new Promise((r) => p.once('exit', r)))),
      );
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

export interface BilanNuit {
  nuit: string;
  ouverts: number;
  recus: number;
  doublonsIgnores: number;
  lots: number;
  compteRendu: CompteRendu;
  envoyes: number;
  /** Wall-clock milliseconds of the chunks (the workers' phase), and of the whole night. */
  msLots: number;
  ms: number;
}

/**
 * One night: the facts of the day reach the inbox, the scheduler enqueues per tenant the dossiers to wake
 * (chunks of `taille`), the workers advance them; when all chunks are done, the senders empty the outbox
 * (their "sent" facts reach the inbox for the next night).
 */
export async function executerNuit(base: Base, file: File, p: Portefeuille, nuit: string, taille: number): Promise<BilanNuit> {
  const t0 = performance.now();
  const { ouverts, recus, doublonsIgnores } = await livrer(base, p, nuit);
  const lots: Lot[] = [];
  const ts = await tenants(base);
  for (const t of ts) lots.push(...(await planifier(base, t, nuit, taille)));
  const t1 = performance.now();
  const compteRendu = await file.lots(lots);
  const msLots = performance.now() - t1;
  // Two senders per tenant: they share the outbox through FOR UPDATE SKIP LOCKED.
  const envoyes = await file.envois(ts.flatMap((tenant) => [{ tenant, nuit }, { tenant, nuit }]));
  return { nuit, ouverts, recus, doublonsIgnores, lots: lots.length, compteRendu, envoyes, msLots, ms: performance.now() - t0 };
}

/** Resets the example's tables (a demo on a server starts from an empty portfolio). */
export async function reinitialiser(base: Base): Promise<void> {
  await base.script('DROP TABLE IF EXISTS journal_envoi, passage, action_sortante, evenement_entrant, dossier');
}

/** Every night of the portfolio, in order; `apres` is told each night's report. */
export async function executerNuits(
  base: Base,
  file: File,
  p: Portefeuille,
  nuits: readonly string[],
  taille: number,
  apres: (b: BilanNuit) => void = () => undefined,
): Promise<BilanNuit[]> {
  const r: BilanNuit[] = [];
  for (const nuit of nuits) {
    const b = await executerNuit(base, file, p, nuit, taille);
    apres(b);
    r.push(b);
  }
  return r;
}
