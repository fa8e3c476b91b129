import type { DatabaseKind } from '../app/database/data-source-options';

/** Which databases the integration tier runs against; global setup narrows it when one is absent. */
export function testDatabases(): DatabaseKind[] {
  const names = (process.env['TEST_DATABASES'] ?? 'sqlite,postgres').split(',').map((name) => name.trim());
  return names.filter((name): name is DatabaseKind => name === 'sqlite' || name === 'postgres');
}

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function adminDatabaseUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? DEFAULT_TEST_DATABASE_URL;
}

/** Every database this run creates starts with this prefix, so teardown can find and drop them all. */
export function runDatabasePrefix(): string {
  const runId = process.env['DONDOC_TEST_RUN_ID'];
  if (!runId)
    throw new Error('DONDOC_TEST_RUN_ID is not set: run integration tests through their jest config');
  return `dondoc_it_${runId}`;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
