import type { TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { Client } from 'pg';
import { ApiClient } from '../../testing/api-client';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { freshDatabase, startTestApp, type TestApp, type TestDatabase } from '../../testing/test-app';
import { adminDatabaseUrl, testDatabases } from '../../testing/test-databases';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { AppRoleError, grantAppRole } from './app-role';

const onPostgres = testDatabases().includes('postgres');
if (!onPostgres)
  console.warn('\n*** SKIPPING the application role tests: PostgreSQL is not part of this run\n');

/**
 * The application connects as a role of its own, granted by `cli.js grant-app-role`: it runs the
 * whole app, and cannot rewrite the event log even if the application's code wanted to.
 */
(onPostgres ? describe : describe.skip)('the application role on PostgreSQL', () => {
  const role = `dondoc_app_${process.pid}_${Date.now().toString(36)}`;
  let database: TestDatabase;
  let owner: TestApp;
  let asRole: TestApp;
  let fixture: Fixture;
  let granted: string[];

  const admin = async <T>(work: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: adminDatabaseUrl() });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    // The owner migrates; the role only ever runs the app.
    owner = await startTestApp('postgres', {}, { database });
    fixture = await createFixture(owner.dataSource, { taskCount: 2 });
    await admin((client) => client.query(`CREATE ROLE ${role} LOGIN`));
    granted = await grantAppRole(owner.dataSource, role);
    const roleUrl = new URL(database.env['DATABASE_URL']);
    roleUrl.username = role;
    asRole = await startTestApp('postgres', { DATABASE_URL: roleUrl.toString() }, { database });
  });

  afterAll(async () => {
    await asRole?.close();
    await owner?.close();
    await database?.drop();
    await admin((client) => client.query(`DROP ROLE IF EXISTS ${role}`));
  });

  it('grants every table but only SELECT and INSERT on the event log', () => {
    expect(granted).toContain(
      `REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "public".task_event FROM ${role}`,
    );
  });

  it('runs the application: people sign in and move tasks, and the log grows', async () => {
    expect(await asRole.dataSource.query('SELECT current_user AS who')).toEqual([{ who: role }]);
    const lead = await ApiClient.login(asRole.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const moved = await lead.post<TransitionResponse>(API.transitions(fixture.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'ke-hoach.docx' },
    });
    expect(moved.status).toBe(200);
    const event = await asRole.dataSource.manager.findOneByOrFail(TaskEventEntity, {
      id: Number(moved.body.event.id),
    });
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot update, delete or truncate an event, nor touch the migrations', async () => {
    const [{ id }] = (await asRole.dataSource.query('SELECT MIN(id) AS id FROM task_event')) as {
      id: number;
    }[];
    const refusals = [
      ['UPDATE task_event SET comment = $1 WHERE id = $2', ['sửa lịch sử', id]],
      ['DELETE FROM task_event WHERE id = $1', [id]],
      ['TRUNCATE task_event', []],
      ['DELETE FROM migrations', []],
    ] as const;
    for (const [sql, parameters] of refusals) {
      await expect(asRole.dataSource.query(sql, [...parameters])).rejects.toThrow(/permission denied/);
    }
    expect(await asRole.dataSource.manager.count(TaskEventEntity)).toBe(1);
  });

  it('names what is wrong with a role it cannot grant', async () => {
    await expect(grantAppRole(owner.dataSource, 'no_such_role_anywhere')).rejects.toThrow(
      new AppRoleError(
        "role no_such_role_anywhere does not exist: CREATE ROLE no_such_role_anywhere LOGIN PASSWORD '…' first",
      ),
    );
    await expect(grantAppRole(owner.dataSource, 'app"; DROP TABLE task_event; --')).rejects.toThrow(
      AppRoleError,
    );
  });
});
