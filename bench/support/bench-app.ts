import { type BuiltApp, startBuiltApp } from '@dondoc/test-support';
import { type BenchDb, createPostgresDatabase, openPostgres, openSqlite } from './bench-db';

const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * The built app on a fresh database of the given kind (a throwaway PostgreSQL database, or the
 * app's own SQLite file), with a driver connection beside it for set-up and baselines; both are
 * closed and the database dropped when `work` ends. Documents may be submitted with a written
 * reference instead of a file (DELIVERABLE_FILES_REQUIRED=false); `env` adds to the app's environment.
 */
export async function withBenchApp<T>(
  kind: 'sqlite' | 'postgres',
  /** `location`: the PostgreSQL database's URL, or the folder of the SQLite file. */
  work: (app: BuiltApp, db: BenchDb, location: string) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const database =
    kind === 'postgres' ? await createPostgresDatabase(ADMIN_URL, `dondoc_bench_${process.pid}`) : null;
  const app = await startBuiltApp({
    ...(database ? { DATABASE_URL: database.url } : {}),
    // Benchmarks submit documents with a written reference (số, ký hiệu) instead of uploading files.
    DELIVERABLE_FILES_REQUIRED: 'false',
    ...env,
  });
  const db = database ? openPostgres(database.url) : openSqlite(app.dataDir);
  try {
    return await work(app, db, database?.url ?? app.dataDir);
  } finally {
    await db.close();
    await app.stop();
    await database?.drop();
  }
}
