import { Client } from 'pg';
import { adminDatabaseUrl, runDatabasePrefix, testDatabases } from './test-databases';

/** Drops every database this run created. */
export default async function globalTeardown(): Promise<void> {
  if (!testDatabases().includes('postgres')) return;
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${runDatabasePrefix()}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
