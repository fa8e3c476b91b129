import type { TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../testing/scheduler-fixture';
import { SettableClock } from '../../testing/settable-clock';
import { FileClient } from './testing/file-client';
import { samples } from './testing/sample-files';

const HOUR = 3_600_000;

describeEachDatabase('deliverable files sweep', (kind) => {
  // Blobs are dated by their files' modification time, so the clock starts at the wall clock's now.
  const clock = new SettableClock(new Date().toISOString());
  let testApp: SchedulerTestApp;
  let fixture: Fixture;
  let lead: ApiClient;
  let files: FileClient;
  let readerFiles: FileClient;

  const blobExists = (sha256: string) =>
    existsSync(
      join(testApp.database.env['DATA_DIR'], 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256),
    );
  const sweepRun = async (now: Date) =>
    (await testApp.runner.runDueJobs(now)).find((report) => report.job === 'deliverable-files-sweep');
  const upload = async (index: number, bytes: Buffer, name: string) => {
    const answer = await files.upload(fixture.tasks[index].id, bytes, name);
    expect(answer.status).toBe(201);
    return answer.body;
  };

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    fixture = await createFixture(testApp.dataSource, { taskCount: 3 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    files = new FileClient(testApp.url, lead.accessToken);
    const reviewer = await ApiClient.login(testApp.url, fixture.users.reviewer.username, FIXTURE_PASSWORD);
    readerFiles = new FileClient(testApp.url, reviewer.accessToken);
  });

  afterAll(() => testApp.close());

  it('removes a removed draft file once its grace period has passed, and only what nothing references', async () => {
    // task 0: two draft files removed again; task 2 keeps a file of the same content as one of them
    const removed = await upload(0, samples.pdf('bản nháp bỏ đi'), 'bo-di.pdf');
    const sharedDraft = await upload(0, samples.pdf('dùng chung'), 'dung-chung.pdf');
    for (const file of [removed, sharedDraft]) {
      expect((await files.remove(fixture.tasks[0].id, file.id)).status).toBe(204);
    }
    const kept = await upload(2, samples.pdf('dùng chung'), 'dung-chung-2.pdf');
    expect(kept.sha256).toBe(sharedDraft.sha256);
    // task 1: its file is frozen into version 1 by the submission
    const submitted = await upload(1, samples.pdf('đã trình'), 'da-trinh.pdf');
    const submission = await lead.post<TransitionResponse>(API.transitions(fixture.tasks[1].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
    });
    expect(submission.status).toBe(200);

    // within the grace period the unreferenced blob may be an upload in flight: it stays
    expect(await sweepRun(clock.advance(HOUR))).toEqual({
      job: 'deliverable-files-sweep',
      outcome: 'succeeded',
      summary: { kept: 3, removed: 0, bytesFreed: 0 },
    });
    expect(blobExists(removed.sha256)).toBe(true);

    // the sweep is daily: the runs of the next hours leave the store alone
    expect((await sweepRun(clock.advance(HOUR)))?.outcome).toBe('not_due');
    expect((await sweepRun(clock.advance(22 * HOUR)))?.outcome).toBe('not_due');

    // a day later the removed draft's blob is gone; what a row still references stays
    expect(await sweepRun(clock.advance(2 * HOUR))).toEqual({
      job: 'deliverable-files-sweep',
      outcome: 'succeeded',
      summary: { kept: 2, removed: 1, bytesFreed: samples.pdf('bản nháp bỏ đi').length },
    });
    expect(blobExists(removed.sha256)).toBe(false);
    expect(blobExists(sharedDraft.sha256)).toBe(true);
    expect(blobExists(submitted.sha256)).toBe(true);

    // downloads of the draft and of the submitted version still work
    for (const [file, bytes] of [
      [kept, samples.pdf('dùng chung')],
      [submitted, samples.pdf('đã trình')],
    ] as const) {
      const download = await readerFiles.download(file.id);
      expect(download.status).toBe(200);
      expect(download.body.equals(bytes)).toBe(true);
    }
  });

  it('sweeps once a day across simultaneous runs, and stores removed content again when it is uploaded anew', async () => {
    const now = clock.advance(25 * HOUR);
    const reports = await Promise.all([sweepRun(now), sweepRun(now)]);
    expect(reports.map((report) => report?.outcome).sort()).toEqual(['not_due', 'succeeded']);

    const again = await upload(0, samples.pdf('bản nháp bỏ đi'), 'bo-di-lan-nua.pdf');
    expect(blobExists(again.sha256)).toBe(true);
    const download = await readerFiles.download(again.id);
    expect(download.body.equals(samples.pdf('bản nháp bỏ đi'))).toBe(true);
  });
});
