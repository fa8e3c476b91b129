import { Client } from 'pg';
import { adminDatabaseUrl, testDatabases } from './test-databases';

/**
 * Checks that PostgreSQL answers before any suite runs. Under CI a missing server fails the run
 * with a message naming it; locally the PostgreSQL half is skipped, loudly.
 */
export default async function globalSetup(): Promise<void> {
  process.env['DONDOC_TEST_RUN_ID'] = `${Date.now().toString(36)}_${process.pid}`;
  if (!testDatabases().includes('postgres')) return;
  const url = adminDatabaseUrl();
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const message = `PostgreSQL does not answer at ${redact(url)} (${(error as Error).message}). Start it, or set TEST_DATABASE_URL.`;
    if (process.env['CI'] === 'true') throw new Error(message);
    console.warn(`\n*** SKIPPING the PostgreSQL integration tests: ${message}\n`);
    process.env['TEST_DATABASES'] = testDatabases()
      .filter((kind) => kind !== 'postgres')
      .join(',');
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
