import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { MIGRATIONS } from '../schema/migrations';

/** What a backup file holds, as far as a restore needs to know. */
export interface DatabaseFileReport {
  file: string;
  bytes: number;
  /** Migrations applied in it, oldest first. */
  migrations: string[];
  /** Migrations this build knows that the file lacks; they run on the next start. */
  pending: number;
}

export class BackupRefusedError extends Error {}

/** Tables every Đôn Đốc database has had since its first migration. */
const CORE_TABLES = ['migrations', 'ward', 'unit', 'app_user', 'plan', 'task', 'task_event'];

export const KNOWN_MIGRATIONS: readonly string[] = MIGRATIONS.map(
  (Migration) => (new Migration() as { name?: string }).name ?? Migration.name,
);

/**
 * Whether a file is a sound Đôn Đốc database this build can run: SQLite's quick check passes, the
 * core tables are there, and every migration applied in it is one this build knows (a file from a
 * newer version is refused rather than half-understood).
 */
export function inspectDatabaseFile(file: string, shownAs = file): DatabaseFileReport {
  if (!existsSync(file)) throw new BackupRefusedError(`${shownAs} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new BackupRefusedError(`${shownAs} is not a SQLite database (${(error as Error).message})`);
  }
  try {
    let check: unknown;
    try {
      check = db.pragma('quick_check', { simple: true });
    } catch (error) {
      throw new BackupRefusedError(`${shownAs} is not a SQLite database (${(error as Error).message})`);
    }
    if (check !== 'ok') throw new BackupRefusedError(`${shownAs} is damaged: ${String(check)}`);
    const tables = new Set(
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[],
    );
    const missing = CORE_TABLES.filter((table) => !tables.has(table));
    if (missing.length) {
      throw new BackupRefusedError(`${shownAs} is not a Đôn Đốc database (no table ${missing.join(', ')})`);
    }
    const migrations = db.prepare(`SELECT name FROM migrations ORDER BY id`).pluck().all() as string[];
    const unknown = migrations.filter((name) => !KNOWN_MIGRATIONS.includes(name));
    if (unknown.length) {
      throw new BackupRefusedError(
        `${shownAs} was made by a newer version (unknown migrations: ${unknown.join(', ')}); restore it with that version`,
      );
    }
    return {
      file,
      bytes: statSync(file).size,
      migrations,
      pending: KNOWN_MIGRATIONS.length - migrations.length,
    };
  } finally {
    db.close();
  }
}

/**
 * Copies a live database into `target` (which must not exist yet), as one self-contained file: a
 * consistent snapshot even while the app writes. `VACUUM INTO` reads the database in one read
 * transaction, which in WAL mode never waits for writers nor makes them wait, so it finishes in a
 * time bounded by the database's size. (The online backup API copies in steps and starts over
 * whenever another connection writes between two steps: under steady writes it never finished.)
 */
export async function backupSqlite(source: Database.Database, target: string): Promise<DatabaseFileReport> {
  if (existsSync(target)) throw new BackupRefusedError(`${target} already exists; choose a new file name`);
  const partial = `${target}.partial-${process.pid}`;
  try {
    source.prepare('VACUUM INTO ?').run(partial);
    asSingleFile(partial);
    const report = inspectDatabaseFile(partial);
    syncFile(partial);
    renameSync(partial, target);
    return { ...report, file: target };
  } finally {
    removeWithSidecars(partial);
  }
}

/**
 * Replaces the database file with a backup: the backup is checked, copied beside the database and
 * renamed over it in one step; the replaced file is kept as `<file>.before-restore-<time>`.
 * Refused while any other connection (a running app, another CLI) has the database open.
 */
export function restoreSqlite(
  databaseFile: string,
  backupFile: string,
  now: Date,
): DatabaseFileReport & { previous: string | null } {
  if (!existsSync(backupFile)) throw new BackupRefusedError(`${backupFile} does not exist`);
  const incoming = `${databaseFile}.restore-${process.pid}`;
  try {
    // Checked as a copy, so the backup itself is never opened for writing.
    copyFileSync(backupFile, incoming);
    const report = inspectDatabaseFile(incoming, backupFile);
    asSingleFile(incoming);
    syncFile(incoming);
    if (existsSync(databaseFile)) assertNobodyHolds(databaseFile);
    let previous: string | null = null;
    if (existsSync(databaseFile)) {
      previous = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      linkSync(databaseFile, previous);
    }
    // A stale WAL beside the new file would be replayed into it: gone before the swap.
    removeSidecars(databaseFile);
    renameSync(incoming, databaseFile);
    return { ...report, file: databaseFile, previous };
  } finally {
    removeWithSidecars(incoming);
  }
}

/**
 * Leaving WAL mode needs the only connection to the database: SQLite answers SQLITE_BUSY while any
 * other is open. On success the WAL is checkpointed into the file and removed.
 */
function assertNobodyHolds(databaseFile: string): void {
  const db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  try {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw busy();
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw busy();
    throw error;
  } finally {
    db.close();
  }
}

function busy(): BackupRefusedError {
  return new BackupRefusedError(
    'the database is open in another process (the running app?): stop it, then restore',
  );
}

/** Rollback-journal mode: the file alone is the whole database, with no -wal or -shm beside it. */
function asSingleFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function syncFile(file: string): void {
  const descriptor = openSync(file, 'r+');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function removeSidecars(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

function removeWithSidecars(file: string): void {
  rmSync(file, { force: true });
  removeSidecars(file);
}
