import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Client, Pool } from 'pg';

/** The same SQL (with `?` placeholders) on SQLite or PostgreSQL, for set-up and driver baselines. */
export interface BenchDb {
  kind: 'sqlite' | 'postgres';
  run(sql: string, params?: unknown[]): Promise<void>;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` in one transaction on one connection. */
  transaction(work: (tx: Pick<BenchDb, 'run' | 'all'>) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** `?` placeholders as PostgreSQL's numbered ones. */
export const toPg = (sql: string) => {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
};

export function openSqlite(dataDir: string): BenchDb {
  const db = new Database(join(dataDir, 'dondoc.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const self: BenchDb = {
    kind: 'sqlite',
    run: async (sql, params = []) => void prepared(sql).run(...(params as unknown[])),
    all: async <T>(sql: string, params: unknown[] = []) => prepared(sql).all(...(params as unknown[])) as T[],
    // One connection, one writer: lanes queue for the transaction as the backend's do.
    transaction: (work) => {
      const next = queue.then(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          await work(self);
          db.exec('COMMIT');
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => void db.close(),
  };
  return self;
}

export function openPostgres(url: string, connections = 8): BenchDb {
  const pool = new Pool({ connectionString: url, max: connections });
  const on = (client: Pick<Pool, 'query'>): Pick<BenchDb, 'run' | 'all'> => ({
    run: async (sql, params = []) => void (await client.query(toPg(sql), params)),
    all: async <T>(sql: string, params: unknown[] = []) =>
      (await client.query(toPg(sql), params)).rows as T[],
  });
  return {
    kind: 'postgres',
    ...on(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await work(on(client));
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A throwaway PostgreSQL database for one benchmark run, dropped by the returned function. */
export async function createPostgresDatabase(
  adminUrl: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
