import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { Clock } from '../app/common/clock';
import { loadEnv } from '../app/config/env';
import { createApp } from '../app/create-app';
import type { DatabaseKind } from '../app/database/data-source-options';
import { adminDatabaseUrl, runDatabasePrefix, withDatabase } from './test-databases';

export interface TestApp {
  kind: DatabaseKind;
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  /** The app's database, to start another app on it (a restart, a second process). */
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

export interface TestAppOptions {
  /** The app's clock (AppOptions.clock); the system clock when absent. */
  clock?: Clock;
  /** An existing database, e.g. another TestApp's: left in place when this app closes. */
  database?: TestDatabase;
  /** A built frontend to serve at / (AppOptions.frontendDist); none when absent. */
  frontendDist?: string;
}

let counter = 0;

/** A fresh database of the given kind, with only the migrations applied. */
export async function freshDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-it-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (kind === 'sqlite') return { env: { DATA_DIR: dataDir }, drop: removeDir };
  const name = `${runDatabasePrefix()}_${process.pid}_${++counter}`;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: withDatabase(adminDatabaseUrl(), name) },
    drop: async () => {
      await removeDir();
      const client = new Client({ connectionString: adminDatabaseUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The real application, listening on a free loopback port, on a fresh database unless given one. */
export async function startTestApp(
  kind: DatabaseKind,
  extraEnv: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = options.database ?? (await freshDatabase(kind));
  const env = loadEnv({
    JWT_SECRET: 'integration-tests-secret-0123456789',
    SEED_DEMO_DATA: 'false',
    // Outside demo mode every fresh database gets its first admin: a known password keeps the
    // generated one (and its banner) out of every suite's output.
    ADMIN_PASSWORD: 'integration-tests-admin-password',
    SCHEDULER_ENABLED: 'false',
    // Suites that move the app's clock by days keep their sign-ins; the session suites set the
    // production lifetime themselves.
    ACCESS_TOKEN_TTL: '365d',
    // Suites about moves submit with a written reference; the deliverables suite requires files.
    DELIVERABLE_FILES_REQUIRED: 'false',
    LOG_LEVEL: 'error',
    ...database.env,
    ...extraEnv,
  });
  const app = await createApp({
    env,
    frontendDist: options.frontendDist ?? null,
    logger: false,
    clock: options.clock,
  });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    kind,
    app,
    url,
    dataSource: app.get(DataSource),
    database,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
