import { IsNull } from 'typeorm';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture } from '../../../testing/fixtures';
import {
  addReportSeries,
  cardsOf,
  type SchedulerTestApp,
  startSchedulerTestApp,
} from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { asUpdate } from '../../database/insert-rows';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { NotificationEntity } from '../entities/notification.entity';
import { TaskAlertEntity } from './task-alert.entity';

describeEachDatabase('due-soon and overdue marks', (kind) => {
  const clock = new SettableClock('2026-06-01T02:00:00.000Z');
  let testApp: SchedulerTestApp;
  let fixture: Fixture;

  /** Each fixture task as "kind due" marks, in task order. */
  const marks = async () => {
    const alerts = await testApp.dataSource.manager.find(TaskAlertEntity, {
      order: { createdAt: 'ASC', kind: 'ASC' },
    });
    return fixture.tasks.map((task) =>
      alerts.filter((alert) => alert.taskId === task.id).map((alert) => `${alert.kind} ${alert.due}`),
    );
  };
  const update = (index: number, values: Partial<TaskEntity>) =>
    testApp.dataSource.manager.update(TaskEntity, { id: fixture.tasks[index].id }, asUpdate(values));

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    // three open tasks due Tuesday 30/06/2026
    fixture = await createFixture(testApp.dataSource, { taskCount: 3 });
  });

  afterAll(() => testApp.close());

  it('marks nothing while a task is comfortably in time', async () => {
    await testApp.runner.runDueJobs(clock.set('2026-06-24T02:00:00.000Z'));
    expect(await marks()).toEqual([[], [], []]);
  });

  it('marks open tasks due soon once, however often it runs', async () => {
    // Thursday 25/06: Friday 26, Monday 29 and Tuesday 30 remain
    await update(2, { column: 'cancelled', state: 'cancelled' });
    await testApp.runner.runDueJobs(clock.set('2026-06-25T02:00:00.000Z'));
    await testApp.runner.runDueJobs(clock.advance(60_000));
    await Promise.all([testApp.runner.runDueJobs(clock.now()), testApp.runner.runDueJobs(clock.now())]);
    expect(await marks()).toEqual([['due_soon 2026-06-30'], ['due_soon 2026-06-30'], []]);
  });

  it('marks them overdue after the due date, escalates them, and marks again for the due date an extension brings', async () => {
    await update(1, { context: { ...fixture.tasks[1].context, dueOverride: '2026-07-10' } });
    await testApp.runner.runDueJobs(clock.set('2026-07-01T02:00:00.000Z'));
    await testApp.runner.runDueJobs(clock.set('2026-07-08T02:00:00.000Z'));
    await testApp.runner.runDueJobs(clock.set('2026-07-08T03:00:00.000Z'));
    // overdue on Wednesday 01/07 goes to the unit head at once; three working days late (Friday
    // 03/07, ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS) it reaches leadership: the run of 08/07 sees it
    expect(await marks()).toEqual([
      [
        'due_soon 2026-06-30',
        'escalated_unit_head 2026-06-30',
        'overdue 2026-06-30',
        'escalated_leadership 2026-06-30',
      ],
      ['due_soon 2026-06-30', 'due_soon 2026-07-10'],
      [],
    ]);
    const alert = await testApp.dataSource.manager.findOneByOrFail(TaskAlertEntity, {
      taskId: fixture.tasks[0].id,
      kind: 'overdue',
    });
    expect(alert).toMatchObject({ wardId: fixture.ward.id, createdAt: '2026-07-01T02:00:00.000Z' });
  });

  it('tells of a few alerts task by task, in words made from the task, its unit and the days late', async () => {
    const task = fixture.tasks[0];
    const toLeader = await testApp.dataSource.manager.findOneByOrFail(NotificationEntity, {
      taskId: task.id,
      recipientId: fixture.users.leader.id,
    });
    // six working days late on Wednesday 08/07: 1, 2, 3, 6, 7 and 8 July
    expect(toLeader).toMatchObject({
      kind: 'escalated_leadership',
      sourceKey: `alert:${toLeader.alertId}`,
      params: { ref: task.ref, unit: 'PVHCC', lateDays: '6', due: '30/06/2026' },
      title: `Nhiệm vụ ${task.ref} của PVHCC quá hạn 6 ngày làm việc (hạn 30/06/2026): ${task.content}`,
      createdAt: '2026-07-08T02:00:00.000Z',
      readAt: null,
    });
    const toHead = await testApp.dataSource.manager.find(NotificationEntity, {
      where: { taskId: fixture.tasks[1].id, recipientId: fixture.users.leadHead.id },
      order: { createdAt: 'ASC' },
    });
    expect(toHead.map((row) => row.title)).toEqual([
      `Nhiệm vụ 2 sắp đến hạn (30/06/2026): ${fixture.tasks[1].content}`,
      `Nhiệm vụ 2 sắp đến hạn (10/07/2026): ${fixture.tasks[1].content}`,
    ]);
    const summaries = await testApp.dataSource.manager.countBy(NotificationEntity, { taskId: IsNull() });
    expect(summaries).toBe(0);
  });

  it('marks the period cards of a report series, not the series itself', async () => {
    const series = await addReportSeries(testApp.dataSource, fixture, {
      ref: '30',
      deadlineText: 'Hằng quý',
      deliverable: 'Báo cáo quý',
      importedAt: '2026-01-12T02:00:00.000Z',
    });
    expect(series.due).toBe('2026-03-31'); // long past, as the import wrote it
    await testApp.runner.runDueJobs(clock.set('2026-09-28T02:00:00.000Z'));
    const cards = await cardsOf(testApp.dataSource, series);
    expect(cards.map((card) => card.ref)).toEqual(['30/Quý I-2026', '30/Quý II-2026', '30/Quý III-2026']);
    const alerts = await testApp.dataSource.manager.find(TaskAlertEntity, { where: { taskId: series.id } });
    expect(alerts).toEqual([]);
    const cardMarks = await Promise.all(
      cards.map((card) => testApp.dataSource.manager.findBy(TaskAlertEntity, { taskId: card.id })),
    );
    expect(cardMarks.map((found) => found.map((alert) => alert.kind).sort())).toEqual([
      ['escalated_leadership', 'escalated_unit_head', 'overdue'],
      ['escalated_leadership', 'escalated_unit_head', 'overdue'],
      ['due_soon'],
    ]);
  });
});
