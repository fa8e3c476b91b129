import { describeEachDatabase } from '../../testing/each-database';
import { createFixture } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { newId } from '../common/ids';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { leanStatements } from './lean-statements';

/** The hot path's own INSERT and UPDATE statements read back as TypeORM wrote them. */
describeEachDatabase('lean statements', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('updates only the row at the version it names, converting JSON as the entity says', async () => {
    const { tasks } = await createFixture(testApp.dataSource, { tasks: [{ type: 'document' }] });
    const [task] = tasks;
    const manager = testApp.dataSource.manager;
    const next = { context: { dueOverride: '2027-01-15' }, version: task.version + 1 } as Partial<TaskEntity>;

    expect(
      await leanStatements.update(manager, TaskEntity, next, { id: task.id, version: task.version + 5 }),
    ).toBe(0);
    expect(
      await leanStatements.update(manager, TaskEntity, next, { id: task.id, version: task.version }),
    ).toBe(1);

    const row = await manager.findOneByOrFail(TaskEntity, { id: task.id });
    expect(row.version).toBe(task.version + 1);
    expect(row.context).toEqual({ dueOverride: '2027-01-15' });
  });

  it('inserts several rows in one statement, leaves a taken key as it is, and reads back a generated id', async () => {
    const { tasks, users } = await createFixture(testApp.dataSource, { tasks: [{ type: 'document' }] });
    const [task] = tasks;
    const manager = testApp.dataSource.manager;
    const notification = (recipientId: string, title: string): NotificationEntity => ({
      id: newId(),
      wardId: task.wardId,
      recipientId,
      kind: 'review_requested',
      sourceKey: `lean:${task.id}`,
      taskId: task.id,
      planId: task.planId,
      eventId: null,
      alertId: null,
      params: { ref: task.ref, task: task.content },
      title,
      createdAt: '2026-12-07T08:00:00.000Z',
      readAt: null,
    });
    const recipients = Object.values(users)
      .slice(0, 2)
      .map((user) => user.id);
    await leanStatements.insert(
      manager,
      NotificationEntity,
      recipients.map((id) => notification(id, 'first')),
      { ignoreConflicts: true },
    );
    // The same recipient and source again: the unique key keeps the first row.
    await leanStatements.insert(manager, NotificationEntity, [notification(recipients[0], 'again')], {
      ignoreConflicts: true,
    });
    const written = await manager.findBy(NotificationEntity, { sourceKey: `lean:${task.id}` });
    expect(written.map((row) => row.title).sort()).toEqual(['first', 'first']);
    expect(written[0].params).toEqual({ ref: task.ref, task: task.content });

    const id = await leanStatements.insert(
      manager,
      TaskEventEntity,
      Object.assign(new TaskEventEntity(), {
        wardId: task.wardId,
        planId: task.planId,
        taskId: task.id,
        actorId: null,
        actorName: 'Hệ thống',
        actorUnitId: null,
        actorRole: null,
        event: 'COMMENT',
        fromState: task.state,
        toState: task.state,
        version: task.version,
        comment: null,
        payload: { note: 'lean' },
        at: '2026-12-07T08:00:00.000Z',
        prevHash: null,
        hash: null,
      }),
      { returning: 'id' },
    );
    const event = await manager.findOneByOrFail(TaskEventEntity, { id: Number(id) });
    expect(event.payload).toEqual({ note: 'lean' });
  });
});
