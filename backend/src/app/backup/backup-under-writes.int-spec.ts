import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { testDatabases } from '../../testing/test-databases';
import { loadEnv } from '../config/env';
import { dataSourceOptions } from '../schema/data-source-options';
import { backupSqlite, inspectDatabaseFile } from './sqlite-files';

/** More writes than any backup of this database needs time for; the writer stops there at the latest. */
const WRITE_CAP = 60_000;

/**
 * Another connection (the running app) writing one small transaction after another, counting its
 * commits into shared memory, until it is told to stop or reaches the cap.
 */
const WRITER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO burst (n, body) VALUES (?, ?)');
const counters = new Int32Array(workerData.counters);
for (let n = 1; n <= workerData.cap && Atomics.load(counters, 1) === 0; n++) {
  insert.run(n, 'x'.repeat(200));
  Atomics.store(counters, 0, n);
}
Atomics.store(counters, 2, 1);
db.close();
`;

const sqliteOnly = testDatabases().includes('sqlite') ? describe : describe.skip;

sqliteOnly('SQLite backup under steady writes', () => {
  let database: TestDatabase;
  let folder: string;
  let file: string;

  beforeAll(async () => {
    database = await freshDatabase('sqlite');
    folder = mkdtempSync(join(tmpdir(), 'dondoc-backup-writes-'));
    const migrated = new DataSource(dataSourceOptions(loadEnv(database.env)));
    await migrated.initialize();
    await migrated.runMigrations();
    file = String(migrated.options.database);
    await migrated.destroy();
    const db = new Database(file);
    db.exec('CREATE TABLE burst (n INTEGER NOT NULL, body TEXT NOT NULL)');
    // Twenty megabytes, so that a stepwise copy needs many steps for writes to land between.
    const fill = db.prepare('INSERT INTO burst (n, body) VALUES (0, ?)');
    db.transaction(() => {
      for (let row = 0; row < 20_000; row++) fill.run('y'.repeat(1000));
    })();
    db.close();
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finishes while another connection keeps writing, with a consistent copy', async () => {
    const counters = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const writer = new Worker(WRITER, {
      eval: true,
      workerData: {
        file,
        driver: require.resolve('better-sqlite3'),
        cap: WRITE_CAP,
        counters: counters.buffer,
      },
    });
    const writerExit = new Promise((resolve) => writer.once('exit', resolve));
    const written = () => Atomics.load(counters, 0);
    const writerFinished = () => Atomics.load(counters, 2) === 1;
    const waitFor = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
    };

    await waitFor(() => written() >= 200);
    const source = new Database(file, { fileMustExist: true });
    let report;
    try {
      report = await backupSqlite(source, join(folder, 'giua-luc-ghi.sqlite'));
    } finally {
      source.close();
    }
    const writtenWhenDone = written();
    const finishedBeforeBackup = writerFinished();
    // The writer counts on after the backup: the backup did not wait for the writes to stop.
    await waitFor(() => written() > writtenWhenDone + 100 || writerFinished());
    Atomics.store(counters, 1, 1);
    await writerExit;

    expect(finishedBeforeBackup).toBe(false);
    expect(written()).toBeGreaterThan(writtenWhenDone);
    expect(writtenWhenDone).toBeLessThan(WRITE_CAP);
    const copy = new Database(report.file, { readonly: true, fileMustExist: true });
    try {
      const burst = copy.prepare('SELECT count(*) FROM burst WHERE n > 0').pluck().get() as number;
      expect(burst).toBeGreaterThanOrEqual(200);
      expect(burst).toBeLessThanOrEqual(writtenWhenDone);
    } finally {
      copy.close();
    }
    expect(inspectDatabaseFile(report.file).pending).toBe(0);
  });
});
