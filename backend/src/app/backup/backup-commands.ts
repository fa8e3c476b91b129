import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { BackupRefusedError, backupSqlite, type DatabaseFileReport, restoreSqlite } from './sqlite-files';

const POSTGRES_HELP =
  'On PostgreSQL, back up and restore with pg_dump and pg_restore; the commands are in DEVELOPMENT.md ("Backup and restore").';

/** `cli.js backup <file>`: a consistent copy of the SQLite database, safe while the app runs. */
export async function backupCommand(
  dataSource: DataSource,
  target: string | undefined,
): Promise<DatabaseFileReport> {
  const file = requireFile(target, 'backup');
  if (dataSource.options.type !== 'better-sqlite3') throw new BackupRefusedError(POSTGRES_HELP);
  const connection = (dataSource.driver as unknown as { databaseConnection: Database.Database })
    .databaseConnection;
  return backupSqlite(connection, file);
}

/**
 * `cli.js restore <file>`: replaces the SQLite database with a checked backup. Closes this
 * command's own connection first and opens it again on the restored file.
 */
export async function restoreCommand(
  dataSource: DataSource,
  source: string | undefined,
  now = new Date(),
): Promise<DatabaseFileReport & { previous: string | null }> {
  const file = requireFile(source, 'restore');
  if (dataSource.options.type !== 'better-sqlite3') throw new BackupRefusedError(POSTGRES_HELP);
  const databaseFile = String(dataSource.options.database);
  await dataSource.destroy();
  try {
    return restoreSqlite(databaseFile, file, now);
  } finally {
    await dataSource.initialize();
  }
}

function requireFile(file: string | undefined, command: string): string {
  if (!file) throw new BackupRefusedError(`name the backup file: node dist/backend/cli.js ${command} <file>`);
  return resolve(file);
}

export { BackupRefusedError };
