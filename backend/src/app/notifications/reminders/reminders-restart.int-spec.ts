import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { freshDatabase, type TestDatabase } from '../../../testing/test-app';
import { UnitOfWork } from '../../database/unit-of-work';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { TaskAlertEntity } from './task-alert.entity';
import { ALERT_BATCH, TaskAlertsJob } from './task-alerts.job';

/**
 * The process dies inside the given transaction: its work is done, then it fails before the
 * commit, so everything the transaction wrote is rolled back — as if the power went out there.
 */
function dieInsideTransaction(unitOfWork: UnitOfWork, fatal: number): void {
  const run = unitOfWork.run.bind(unitOfWork);
  let started = 0;
  jest.spyOn(unitOfWork, 'run').mockImplementation((work) =>
    ++started < fatal
      ? run(work)
      : run(async (manager) => {
          await work(manager);
          throw new Error('process killed');
        }),
  );
}

describeEachDatabase('reminders and escalations across a scheduler restart', (kind) => {
  // Monday 06/07/2026: tasks due Tuesday 30/06 are 4 working days late (1, 2, 3 and 6 July);
  // tasks due Wednesday 08/07 have 2 working days left
  const clock = new SettableClock('2026-07-06T02:00:00.000Z');
  const overdueCount = 60;
  const dueSoonCount = 60;
  let database: TestDatabase;
  let first: SchedulerTestApp;
  let second: SchedulerTestApp | null = null;
  let fixture: Fixture;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    first = await startSchedulerTestApp(kind, clock, database);
    fixture = await createFixture(first.dataSource, { taskCount: overdueCount + dueSoonCount });
    for (const task of fixture.tasks.slice(overdueCount)) {
      await first.dataSource.manager.update(TaskEntity, { id: task.id }, { due: '2026-07-08' });
    }
  });

  afterAll(async () => {
    await second?.close();
    await database.drop();
  });

  /** Who each kind reaches in the fixture: the PVHCC-led tasks' unit, its head, the ward's leaders. */
  const expectedNotifications = () => {
    const { leadStaff, leadHead, leadUnitLeader, leader } = fixture.users;
    const reach = {
      due_soon: [leadStaff, leadHead, leadUnitLeader],
      overdue: [leadStaff, leadUnitLeader],
      escalated_unit_head: [leadHead],
      escalated_leadership: [leader, leadUnitLeader],
    };
    const kindsOf = (index: number) =>
      index < overdueCount
        ? (['overdue', 'escalated_unit_head', 'escalated_leadership'] as const)
        : (['due_soon'] as const);
    return fixture.tasks.flatMap((task, index) =>
      kindsOf(index).flatMap((kindOfAlert) =>
        reach[kindOfAlert].map((user) => `${task.id} ${kindOfAlert} ${user.id}`),
      ),
    );
  };

  /** Each notification as "task kind recipient", after checking it names an alert that exists. */
  const storedNotifications = async (app: SchedulerTestApp) => {
    const alerts = new Map(
      (await app.dataSource.manager.find(TaskAlertEntity)).map((alert) => [alert.id, alert]),
    );
    const rows = await app.dataSource.manager.find(NotificationEntity);
    return rows.map((row) => {
      const alert = alerts.get(row.alertId ?? '');
      expect(alert).toBeDefined();
      expect(row.sourceKey).toBe(`alert:${row.alertId}`);
      return `${row.taskId} ${alert?.kind} ${row.recipientId}`;
    });
  };

  it('neither loses nor duplicates a reminder or its notifications', async () => {
    const alertCount = overdueCount * 3 + dueSoonCount;
    expect(alertCount).toBeGreaterThan(2 * ALERT_BATCH);

    // the first batch commits; the process dies inside the second one
    dieInsideTransaction(first.app.get(UnitOfWork), 2);
    await expect(first.app.get(TaskAlertsJob).run(clock.now())).rejects.toThrow('process killed');
    const alertsAfterCrash = await first.dataSource.manager.find(TaskAlertEntity);
    expect(alertsAfterCrash).toHaveLength(ALERT_BATCH);
    // every alert that survived has all its notifications, and no notification outlived its alert
    const afterCrash = await storedNotifications(first);
    const survivors = new Set(alertsAfterCrash.map((alert) => `${alert.taskId} ${alert.kind}`));
    expect(afterCrash.sort()).toEqual(
      expectedNotifications()
        .filter((line) => survivors.has(line.split(' ').slice(0, 2).join(' ')))
        .sort(),
    );
    await first.close();

    second = await startSchedulerTestApp(kind, clock, database);
    const [rerun] = (await second.runner.runDueJobs()).filter((report) => report.job === 'task-alerts');
    expect(rerun).toEqual({
      job: 'task-alerts',
      outcome: 'succeeded',
      summary: expect.objectContaining({ raised: alertCount - ALERT_BATCH }),
    });
    // again, twice at once, and later the same day: nothing new
    await Promise.all([
      second.runner.runDueJobs(clock.advance(60_000)),
      second.runner.runDueJobs(clock.now()),
    ]);
    await second.runner.runDueJobs(clock.advance(3_600_000));

    const alerts = await second.dataSource.manager.find(TaskAlertEntity);
    expect(alerts).toHaveLength(alertCount);
    expect(new Set(alerts.map((alert) => `${alert.taskId} ${alert.kind} ${alert.due}`)).size).toBe(
      alertCount,
    );
    const notifications = await storedNotifications(second);
    expect(notifications.sort()).toEqual(expectedNotifications().sort());
  });

  it('writes the escalation and reminder texts from the task, its unit and the days late', async () => {
    const manager = (second as SchedulerTestApp).dataSource.manager;
    const task = fixture.tasks[0];
    const toLeader = await manager.findOneByOrFail(NotificationEntity, {
      taskId: task.id,
      recipientId: fixture.users.leader.id,
    });
    expect(toLeader).toMatchObject({
      kind: 'escalated_leadership',
      params: { ref: task.ref, unit: 'PVHCC', lateDays: '4', due: '30/06/2026' },
      title: `Nhiệm vụ ${task.ref} của PVHCC quá hạn 4 ngày làm việc (hạn 30/06/2026): ${task.content}`,
      createdAt: '2026-07-06T02:00:00.000Z',
      readAt: null,
    });
    const soon = fixture.tasks[overdueCount];
    const toHead = await manager.findOneByOrFail(NotificationEntity, {
      taskId: soon.id,
      recipientId: fixture.users.leadHead.id,
    });
    expect(toHead.title).toBe(`Nhiệm vụ ${soon.ref} sắp đến hạn (08/07/2026): ${soon.content}`);
  });
});
