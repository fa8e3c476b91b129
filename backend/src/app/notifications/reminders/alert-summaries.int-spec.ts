import { DIGEST_ITEMS_SHOWN } from '@dondoc/contracts';
import { In } from 'typeorm';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { DailyDigestEntity } from '../entities/daily-digest.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { NotificationWatcher } from '../testing/notification-watcher';
import { TaskAlertEntity } from './task-alert.entity';

describeEachDatabase('a ward that imports a plan long past its deadlines', (kind) => {
  // Monday 06/07/2026, 09:00 in Vietnam: the fixture's tasks, due Tuesday 30/06, are 4 working
  // days late — overdue, escalated to the unit head and, past 3 working days, to the leadership
  const clock = new SettableClock('2026-07-06T02:00:00.000Z');
  const pvhccTasks = 2000;
  /** A few tasks led by KTHT, whose one member (the fixture's cooperator) is told of them task by task. */
  const kthtTasks = 5;
  let testApp: SchedulerTestApp;
  let fixture: Fixture;
  let leaderWatcher: NotificationWatcher;

  const alertRun = async () => {
    const reports = await testApp.runner.runDueJobs(clock.now());
    return reports.find((report) => report.job === 'task-alerts');
  };
  /** Each person's notifications, as "kind ×count" for a summary and "kind ref" for a task's own. */
  const notifiedSeats = async () => {
    const rows = await testApp.dataSource.manager.find(NotificationEntity, { order: { kind: 'ASC' } });
    const seatOf = new Map(Object.entries(fixture.users).map(([seat, user]) => [user.id, seat as Seat]));
    const bySeat: Partial<Record<Seat, string[]>> = {};
    for (const row of rows) {
      const seat = seatOf.get(row.recipientId) as Seat;
      const line =
        row.params.count === undefined ? `${row.kind} ${row.params.ref}` : `${row.kind} ×${row.params.count}`;
      (bySeat[seat] ??= []).push(line);
    }
    for (const lines of Object.values(bySeat)) lines.sort();
    return bySeat;
  };

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    fixture = await createFixture(testApp.dataSource, { taskCount: pvhccTasks + kthtTasks });
    await testApp.dataSource.manager.update(
      TaskEntity,
      { id: In(fixture.tasks.slice(pvhccTasks).map((task) => task.id)) },
      { leadUnitId: fixture.units.KTHT.id },
    );
    const leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    leaderWatcher = await NotificationWatcher.connect(testApp.url, leader.accessToken);
  });

  afterAll(async () => {
    leaderWatcher.close();
    await testApp.close();
  });

  it('marks every task, and tells each person once per kind of what is many, task by task of what is few', async () => {
    expect(await alertRun()).toEqual({
      job: 'task-alerts',
      outcome: 'succeeded',
      summary: {
        openTasks: pvhccTasks + kthtTasks,
        raised: (pvhccTasks + kthtTasks) * 3,
        notified: kthtTasks,
        summaries: 5,
      },
    });
    const alerts = await testApp.dataSource.manager.find(TaskAlertEntity, { select: { kind: true } });
    expect(alerts).toHaveLength((pvhccTasks + kthtTasks) * 3);
    const kthtRefs = fixture.tasks.slice(pvhccTasks).map((task) => `overdue ${task.ref}`);
    expect(await notifiedSeats()).toEqual({
      leadStaff: ['overdue_summary ×2000'],
      leadHead: ['escalated_unit_head_summary ×2000'],
      // a leader seated in PVHCC hears of its overdue tasks as a member, and of the ward's as a leader
      leadUnitLeader: ['escalated_leadership_summary ×2005', 'overdue_summary ×2000'],
      leader: ['escalated_leadership_summary ×2005'],
      // KTHT has no head to escalate to; its one member is told of its five tasks one by one
      cooperator: kthtRefs.sort(),
    });
  });

  it('raises nothing on a second run, and the leader’s open socket heard the summary once', async () => {
    expect(await alertRun()).toMatchObject({ summary: { raised: 0, notified: 0, summaries: 0 } });
    // next day a task that had no deadline gets one long past: one more escalation, below the
    // threshold and with no summary of that day yet, so it comes as a line of its own
    const late = fixture.tasks[0];
    await testApp.dataSource.manager.update(TaskEntity, { id: late.id }, { due: '2026-06-10' });
    clock.set('2026-07-07T02:00:00.000Z');
    expect(await alertRun()).toMatchObject({ summary: { raised: 3, summaries: 0 } });

    // messages on one socket arrive in order: the summary, once, then the next day's line
    await leaderWatcher.waitFor(2);
    expect(
      leaderWatcher.received.map((message) => [message.kind, message.params.count ?? message.params.ref]),
    ).toEqual([
      ['escalated_leadership_summary', '2005'],
      ['escalated_leadership', late.ref],
    ]);
    expect(leaderWatcher.received[0]).toMatchObject({
      taskId: null,
      planId: fixture.plan.id,
      title: '2.005 nhiệm vụ quá hạn từ 3 ngày làm việc trở lên thuộc Kế hoạch thử nghiệm',
    });
  });

  it('counts every overdue task in the units’ daily digests, which the summaries do not shorten', async () => {
    const digests = await testApp.dataSource.manager.find(DailyDigestEntity, {
      where: { digestDate: '2026-07-06', unitId: In([fixture.units.PVHCC.id, fixture.units.KTHT.id]) },
    });
    const overdueOf = (unitId: string) => {
      const section = digests
        .find((digest) => digest.unitId === unitId)
        ?.body.find((part) => part.key === 'overdue');
      return section && { total: section.total, listed: section.items.length };
    };
    // Every task counted; the earliest due DIGEST_ITEMS_SHOWN listed.
    expect(overdueOf(fixture.units.PVHCC.id)).toEqual({
      total: pvhccTasks,
      listed: Math.min(pvhccTasks, DIGEST_ITEMS_SHOWN),
    });
    expect(overdueOf(fixture.units.KTHT.id)).toEqual({
      total: kthtTasks,
      listed: Math.min(kthtTasks, DIGEST_ITEMS_SHOWN),
    });
    // the mailed digest counts the same tasks: its subject says how many
    expect(digests.map((digest) => [digest.itemCount, digest.mailedAt !== null]).sort()).toEqual([
      [pvhccTasks, true],
      [kthtTasks, true],
    ]);
  });
});
