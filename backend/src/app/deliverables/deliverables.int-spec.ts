import type { ApiErrorBody, TaskDeliverablesDto, TaskEventDto, TransitionResponse } from '@dondoc/contracts';
import { API, DELIVERABLE_API } from '@dondoc/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyDatabaseLog } from '../audit/log-verification';
import { DeliverableFileEntity } from './entities/deliverable-file.entity';
import { FileClient, storedFiles } from './testing/file-client';
import { samples } from './testing/sample-files';

const MAX_BYTES = 1024 * 1024;

describeEachDatabase('deliverables: upload, versions, downloads', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let filesRoot: string;
  const api = {} as Record<Seat, ApiClient>;
  const files = {} as Record<Seat, FileClient>;
  let strangerFiles: FileClient;

  beforeAll(async () => {
    testApp = await startTestApp(kind, {
      DELIVERABLE_MAX_BYTES: String(MAX_BYTES),
      DELIVERABLE_FILES_REQUIRED: 'true',
    });
    filesRoot = join(testApp.database.env['DATA_DIR'], 'files');
    fixture = await createFixture(testApp.dataSource, { taskCount: 6 });
    for (const [seat, user] of Object.entries(fixture.users)) {
      api[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
      files[seat as Seat] = new FileClient(testApp.url, api[seat as Seat].accessToken);
    }
    const otherWard = await createFixture(testApp.dataSource, { taskCount: 1 });
    const stranger = await ApiClient.login(testApp.url, otherWard.users.leadStaff.username, FIXTURE_PASSWORD);
    strangerFiles = new FileClient(testApp.url, stranger.accessToken);
  });

  afterAll(() => testApp.close());

  const task = (index: number) => fixture.tasks[index];
  const listOf = async (index: number) =>
    (await api.leadStaff.get<TaskDeliverablesDto>(DELIVERABLE_API.ofTask(task(index).id))).body;
  const move = (seat: Seat, index: number, body: Record<string, unknown>) =>
    api[seat].post<TransitionResponse & ApiErrorBody>(API.transitions(task(index).id), body);
  const rowsOf = (index: number) =>
    testApp.dataSource.manager.countBy(DeliverableFileEntity, { taskId: task(index).id });

  it('stores an upload of the lead unit by its hash, under a sanitised name', async () => {
    const answer = await files.leadStaff.upload(task(0).id, samples.pdf('upload'), '../../Kế hoạch CCHC.pdf');
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      name: 'Kế hoạch CCHC.pdf',
      mediaType: 'application/pdf',
      size: samples.pdf('upload').length,
      uploadedBy: { id: fixture.users.leadStaff.id },
    });
    const { sha256 } = answer.body;
    expect(existsSync(join(filesRoot, sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(true);
    const listed = await listOf(0);
    expect(listed).toMatchObject({ canEdit: true, takesFiles: true, versions: [] });
    expect(listed.draft.map((file) => file.name)).toEqual(['Kế hoạch CCHC.pdf']);
    expect(listed.limits).toEqual({ maxBytes: MAX_BYTES, filesRequired: true });
  });

  it('refuses a disguised executable with 415, storing nothing', async () => {
    const before = { rows: await rowsOf(1), blobs: storedFiles(filesRoot).length };
    for (const bytes of [samples.exe(), samples.elf(), samples.docm()]) {
      const answer = await files.leadStaff.upload(task(1).id, bytes, 'bao-cao.pdf');
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({
        code: 'UNSUPPORTED_FILE_TYPE',
        message: expect.stringMatching(/PDF/),
      });
    }
    expect({ rows: await rowsOf(1), blobs: storedFiles(filesRoot).length }).toEqual(before);
  });

  it('refuses an oversize upload with 413 and the limit, storing nothing', async () => {
    const before = { rows: await rowsOf(1), blobs: storedFiles(filesRoot).length };
    const oversize = Buffer.concat([samples.pdf(), Buffer.alloc(MAX_BYTES)]);
    const answer = await files.leadStaff.upload(task(1).id, oversize, 'qua-lon.pdf');
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Tệp vượt quá dung lượng cho phép (tối đa 1 MB); tệp không được lưu',
    });
    expect({ rows: await rowsOf(1), blobs: storedFiles(filesRoot).length }).toEqual(before);
  });

  it('lets only the lead unit add or remove draft files', async () => {
    for (const seat of ['cooperator', 'reviewer', 'approver', 'leader', 'outsider'] as const) {
      const answer = await files[seat].upload(task(1).id, samples.pdf(seat), 'x.pdf');
      expect([seat, answer.status, answer.body.code]).toEqual([seat, 403, 'FORBIDDEN']);
    }
    const mine = await files.leadHead.upload(task(1).id, samples.pdf('head'), 'x.pdf');
    expect(mine.status).toBe(201);
    expect((await files.reviewer.remove(task(1).id, mine.body.id)).status).toBe(403);
    expect((await strangerFiles.remove(task(1).id, mine.body.id)).status).toBe(404);
    expect((await files.leadStaff.remove(task(1).id, mine.body.id)).status).toBe(204);
    expect(await rowsOf(1)).toBe(0);
  });

  it('answers a request without a file with 400', async () => {
    const answer = await api.leadStaff.post(DELIVERABLE_API.ofTask(task(1).id), {});
    expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
  });

  it('serves a download to a reader of the task, and to nobody of another ward', async () => {
    const uploaded = await files.leadStaff.upload(
      task(2).id,
      samples.pdf('download'),
      'Báo cáo quý I (bản chính).pdf',
    );
    const download = await files.reviewer.download(uploaded.body.id);
    expect(download.status).toBe(200);
    expect(download.body.equals(samples.pdf('download'))).toBe(true);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Bao cao quy I (ban chinh).pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20I%20%28b%E1%BA%A3n%20ch%C3%ADnh%29.pdf`,
    );

    const refused = await strangerFiles.download(uploaded.body.id);
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.body.toString())).toMatchObject({ code: 'NOT_FOUND' });
    expect((await strangerFiles.upload(task(2).id, samples.pdf(), 'x.pdf')).status).toBe(404);
  });

  it('refuses a submission without a file with 422, changing nothing; others still hear 403', async () => {
    const written = await move('leadStaff', 3, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'Số 12/KH-UBND' },
    });
    expect(written.status).toBe(422);
    expect(written.body).toMatchObject({
      code: 'DELIVERABLE_REQUIRED',
      message: expect.stringMatching(/tệp/),
    });
    const cooperator = await move('cooperator', 3, { event: 'SUBMIT', expectedVersion: 1 });
    expect(cooperator).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const detail = await api.leadStaff.get<{ card: { version: number }; history: unknown[] }>(
      API.task(task(3).id),
    );
    expect(detail.body).toMatchObject({ card: { version: 1 }, history: [] });
  });

  it('freezes v1 on submission, reopens it on return, and shows what v2 changed', async () => {
    const plan = await files.leadStaff.upload(task(4).id, samples.pdf('v1'), 'ke-hoach.pdf');
    await files.leadStaff.upload(task(4).id, samples.xlsx(), 'phu-luc.xlsx');

    const first = await move('leadStaff', 4, { event: 'SUBMIT', expectedVersion: 1 });
    expect(first.status).toBe(200);
    expect(first.body.event.payload).toEqual({
      deliverableRef: 'v1: ke-hoach.pdf, phu-luc.xlsx',
      deliverableVersion: 1,
    });
    let listed = await listOf(4);
    expect(listed).toMatchObject({ canEdit: false, draft: [] });
    expect(listed.versions).toMatchObject([{ number: 1, taskVersion: 2, changes: null }]);
    expect(listed.versions[0].files.map((file) => file.name)).toEqual(['ke-hoach.pdf', 'phu-luc.xlsx']);

    const late = await files.leadStaff.upload(task(4).id, samples.pdf('late'), 'muon.pdf');
    expect(late).toMatchObject({ status: 422, body: { code: 'EVENT_NOT_ACCEPTED' } });
    const frozen = await files.leadStaff.remove(task(4).id, plan.body.id);
    expect(frozen).toMatchObject({ status: 422 });

    const returned = await move('reviewer', 4, {
      event: 'RETURN',
      expectedVersion: 2,
      comment: 'Sửa kế hoạch',
    });
    expect(returned.status).toBe(200);
    listed = await listOf(4);
    expect(listed.canEdit).toBe(true);
    expect(listed.draft.map((file) => file.name)).toEqual(['ke-hoach.pdf', 'phu-luc.xlsx']);

    const oldPlan = listed.draft.find((file) => file.name === 'ke-hoach.pdf');
    expect((await files.leadStaff.remove(task(4).id, oldPlan?.id ?? '')).status).toBe(204);
    await files.leadStaff.upload(task(4).id, samples.pdf('v2'), 'ke-hoach-sua.pdf');
    const second = await move('leadStaff', 4, {
      event: 'SUBMIT',
      expectedVersion: 3,
      payload: { deliverableRef: 'Bản đã sửa theo ý kiến thẩm tra' },
    });
    expect(second.status).toBe(200);
    expect(second.body.event.payload).toEqual({
      deliverableRef: 'v2: phu-luc.xlsx, ke-hoach-sua.pdf',
      deliverableVersion: 2,
      deliverableNote: 'Bản đã sửa theo ý kiến thẩm tra',
    });

    const seen = (await api.reviewer.get<TaskDeliverablesDto>(DELIVERABLE_API.ofTask(task(4).id))).body;
    expect(seen.versions.map((version) => [version.number, version.taskVersion])).toEqual([
      [1, 2],
      [2, 4],
    ]);
    const names = (refs: { name: string }[] = []) => refs.map((ref) => ref.name);
    expect(names(seen.versions[1].changes?.added)).toEqual(['ke-hoach-sua.pdf']);
    expect(names(seen.versions[1].changes?.removed)).toEqual(['ke-hoach.pdf']);
    expect(names(seen.versions[1].changes?.unchanged)).toEqual(['phu-luc.xlsx']);
    // Both versions still download: a version's files never change.
    expect((await files.reviewer.download(seen.versions[0].files[0].id)).body.equals(samples.pdf('v1'))).toBe(
      true,
    );

    const history = await api.reviewer.get<{ history: TaskEventDto[] }>(API.task(task(4).id));
    expect(history.body.history.map((event) => event.payload?.['deliverableVersion'] ?? null)).toEqual([
      1,
      null,
      2,
    ]);
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
  });

  it('keeps one blob for the same content uploaded twice', async () => {
    const one = await files.leadStaff.upload(task(5).id, samples.docx('same'), 'a.docx');
    const two = await files.leadStaff.upload(task(5).id, samples.docx('same'), 'b.docx');
    expect(two.body.sha256).toBe(one.body.sha256);
    expect(storedFiles(filesRoot).filter((name) => name === one.body.sha256)).toHaveLength(1);
    expect((await listOf(5)).draft.map((file) => file.name)).toEqual(['a.docx', 'b.docx']);
  });
});

describeEachDatabase('deliverables: default settings', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let lead: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 2 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('keeps files under DATA_DIR/files, limits them to 20 MB and lets a written reference stand in', async () => {
    const listed = await lead.get<TaskDeliverablesDto>(DELIVERABLE_API.ofTask(fixture.tasks[0].id));
    expect(listed.body.limits).toEqual({ maxBytes: 20 * 1024 * 1024, filesRequired: false });

    const nothing = await lead.post<ApiErrorBody>(API.transitions(fixture.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
    });
    expect(nothing).toMatchObject({ status: 422, body: { code: 'DELIVERABLE_REQUIRED' } });

    const written = await lead.post<TransitionResponse>(API.transitions(fixture.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'Số 12/KH-UBND trên hệ thống văn bản điều hành' },
    });
    expect(written.status).toBe(200);
    expect(written.body.event.payload).toEqual({
      deliverableRef: 'Số 12/KH-UBND trên hệ thống văn bản điều hành',
    });

    const uploaded = await new FileClient(testApp.url, lead.accessToken).upload(
      fixture.tasks[1].id,
      samples.odt(),
      'bien-ban.odt',
    );
    expect(uploaded.status).toBe(201);
    const { sha256 } = uploaded.body;
    const dataDir = testApp.database.env['DATA_DIR'];
    expect(existsSync(join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(true);
  });
});
