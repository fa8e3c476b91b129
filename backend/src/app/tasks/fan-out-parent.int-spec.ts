import type { ApiErrorBody, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { VALID_PAYLOADS } from '@dondoc/workflows';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyDatabaseLog } from '../audit/log-verification';
import { OutboxEntity } from '../outbox/outbox.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

/**
 * A task led by a group fans out into one child per unit; the parent is done when its children
 * are: approved once each is approved or cancelled (one at least approved), cancelled when all
 * are. The engine sends CHILDREN_DONE in the transaction of the last child's move.
 */
describeEachDatabase('a fan-out parent finishes with its children', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  const clients = new Map<Seat, ApiClient>();

  const as = async (seat: Seat) => {
    let client = clients.get(seat);
    if (!client) {
      client = await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD);
      clients.set(seat, client);
    }
    return client;
  };

  async function move(seat: Seat, taskId: string, event: keyof typeof VALID_PAYLOADS): Promise<void> {
    const row = await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: taskId });
    const answer = await (
      await as(seat)
    ).post<TransitionResponse & ApiErrorBody>(API.transitions(taskId), {
      event,
      expectedVersion: row.version,
      payload: VALID_PAYLOADS[event],
    });
    if (answer.status !== 200)
      throw new Error(`${event} answered ${answer.status} ${JSON.stringify(answer.body)}`);
  }

  const approve = async (taskId: string) => {
    await move('leadStaff', taskId, 'SUBMIT');
    await move('reviewer', taskId, 'REVIEW');
    await move('approver', taskId, 'APPROVE');
  };

  /** Tasks 0 and 3 are parents; 1, 2 children of 0; 4, 5 children of 3. */
  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 6 });
    const manager = testApp.dataSource.manager;
    for (const [child, parent] of [
      [1, 0],
      [2, 0],
      [4, 3],
      [5, 3],
    ])
      await manager.update(
        TaskEntity,
        { id: fixture.tasks[child].id },
        { parentId: fixture.tasks[parent].id },
      );
  });

  afterAll(() => testApp.close());

  const row = (index: number) =>
    testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: fixture.tasks[index].id });
  const eventsOf = (index: number) =>
    testApp.dataSource.manager.find(TaskEventEntity, {
      where: { taskId: fixture.tasks[index].id },
      order: { id: 'ASC' },
    });

  it('stays open while a child is open, and is approved by the engine when the last child is cancelled', async () => {
    await approve(fixture.tasks[1].id);
    expect((await row(0)).column).toBe('draft');
    expect(await eventsOf(0)).toEqual([]);

    await move('approver', fixture.tasks[2].id, 'CANCEL');
    const parent = await row(0);
    expect(parent).toMatchObject({ column: 'approved', version: 2 });
    const [done] = await eventsOf(0);
    expect(done).toMatchObject({
      event: 'CHILDREN_DONE',
      actorId: null,
      actorName: 'Hệ thống',
      fromState: 'draft',
      toState: parent.state,
    });
    expect(done.payload).toMatchObject({ children: { total: 2, approved: 1, cancelled: 1 } });
    const staged = await testApp.dataSource.manager.findOneBy(OutboxEntity, { eventId: Number(done.id) });
    expect(JSON.parse(staged?.payload ?? '{}')).toMatchObject({
      card: { id: parent.id, column: 'approved' },
    });
  });

  it('is cancelled, saying why, when every child is cancelled', async () => {
    await move('approver', fixture.tasks[4].id, 'CANCEL');
    expect((await row(3)).column).toBe('draft');
    await move('approver', fixture.tasks[5].id, 'CANCEL');
    expect((await row(3)).column).toBe('cancelled');
    const [done] = await eventsOf(3);
    expect(done).toMatchObject({ event: 'CHILDREN_DONE', actorId: null });
    expect(JSON.stringify((await row(3)).context)).toContain('Mọi nhiệm vụ con đều đã huỷ');
  });

  it('keeps the log and hash chain whole: every task folds to its stored state', async () => {
    const report = await verifyDatabaseLog(testApp.dataSource);
    expect(report.mismatches).toEqual([]);
  });
});
