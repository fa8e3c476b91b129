import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import {
  addReportSeries,
  cardsOf,
  type SchedulerTestApp,
  type SeriesSpec,
  startSchedulerTestApp,
} from '../../testing/scheduler-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { LiveRecorder } from '../../testing/socket-client';
import type { JobReport } from '../scheduler/job-runner';
import { ScheduledJobs } from '../scheduler/scheduled-job';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { PeriodCardEntity } from './period-card.entity';
import { PeriodCardsJob } from './period-cards.job';

const IMPORTED = '2026-01-12T02:00:00.000Z';
const QUARTERLY: Omit<SeriesSpec, 'ref'> = {
  deadlineText: 'Thường xuyên',
  deliverable: 'Báo cáo công tác cải cách TTHC hàng tháng, kiểm soát thủ tục hành chính quý, năm',
  importedAt: IMPORTED,
};

describeEachDatabase('period cards of report series', (kind) => {
  const clock = new SettableClock('2026-01-15T02:00:00.000Z');
  let testApp: SchedulerTestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
  });

  afterAll(() => testApp.close());

  const addSeries = (ref: string) => addReportSeries(testApp.dataSource, fixture, { ref, ...QUARTERLY });

  it('creates a period card once the horizon reaches its due date, and only then', async () => {
    const series = await addSeries('24');
    await testApp.runner.runDueJobs(clock.set('2026-02-13T02:00:00.000Z'));
    expect(await cardsOf(testApp.dataSource, series)).toEqual([]);

    await testApp.runner.runDueJobs(clock.set('2026-02-14T02:00:00.000Z'));
    const [card, ...others] = await cardsOf(testApp.dataSource, series);
    expect(others).toEqual([]);
    expect(card).toMatchObject({
      parentId: series.id,
      planId: fixture.plan.id,
      wardId: fixture.ward.id,
      ref: '24/Quý I-2026',
      type: 'periodic_report',
      state: 'draft',
      column: 'draft',
      due: '2026-03-31',
      leadUnitId: fixture.units.PVHCC.id,
      // Version 1 as inserted, 2 after its CREATE_TASK event (which sends it to the boards).
      version: 2,
      workflowSeed: { periodLabel: 'Quý I/2026', periodDue: '2026-03-31' },
    });
    expect(card.context).toMatchObject({ periodLabel: 'Quý I/2026', periodDue: '2026-03-31' });
    const links = await testApp.dataSource.manager.findBy(TaskUnitEntity, { taskId: card.id });
    expect(links.map((link) => [link.role, link.unitId]).sort()).toEqual([
      ['cooperator', fixture.units.KTHT.id],
      ['lead', fixture.units.PVHCC.id],
    ]);
  });

  it('creates each card exactly once across runs', async () => {
    const series = await addSeries('25');
    const now = clock.set('2026-05-20T02:00:00.000Z');
    await testApp.runner.runDueJobs(now);
    await testApp.runner.runDueJobs(now);
    await testApp.runner.runDueJobs(clock.advance(60_000));
    expect((await cardsOf(testApp.dataSource, series)).map((card) => card.ref)).toEqual([
      '25/Quý I-2026',
      '25/Quý II-2026',
    ]);
    expect(await testApp.dataSource.manager.countBy(PeriodCardEntity, { seriesId: series.id })).toBe(2);
  });

  it('creates each card exactly once when two runs race', async () => {
    const series = await addSeries('26');
    const now = clock.set('2026-08-20T02:00:00.000Z');
    await Promise.all([testApp.runner.runDueJobs(now), testApp.runner.runDueJobs(now)]);
    expect(await cardsOf(testApp.dataSource, series)).toHaveLength(3);
  });

  it('lets the period key settle a race that no lease prevents', async () => {
    const series = await addSeries('27');
    const job = testApp.app.get(PeriodCardsJob);
    const summaries = await Promise.all([job.run(clock.now()), job.run(clock.now())]);
    expect(await cardsOf(testApp.dataSource, series)).toHaveLength(3);
    expect(summaries.reduce((sum, summary) => sum + summary['created'], 0)).toBe(3);
    expect(summaries.reduce((sum, summary) => sum + summary['createdElsewhere'], 0)).toBe(3);
  });

  it('sends each new card to the open plan boards at once, as task.created with its version', async () => {
    const series = await addSeries('29');
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const board = await LiveRecorder.connect(testApp.url, lead.accessToken, 'task.created');
    try {
      expect((await board.joinPlan(fixture.plan.id)).ok).toBe(true);
      await testApp.app.get(PeriodCardsJob).run(clock.now());
      await board.waitFor(3);
      expect(board.received.map((message) => [message.card.ref, message.card.version]).sort()).toEqual([
        ['29/Quý I-2026', 2],
        ['29/Quý II-2026', 2],
        ['29/Quý III-2026', 2],
      ]);
      expect(board.received.every((message) => message.event.event === 'CREATE_TASK')).toBe(true);
      expect(await cardsOf(testApp.dataSource, series)).toHaveLength(3);
    } finally {
      board.close();
    }
  });

  if (kind === 'postgres') {
    it('creates each card exactly once when two backend processes share the database', async () => {
      const second = await startSchedulerTestApp(kind, clock, testApp.database);
      try {
        const series = await addSeries('28');
        const now = clock.set('2026-11-20T02:00:00.000Z');
        const [mine, theirs] = await Promise.all([
          testApp.runner.runDueJobs(now),
          second.runner.runDueJobs(now),
        ]);
        expect(await cardsOf(testApp.dataSource, series)).toHaveLength(4);
        for (const [index, report] of mine.entries()) {
          const outcomes = [report.outcome, theirs[index].outcome].sort();
          expect({ job: report.job, outcomes }).toEqual({
            job: report.job,
            outcomes: ['skipped', 'succeeded'],
          });
        }
        // Every job the contexts declare, each run by exactly one of the two processes.
        const jobs = testApp.app.get(ScheduledJobs).list().length;
        expect(mine).toHaveLength(jobs);
        expect(countOutcomes([...mine, ...theirs])).toEqual({ succeeded: jobs, skipped: jobs });
      } finally {
        await second.close();
      }
    });
  }
});

function countOutcomes(reports: JobReport[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const report of reports) counts[report.outcome] = (counts[report.outcome] ?? 0) + 1;
  return counts;
}
