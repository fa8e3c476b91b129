import { describeEachDatabase } from '../../testing/each-database';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../testing/scheduler-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { JobRunEntity } from './entities/job-run.entity';
import { JobLeases } from './job-leases';

const T0 = Date.parse('2026-03-02T01:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const MINUTE = 60_000;

describeEachDatabase('job leases', (kind) => {
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');
  let testApp: SchedulerTestApp;
  let leases: JobLeases;

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    leases = testApp.app.get(JobLeases);
  });

  afterAll(() => testApp.close());

  it('keeps a job with its holder until the lease runs out', async () => {
    expect(await leases.claim('report', 'first', at(0), MINUTE)).toBe(true);
    expect(await leases.claim('report', 'second', at(30), MINUTE)).toBe(false);
    expect(await leases.claim('report', 'first', at(30), MINUTE)).toBe(true); // renewed until 90 s
    expect(await leases.claim('report', 'second', at(89), MINUTE)).toBe(false);
    expect(await leases.claim('report', 'second', at(91), MINUTE)).toBe(true);
    expect(await leases.claim('report', 'first', at(92), MINUTE)).toBe(false);
  });

  it('gives a free job to exactly one of many simultaneous claimants', async () => {
    const holders = ['a', 'b', 'c', 'd', 'e', 'f'];
    const claims = await Promise.all(holders.map((holder) => leases.claim('race', holder, at(0), MINUTE)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('skips the jobs another scheduler holds and records the runs it makes', async () => {
    const now = clock.set('2026-03-02T01:00:00.000Z');
    expect(await leases.claim('period-cards', 'another-process', now, MINUTE)).toBe(true);
    const reports = await testApp.runner.runDueJobs(now);
    expect(reports.map((report) => [report.job, report.outcome])).toEqual([
      ['period-cards', 'skipped'],
      ['consultation-deadlines', 'succeeded'],
      ['task-alerts', 'succeeded'],
      ['report-round-reminders', 'succeeded'],
      ['daily-digest', 'succeeded'],
      ['outbox-prune', 'succeeded'],
      ['chain-checkpoint', 'succeeded'],
      ['deliverable-files-sweep', 'succeeded'],
    ]);
    const runs = await testApp.dataSource.manager.find(JobRunEntity, { order: { name: 'ASC' } });
    expect(runs).toEqual([
      expect.objectContaining({ name: 'chain-checkpoint', outcome: 'succeeded' }),
      expect.objectContaining({
        name: 'consultation-deadlines',
        outcome: 'succeeded',
        startedAt: now.toISOString(),
        finishedAt: expect.any(String),
        detail: JSON.stringify({ expired: 0, closed: 0, movedBySomeoneElse: 0 }),
      }),
      expect.objectContaining({ name: 'daily-digest', outcome: 'succeeded' }),
      expect.objectContaining({ name: 'deliverable-files-sweep', outcome: 'succeeded' }),
      expect.objectContaining({ name: 'outbox-prune', outcome: 'succeeded' }),
      expect.objectContaining({ name: 'report-round-reminders', outcome: 'succeeded' }),
      expect.objectContaining({ name: 'task-alerts', outcome: 'succeeded' }),
    ]);

    const later = clock.advance(MINUTE + 1);
    expect((await testApp.runner.runDueJobs(later))[0]).toMatchObject({
      job: 'period-cards',
      outcome: 'succeeded',
    });
  });
});
