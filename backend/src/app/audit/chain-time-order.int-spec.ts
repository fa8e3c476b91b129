import { describeEachDatabase } from '../../testing/each-database';
import { createFixture } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { appendToChain } from './event-chain';
import { eventHash } from './event-hash';

describeEachDatabase('event times in chain order', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('dates an event that read the clock before a move it waited for no earlier than that move', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 2 });
    const [first, second] = fixture.tasks;
    const event = (taskId: string, at: string) =>
      testApp.dataSource.manager.create(TaskEventEntity, {
        wardId: fixture.ward.id,
        planId: fixture.plan.id,
        taskId,
        actorId: null,
        actorName: 'Người dùng leadStaff',
        actorUnitId: null,
        actorRole: null,
        event: 'SUBMIT',
        fromState: 'draft',
        toState: 'submitted',
        version: 2,
        payload: null,
        comment: null,
        at,
      });
    // The later move read the clock first and waited for the head the earlier one held.
    await testApp.dataSource.transaction((manager) =>
      appendToChain(manager, event(first.id, '2026-03-02T02:00:00.500Z')),
    );
    await testApp.dataSource.transaction((manager) =>
      appendToChain(manager, event(second.id, '2026-03-02T02:00:00.200Z')),
    );
    const stored = await testApp.dataSource.manager.find(TaskEventEntity, {
      where: { wardId: fixture.ward.id },
      order: { id: 'ASC' },
    });
    expect(stored.map((row) => row.at)).toEqual(['2026-03-02T02:00:00.500Z', '2026-03-02T02:00:00.500Z']);
    // The hash seals the time as stored.
    expect(stored[1].hash).toBe(eventHash(stored[1], stored[0].hash));
  });
});
