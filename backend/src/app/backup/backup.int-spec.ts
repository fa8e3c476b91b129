import { API } from '@dondoc/contracts';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { FIXTURE_PASSWORD, createFixture, type Fixture } from '../../testing/fixtures';
import { freshDatabase, startTestApp, type TestApp, type TestDatabase } from '../../testing/test-app';
import { loadEnv } from '../config/env';
import { WardEntity } from '../org/entities/ward.entity';
import { dataSourceOptions } from '../schema/data-source-options';
import { TaskEntity } from '../task-model/entities/task.entity';
import { BackupRefusedError, backupCommand, restoreCommand } from './backup-commands';

/** A connection like the CLI's own: a separate process's view of the same database. */
async function cliConnection(database: TestDatabase): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(loadEnv(database.env)));
  await dataSource.initialize();
  return dataSource;
}

describeEachDatabase('backup and restore', (kind) => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    folder = mkdtempSync(join(tmpdir(), 'dondoc-backups-'));
  });

  afterAll(async () => {
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  if (kind === 'postgres') {
    it('points to pg_dump and pg_restore on PostgreSQL', async () => {
      const cli = await cliConnection(database);
      try {
        await expect(backupCommand(cli, join(folder, 'x.sqlite'))).rejects.toThrow(
          /pg_dump.*DEVELOPMENT\.md/,
        );
        await expect(restoreCommand(cli, join(folder, 'x.sqlite'))).rejects.toThrow(BackupRefusedError);
      } finally {
        await cli.destroy();
      }
    });
    return;
  }

  let testApp: TestApp;
  let fixture: Fixture;
  /** A ward created after the backup: there until the restore. */
  let laterWardId: string;
  const backupFile = () => join(folder, 'truoc-khi-trinh.sqlite');

  it('backs up while the app runs and writes, into one consistent file', async () => {
    testApp = await startTestApp(kind, {}, { database });
    fixture = await createFixture(testApp.dataSource);
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const cli = await cliConnection(database);
    try {
      const [report, moved] = await Promise.all([
        backupCommand(cli, backupFile()),
        lead.post(API.transitions(fixture.tasks[1].id), {
          event: 'SUBMIT',
          expectedVersion: 1,
          payload: { deliverableRef: 'KH-02.pdf' },
        }),
      ]);
      expect(moved.status).toBe(200);
      expect(report.migrations.length).toBeGreaterThan(0);
      expect(report.pending).toBe(0);
      await expect(backupCommand(cli, backupFile())).rejects.toThrow(/already exists/);
    } finally {
      await cli.destroy();
    }
    expect(readdirSync(folder)).toEqual(['truoc-khi-trinh.sqlite']);
    const copy = new Database(backupFile(), { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) FROM task WHERE ward_id = ?').pluck().get(fixture.ward.id)).toBe(3);
    // Before or after the move, never half of it: the row's version counts its events.
    const moving = copy
      .prepare(
        'SELECT version, (SELECT COUNT(*) FROM task_event WHERE task_id = task.id) AS events FROM task WHERE id = ?',
      )
      .get(fixture.tasks[1].id) as { version: number; events: number };
    expect(moving.version).toBe(moving.events + 1);
    copy.close();
  });

  it('refuses to restore while the app holds the database, and changes nothing', async () => {
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const moved = await lead.post(API.transitions(fixture.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'KH-01.pdf' },
    });
    expect(moved.status).toBe(200);
    laterWardId = (await createFixture(testApp.dataSource)).ward.id;

    const cli = await cliConnection(database);
    try {
      await expect(restoreCommand(cli, backupFile())).rejects.toThrow(/open in another process/);
    } finally {
      await cli.destroy();
    }
    expect(await testApp.dataSource.getRepository(WardEntity).existsBy({ id: laterWardId })).toBe(true);
  });

  it('refuses a file that is not a Đôn Đốc database this version knows', async () => {
    await testApp.close();
    const notSqlite = join(folder, 'ghi-chu.txt');
    writeFileSync(notSqlite, 'không phải cơ sở dữ liệu');
    const otherSqlite = join(folder, 'khac.sqlite');
    new Database(otherSqlite).exec('CREATE TABLE ghi_chu (noi_dung TEXT)').close();
    const newer = join(folder, 'ban-moi-hon.sqlite');
    const source = new Database(backupFile(), { readonly: true });
    await source.backup(newer);
    source.close();
    new Database(newer)
      .exec(`INSERT INTO migrations (timestamp, name) VALUES (9999999999999, 'Future9999999999999')`)
      .close();

    const cli = await cliConnection(database);
    try {
      await expect(restoreCommand(cli, notSqlite)).rejects.toThrow(/not a SQLite database/);
      await expect(restoreCommand(cli, otherSqlite)).rejects.toThrow(/not a Đôn Đốc database/);
      await expect(restoreCommand(cli, newer)).rejects.toThrow(/newer version.*Future9999999999999/);
      await expect(restoreCommand(cli, join(folder, 'khong-co.sqlite'))).rejects.toThrow(/does not exist/);
      expect(await cli.getRepository(WardEntity).existsBy({ id: laterWardId })).toBe(true);
    } finally {
      await cli.destroy();
    }
  });

  it('restores the backup once the app is stopped, keeping the replaced file, and the app starts on it', async () => {
    const cli = await cliConnection(database);
    let previous: string | null;
    try {
      ({ previous } = await restoreCommand(cli, backupFile(), new Date('2026-11-25T08:00:00Z')));
      expect(await cli.getRepository(WardEntity).existsBy({ id: laterWardId })).toBe(false);
      expect(await cli.getRepository(WardEntity).existsBy({ id: fixture.ward.id })).toBe(true);
    } finally {
      await cli.destroy();
    }
    expect(previous).toMatch(/dondoc\.sqlite\.before-restore-2026-11-25T08-00-00-000Z$/);
    const replaced = new Database(previous as string, { readonly: true });
    expect(replaced.prepare('SELECT COUNT(*) FROM ward WHERE id = ?').pluck().get(laterWardId)).toBe(1);
    replaced.close();

    const restarted = await startTestApp(kind, {}, { database });
    try {
      const task = await restarted.dataSource
        .getRepository(TaskEntity)
        .findOneByOrFail({ id: fixture.tasks[0].id });
      expect({ state: task.state, version: task.version }).toEqual({ state: 'draft', version: 1 });
      const lead = await ApiClient.login(restarted.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
      expect((await lead.get(API.task(fixture.tasks[0].id))).status).toBe(200);
    } finally {
      await restarted.close();
    }
  });
});
