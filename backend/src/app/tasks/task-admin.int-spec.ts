import type { ApiErrorBody, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyDatabaseLog } from '../audit/log-verification';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

describeEachDatabase('corrections to imported tasks', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  const clients = {} as Record<Seat, ApiClient>;
  type Answer = TransitionResponse & ApiErrorBody;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 3 });
    for (const seat of ['leadStaff', 'approver', 'admin', 'leader'] as Seat[]) {
      clients[seat] = await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD);
    }
    // Task 1 was written with two leads, as rows of the real plans are.
    const manager = testApp.dataSource.manager;
    await manager.update(
      TaskEntity,
      { id: fixture.tasks[0].id },
      { leadUnitId: null, needsPrimaryLead: true },
    );
    await manager.insert(TaskUnitEntity, {
      taskId: fixture.tasks[0].id,
      unitId: fixture.units.VHXH.id,
      role: 'lead',
      wardId: fixture.ward.id,
    });
  });

  afterAll(() => testApp.close());

  const choose = (seat: Seat, unitId: string, expectedVersion = 1) =>
    clients[seat].post<Answer>(`${API.task(fixture.tasks[0].id)}/primary-lead`, { unitId, expectedVersion });

  it('lets neither the lead unit nor leadership pick the primary lead', async () => {
    expect((await choose('leadStaff', fixture.units.PVHCC.id)).status).toBe(403);
    expect((await choose('leader', fixture.units.PVHCC.id)).status).toBe(403);
  });

  it('refuses a unit the plan did not name as a lead', async () => {
    const answer = await choose('approver', fixture.units.CA.id);
    expect(answer).toMatchObject({ status: 400, body: { code: 'INVALID_PAYLOAD' } });
  });

  it('makes the approver’s pick the lead and the other leads cooperators, once', async () => {
    const answer = await choose('approver', fixture.units.VHXH.id);
    expect(answer.status).toBe(200);
    expect(answer.body.card).toMatchObject({ leadUnitCode: 'VHXH', needsPrimaryLead: false, version: 2 });
    expect(answer.body.card.cooperatorUnitCodes.sort()).toEqual(['KTHT', 'PVHCC']);
    expect((await choose('admin', fixture.units.PVHCC.id, 2)).status).toBe(422);
  });

  it('lets an admin retype a task nothing has happened to, and only then', async () => {
    const retype = (expectedVersion: number, type = 'target') =>
      clients.admin.post<Answer>(`${API.task(fixture.tasks[1].id)}/type`, { type, expectedVersion });
    expect(
      (
        await clients.approver.post(`${API.task(fixture.tasks[1].id)}/type`, {
          type: 'target',
          expectedVersion: 1,
        })
      ).status,
    ).toBe(403);
    expect((await retype(1, 'rocket')).status).toBe(400);
    const answer = await retype(1);
    expect(answer.body.card).toMatchObject({ type: 'target', column: 'draft', version: 2 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const submitted = await lead.post<Answer>(API.transitions(fixture.tasks[1].id), {
      event: 'SUBMIT_VALUE',
      expectedVersion: 2,
      payload: { measuredValue: 70, evidence: 'Báo cáo 12/BC' },
    });
    expect(submitted.status).toBe(200);
    expect((await retype(3, 'document')).status).toBe(422);
  });

  it('keeps every log foldable with the corrections in it', async () => {
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
  });
});
