import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture } from '../../testing/fixtures';
import {
  addReportSeries,
  type SchedulerTestApp,
  startSchedulerTestApp,
} from '../../testing/scheduler-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { UnitOfWork } from '../database/unit-of-work';
import { TaskAlertEntity } from '../notifications/reminders/task-alert.entity';
import { PeriodCardEntity } from '../period-cards/period-card.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { JobRunEntity } from './entities/job-run.entity';

/** From the given transaction on, every write fails, as if the process had died there. */
function dieAtTransaction(unitOfWork: UnitOfWork, fatal: number): void {
  const run = unitOfWork.run.bind(unitOfWork);
  let started = 0;
  jest
    .spyOn(unitOfWork, 'run')
    .mockImplementation((work) =>
      ++started < fatal ? run(work) : Promise.reject(new Error('process killed')),
    );
}

describeEachDatabase('a scheduler restarted in the middle of a run', (kind) => {
  // Thursday 26/03/2026: Friday 27, Monday 30 and Tuesday 31 remain before the quarter's end
  const clock = new SettableClock('2026-03-26T02:00:00.000Z');
  let database: TestDatabase;
  let first: SchedulerTestApp;
  let second: SchedulerTestApp | null = null;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    first = await startSchedulerTestApp(kind, clock, database);
  });

  afterAll(async () => {
    await second?.close();
    await database.drop();
  });

  it('neither loses nor duplicates period cards and marks', async () => {
    const fixture: Fixture = await createFixture(first.dataSource, { taskCount: 1 });
    await first.dataSource.manager.update(TaskEntity, { id: fixture.tasks[0].id }, { due: '2026-03-20' });
    const spec = {
      deadlineText: 'Hằng quý',
      deliverable: 'Báo cáo quý',
      importedAt: '2026-01-12T02:00:00.000Z',
    };
    const seriesA = await addReportSeries(first.dataSource, fixture, { ref: 'A', ...spec });
    const seriesB = await addReportSeries(first.dataSource, fixture, { ref: 'B', ...spec });

    // transactions: 1 period-cards lease, 2 its run record, 3 the first series' cards, 4 dies
    dieAtTransaction(first.app.get(UnitOfWork), 4);
    await expect(first.runner.runDueJobs()).rejects.toThrow('process killed');
    const cardsAfterCrash = await first.dataSource.manager.find(PeriodCardEntity);
    expect(cardsAfterCrash).toHaveLength(1);
    await first.close();

    second = await startSchedulerTestApp(kind, clock, database);
    const manager = second.dataSource.manager;
    const atOnce = await second.runner.runDueJobs();
    expect(atOnce[0]).toEqual({ job: 'period-cards', outcome: 'skipped' }); // the dead process's lease
    await second.runner.runDueJobs(clock.advance(2 * 60_000 + 1)); // its lease has run out
    await second.runner.runDueJobs(clock.advance(60_000));

    const cards = await manager.find(PeriodCardEntity);
    expect(cards.map((card) => card.seriesId).sort()).toEqual([seriesA.id, seriesB.id].sort());
    expect(cards.every((card) => card.periodKey === '2026-Q1')).toBe(true);
    expect(await manager.countBy(TaskEntity, { parentId: seriesA.id })).toBe(1);
    expect(await manager.countBy(TaskEntity, { parentId: seriesB.id })).toBe(1);

    const alerts = await manager.find(TaskAlertEntity);
    expect(alerts.map((alert) => `${alert.taskId} ${alert.kind} ${alert.due}`).sort()).toEqual(
      [
        `${fixture.tasks[0].id} overdue 2026-03-20`,
        `${fixture.tasks[0].id} escalated_unit_head 2026-03-20`,
        `${fixture.tasks[0].id} escalated_leadership 2026-03-20`,
        ...cards.map((card) => `${card.taskId} due_soon 2026-03-31`),
      ].sort(),
    );
    const crashed = await manager.findBy(JobRunEntity, { outcome: 'running' });
    expect(crashed.map((run) => run.name)).toEqual(['period-cards']);
  });
});
