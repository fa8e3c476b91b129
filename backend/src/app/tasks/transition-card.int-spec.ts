import type { ApiErrorBody, CardDto, TaskDetailDto, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { newId } from '../common/ids';
import { UnitEntity } from '../org/entities/unit.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const SUBMIT = { event: 'SUBMIT', expectedVersion: 1, payload: { deliverableRef: 'ke-hoach.docx' } };

/**
 * A move answers with a card drawn from what its transaction read once (the row, the plan's
 * units, the unit links, the children's progress) and unit codes kept per process: it must be
 * the card a fresh read draws, also for a unit created after the codes were first read.
 */
describeEachDatabase('the card a move answers with', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let lead: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 4 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    const [parent, child, approvedChild] = fixture.tasks;
    const manager = testApp.dataSource.manager;
    await manager.update(TaskEntity, { id: child.id }, { parentId: parent.id });
    await manager.update(TaskEntity, { id: approvedChild.id }, { parentId: parent.id, column: 'approved' });
    await manager.insert(TaskUnitEntity, {
      taskId: parent.id,
      unitId: fixture.units.CA.id,
      role: 'cooperator',
      wardId: fixture.ward.id,
    });
  });

  afterAll(() => testApp.close());

  const freshCard = async (taskId: string): Promise<CardDto> => {
    const detail = await leader.get<TaskDetailDto>(API.task(taskId));
    expect(detail.status).toBe(200);
    return detail.body.card;
  };

  it('equals a fresh read, with its children and every cooperating unit', async () => {
    const parent = fixture.tasks[0];
    const answer = await lead.post<TransitionResponse>(API.transitions(parent.id), SUBMIT);
    expect(answer.status).toBe(200);
    expect(answer.body.card).toEqual(await freshCard(parent.id));
    expect(answer.body.card).toMatchObject({
      version: 2,
      column: 'submitted',
      leadUnitCode: 'PVHCC',
      childCount: 2,
      childApprovedCount: 1,
      lastEventId: answer.body.event.id,
    });
    expect([...answer.body.card.cooperatorUnitCodes].sort()).toEqual(['CA', 'KTHT']);
    expect(answer.body.event.actor.unitCode).toBe('PVHCC');
  });

  it('names a unit created after the ward’s codes were first read', async () => {
    const task = fixture.tasks[3];
    const unit: UnitEntity = Object.assign(new UnitEntity(), {
      id: newId(),
      wardId: fixture.ward.id,
      code: 'MOI',
      name: 'Đơn vị mới thành lập',
      aliases: [],
      createdAt: new Date().toISOString(),
    });
    await testApp.dataSource.manager.insert(UnitEntity, unit);
    await testApp.dataSource.manager.insert(TaskUnitEntity, {
      taskId: task.id,
      unitId: unit.id,
      role: 'cooperator',
      wardId: fixture.ward.id,
    });
    const answer = await lead.post<TransitionResponse>(API.transitions(task.id), SUBMIT);
    expect(answer.status).toBe(200);
    expect([...answer.body.card.cooperatorUnitCodes].sort()).toEqual(['KTHT', 'MOI']);
    expect(answer.body.card).toEqual(await freshCard(task.id));
  });

  it('refuses a stale version with the task as it is now', async () => {
    const parent = fixture.tasks[0];
    const answer = await lead.post<ApiErrorBody & { current: CardDto }>(API.transitions(parent.id), SUBMIT);
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('VERSION_CONFLICT');
    // The refusal's card names the task's last event, as a fresh read does.
    const fresh = await freshCard(parent.id);
    expect(fresh.lastEventId).not.toBeNull();
    expect(answer.body.current).toEqual(fresh);
  });

  it('answers 404 for a task id no ward has', async () => {
    const answer = await lead.post<ApiErrorBody>(API.transitions(newId()), SUBMIT);
    expect(answer.status).toBe(404);
  });
});
