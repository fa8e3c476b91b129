import type { RoundDto } from '@dondoc/contracts';
import { periodOf } from '@dondoc/reports';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../testing/scheduler-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { vietnamToday } from '../common/vietnam-today';
import { samples } from '../deliverables/testing/sample-files';
import { ResultFileClient } from './testing/result-file-client';

const HOUR = 3_600_000;

describeEachDatabase('deliverable files sweep and the files of round results', (kind) => {
  // Blobs are dated by their files' modification time, so the clock starts at the wall clock's now.
  const clock = new SettableClock(new Date().toISOString());
  let testApp: SchedulerTestApp;
  let fixture: Fixture;

  const blobExists = (sha256: string) =>
    existsSync(
      join(testApp.database.env['DATA_DIR'], 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256),
    );

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
  });

  afterAll(() => testApp.close());

  it('keeps the blob of every result file a round references, and removes a removed one after its grace', async () => {
    const office = await ApiClient.login(testApp.url, fixture.users.officeClerk.username, FIXTURE_PASSWORD);
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const today = vietnamToday(clock.now());
    const opened = await office.post<RoundDto>('/api/reports/rounds', {
      planId: fixture.plan.id,
      periodKey: periodOf(today, 'monthly', 'calendar').key,
      basis: 'calendar',
      sendBy: today,
    });
    expect(opened.status).toBe(201);
    const roundId = opened.body.id;
    const unitId = fixture.units.PVHCC.id;
    const taskId = fixture.tasks[0].id;
    const files = new ResultFileClient(testApp.url, lead.accessToken);

    const kept = await files.upload(roundId, unitId, taskId, samples.pdf('kết quả giữ lại'), 'Kết quả.pdf');
    const dropped = await files.upload(roundId, unitId, taskId, samples.pdf('kết quả bỏ đi'), 'Bỏ đi.pdf');
    expect([kept.status, dropped.status]).toEqual([201, 201]);
    expect((await files.remove(roundId, dropped.body.id)).status).toBe(204);

    const runs = await testApp.runner.runDueJobs(clock.advance(25 * HOUR));
    expect(runs.find((report) => report.job === 'deliverable-files-sweep')).toEqual({
      job: 'deliverable-files-sweep',
      outcome: 'succeeded',
      summary: { kept: 1, removed: 1, bytesFreed: samples.pdf('kết quả bỏ đi').length },
    });
    expect(blobExists(kept.body.sha256)).toBe(true);
    expect(blobExists(dropped.body.sha256)).toBe(false);

    const officeFiles = new ResultFileClient(testApp.url, office.accessToken);
    const download = await officeFiles.download(roundId, kept.body.id);
    expect(download.status).toBe(200);
    expect(download.body.equals(samples.pdf('kết quả giữ lại'))).toBe(true);
  });
});
