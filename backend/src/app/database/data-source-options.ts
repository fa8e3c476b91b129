import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSourceOptions, MixedList } from 'typeorm';
import type { Env } from '../config/env';

export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind(env: Pick<Env, 'DATABASE_URL'>): DatabaseKind {
  return env.DATABASE_URL ? 'postgres' : 'sqlite';
}

/** What the app above says the database holds: the platform knows no context's tables. */
export interface SchemaParts {
  /** Empty inside the Nest app, where each context registers its own (autoLoadEntities). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
}

/**
 * One schema, two engines: the same entities and the same migration classes serve the embedded
 * SQLite file and PostgreSQL. Durability is never traded for speed (WAL + synchronous FULL).
 */
export function databaseOptions(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>,
  schema: SchemaParts,
): DataSourceOptions {
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (env.DATABASE_URL) {
    return {
      ...common,
      type: 'postgres',
      url: env.DATABASE_URL,
      poolSize: env.DATABASE_POOL_SIZE,
      extra: { options: '-c synchronous_commit=on' },
    };
  }
  const dir = resolve(env.DATA_DIR);
  mkdirSync(dir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: resolve(dir, 'dondoc.sqlite'),
    enableWAL: true,
    // TypeORM keeps 100 prepared statements, first in first out: the app's reads and writes are
    // more than that, and a hot statement pushed out is prepared again on its next use.
    statementCacheSize: 1000,
    prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  };
}
