import type { NotificationKind } from '@dondoc/contracts';
import { In } from 'typeorm';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { freshDatabase, type TestDatabase } from '../../../testing/test-app';
import { UnitOfWork } from '../../database/unit-of-work';
import type { UserEntity } from '../../org/entities/user.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { TASK_ALERT_KINDS, TaskAlertEntity, type TaskAlertKind } from './task-alert.entity';
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
  const overdueCount = 300;
  const dueSoonCount = 200;
  const alertCount = overdueCount * 3 + dueSoonCount;
  let database: TestDatabase;
  let first: SchedulerTestApp;
  let second: SchedulerTestApp | null = null;
  let fixture: Fixture;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    first = await startSchedulerTestApp(kind, clock, database);
    fixture = await createFixture(first.dataSource, { taskCount: overdueCount + dueSoonCount });
    await first.dataSource.manager.update(
      TaskEntity,
      { id: In(fixture.tasks.slice(overdueCount).map((task) => task.id)) },
      { due: '2026-07-08' },
    );
  });

  afterAll(async () => {
    await second?.close();
    await database.drop();
  });

  /** Who each kind reaches in the fixture: the PVHCC-led tasks' unit, its head, the ward's leaders. */
  const reach = (): Record<TaskAlertKind, UserEntity[]> => {
    const { leadStaff, leadHead, leadUnitLeader, leader } = fixture.users;
    return {
      due_soon: [leadStaff, leadHead, leadUnitLeader],
      overdue: [leadStaff, leadUnitLeader],
      escalated_unit_head: [leadHead],
      escalated_leadership: [leader, leadUnitLeader],
    };
  };

  /** Each raised kind's summary to each person it reaches, as "kind recipient ×count". */
  const expectedSummaries = (alerts: readonly TaskAlertEntity[]) =>
    TASK_ALERT_KINDS.flatMap((alertKind) => {
      const count = alerts.filter((alert) => alert.kind === alertKind).length;
      return count === 0 ? [] : reach()[alertKind].map((user) => `${alertKind} ${user.id} ×${count}`);
    }).sort();

  /** Every notification as "kind recipient ×count", after checking it is today's summary of its kind. */
  const storedSummaries = async (app: SchedulerTestApp) => {
    const rows = await app.dataSource.manager.find(NotificationEntity);
    return rows
      .map((row) => {
        const alertKind = row.kind.replace(/_summary$/, '');
        expect(row).toMatchObject({
          sourceKey: `alerts:${alertKind}:${fixture.plan.id}:2026-07-06`,
          taskId: null,
          alertId: null,
          planId: fixture.plan.id,
        });
        return `${alertKind} ${row.recipientId} ×${row.params.count}`;
      })
      .sort();
  };

  it('neither loses nor duplicates a reminder, and counts each in one summary per person and kind', async () => {
    expect(alertCount).toBeGreaterThan(2 * ALERT_BATCH);

    // the first batch commits; the process dies inside the second one
    dieInsideTransaction(first.app.get(UnitOfWork), 2);
    await expect(first.app.get(TaskAlertsJob).run(clock.now())).rejects.toThrow('process killed');
    const alertsAfterCrash = await first.dataSource.manager.find(TaskAlertEntity);
    expect(alertsAfterCrash).toHaveLength(ALERT_BATCH);
    // the summaries count exactly the alerts that survived; no line per task was written
    expect(await storedSummaries(first)).toEqual(expectedSummaries(alertsAfterCrash));
    const summariesAfterCrash = await first.dataSource.manager.find(NotificationEntity, {
      select: { id: true },
    });
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
    expect(await storedSummaries(second)).toEqual(expectedSummaries(alerts));
    // the resumed run added to the summaries the first one made rather than making new ones
    const summaries = await second.dataSource.manager.find(NotificationEntity, { select: { id: true } });
    expect(summaries.map((row) => row.id).sort()).toEqual(
      expect.arrayContaining(summariesAfterCrash.map((row) => row.id)),
    );
  });

  it('writes the summaries from the plan, the count, the unit and the days late', async () => {
    const manager = (second as SchedulerTestApp).dataSource.manager;
    const summaryTo = (user: UserEntity, summaryKind: NotificationKind) =>
      manager.findOneByOrFail(NotificationEntity, { recipientId: user.id, kind: summaryKind });
    expect(await summaryTo(fixture.users.leader, 'escalated_leadership_summary')).toMatchObject({
      params: { ref: '', task: 'Kế hoạch thử nghiệm', count: '300', lateDays: '3' },
      title: '300 nhiệm vụ quá hạn từ 3 ngày làm việc trở lên thuộc Kế hoạch thử nghiệm',
      createdAt: '2026-07-06T02:00:00.000Z',
      readAt: null,
    });
    expect((await summaryTo(fixture.users.leadHead, 'escalated_unit_head_summary')).title).toBe(
      '300 nhiệm vụ của PVHCC quá hạn thuộc Kế hoạch thử nghiệm, cần trưởng đơn vị đôn đốc',
    );
    expect(await summaryTo(fixture.users.leadStaff, 'due_soon_summary')).toMatchObject({
      params: { ref: '', task: 'Kế hoạch thử nghiệm', count: '200', unit: 'PVHCC' },
      title: '200 nhiệm vụ sắp đến hạn thuộc Kế hoạch thử nghiệm',
    });
  });
});
