import { describeEachDatabase } from '../../testing/each-database';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { JobRunner } from '../scheduler/job-runner';
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

  it('runs every context’s scheduled job, in the order of a pass', async () => {
    const reports = await testApp.app.get(JobRunner).runDueJobs();
    expect(reports.map((report) => report.job)).toEqual([
      'period-cards',
      'consultation-deadlines',
      'task-alerts',
      'daily-digest',
      'deliverable-files-sweep',
    ]);
  });
});
