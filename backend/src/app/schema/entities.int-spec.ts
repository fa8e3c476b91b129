import { describeEachDatabase } from '../../testing/each-database';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { JobRunner } from '../scheduler/job-runner';
import { JOB_STAGES, ScheduledJobs } from '../scheduler/scheduled-job';
import { SCHEMA_ENTITIES } from './entities';

const namesOf = (targets: readonly unknown[]) =>
  targets.map((target) => (target as { name: string }).name).sort((a, b) => a.localeCompare(b));

describeEachDatabase('the schema as the contexts register it', (kind) => {
  let testApp: TestApp;
  beforeAll(async () => (testApp = await startTestApp(kind)));
  afterAll(() => testApp.close());

  it('holds the same entities as the list the command line opens the database with', () => {
    const registered = testApp.dataSource.entityMetadatas.map((metadata) => metadata.target);
    expect(namesOf(registered)).toEqual(namesOf(SCHEMA_ENTITIES));
  });

  it('finds every context’s scheduled jobs and runs them in the order of a pass', async () => {
    const ran = (await testApp.app.get(JobRunner).runDueJobs()).map((report) => report.job);
    const known = [
      'period-cards',
      'consultation-deadlines',
      'task-alerts',
      'daily-digest',
      'deliverable-files-sweep',
    ];
    expect(ran.filter((job) => known.includes(job))).toEqual(known);
    const stages = testApp.app
      .get(ScheduledJobs)
      .list()
      .map((job) => JOB_STAGES.indexOf(job.stage));
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });
});
