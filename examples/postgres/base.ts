// One interface over the two databases of the example: PGlite (PostgreSQL compiled to WebAssembly, in
// process, no server) and a real server through a `pg` pool. The worker code only sees `Base`.
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** Runs one statement (numbered parameters `$1`…); dates are selected as `::text` by the callers. */
export interface Requeteur {
  requete<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<{ rows: T[]; nombre: number }>;
}

/** A database: statements, transactions (all or nothing), a script, closing. */
export interface Base extends Requeteur {
  /** Runs `fn` in one transaction: COMMIT when it returns, ROLLBACK when it throws (and rethrows). */
  transaction<T>(fn: (tx: Requeteur) => Promise<T>): Promise<T>;
  script(sql: string): Promise<void>;
  fermer(): Promise<void>;
  readonly genre: 'pglite' | 'postgres';
}

/** The schema (examples/postgres/schema.sql), idempotent (`IF NOT EXISTS`). */
export const SCHEMA = readFileSync(new URL('./schema.sql', import.meta.url), 'utf8');

/** An in-process PGlite database (in memory). */
export async function basePglite(): Promise<Base> {
  const db = await PGlite.create();
  const requeteur = (q: Pick<PGlite, 'query'>): Requeteur => ({
    async requete<T>(sql: string, params: readonly unknown[] = []) {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, nombre: r.affectedRows ?? r.rows.length };
    },
  });
  return {
    genre: 'pglite',
    ...requeteur(db),
    transaction: (fn) => db.transaction((tx) => fn(requeteur(tx))),
    async script(sql) {
      await db.exec(sql);
    },
    fermer: () => db.close(),
  };
}

/** A real PostgreSQL server (15 and later) through a `pg` pool. */
export function basePostgres(url: string, max = 4): Base {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection closed by the server (restart, shutdown) is dropped by the pool; the next query
  // opens a new one, or fails there with the server's error.
  pool.on('error', () => undefined);
  const requeteur = (c: pg.Pool | pg.PoolClient): Requeteur => ({
    async requete<T>(sql: string, params: readonly unknown[] = []) {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as T[], nombre: r.rowCount ?? 0 };
    },
  });
  return {
    genre: 'postgres',
    ...requeteur(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const r = await fn(requeteur(client));
        await client.query('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async script(sql) {
      await pool.query(sql);
    },
    fermer: () => pool.end(),
  };
}
