import type { ApiErrorBody, RoundDto } from '@dondoc/contracts';
import { macroEnabledDocx } from '@dondoc/plan-readers/testing';
import { periodOf } from '@dondoc/reports';
import { Document, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { randomUUID } from 'node:crypto';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { vietnamToday } from '../common/vietnam-today';
import { samples } from '../deliverables/testing/sample-files';
import { ReportResultFileEntity } from './report-result-file.entity';
import { ResultFileClient } from './testing/result-file-client';

/** A real Word document, written by the `docx` package as Word would read it. */
function realDocx(text = 'Báo cáo kết quả thực hiện'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

const MAX_BYTES = 256 * 1024;
const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describeEachDatabase('reports: the files of a unit’s results in a round', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  const api = {} as Record<Seat, ApiClient>;
  const files = {} as Record<Seat, ResultFileClient>;
  let strangerFiles: ResultFileClient;
  let roundId: string;

  const pvhcc = () => fixture.units.PVHCC.id;
  const taskId = (index: number) => fixture.tasks[index].id;
  const round = async () => (await api.officeClerk.get<RoundDto>(`/api/reports/rounds/${roundId}`)).body;
  const partFiles = async () => (await round()).parts.find((part) => part.unitId === pvhcc())?.files ?? [];
  const rows = () => testApp.dataSource.manager.countBy(ReportResultFileEntity, { roundId });
  const command = (seat: Seat, body: Record<string, unknown>) =>
    api[seat].post<RoundDto & ApiErrorBody>(`/api/reports/rounds/${roundId}/commands`, body);

  beforeAll(async () => {
    testApp = await startTestApp(kind, { DELIVERABLE_MAX_BYTES: String(MAX_BYTES) });
    fixture = await createFixture(testApp.dataSource, { taskCount: 2 });
    for (const [seat, user] of Object.entries(fixture.users)) {
      api[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
      files[seat as Seat] = new ResultFileClient(testApp.url, api[seat as Seat].accessToken);
    }
    const otherWard = await createFixture(testApp.dataSource, { taskCount: 1 });
    const stranger = await ApiClient.login(testApp.url, otherWard.users.leadStaff.username, FIXTURE_PASSWORD);
    strangerFiles = new ResultFileClient(testApp.url, stranger.accessToken);
    // The month of today (calendar basis): the fixture's tasks, made now, exist at its cut-off.
    const today = vietnamToday(new Date());
    const opened = await api.officeClerk.post<RoundDto>('/api/reports/rounds', {
      planId: fixture.plan.id,
      periodKey: periodOf(today, 'monthly', 'calendar').key,
      basis: 'calendar',
      sendBy: today,
    });
    expect(opened.status).toBe(201);
    roundId = opened.body.id;
  });

  afterAll(() => testApp.close());

  it('attaches a real .docx to a task line, lists it in the part and gives the same bytes to Văn phòng and leadership', async () => {
    const docx = await realDocx('Kết quả rà soát thủ tục hành chính quý này');
    const uploaded = await files.leadStaff.upload(
      roundId,
      pvhcc(),
      taskId(0),
      docx,
      'Kết quả rà soát TTHC.docx',
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      roundId,
      unitId: pvhcc(),
      taskId: taskId(0),
      name: 'Kết quả rà soát TTHC.docx',
      size: docx.length,
      mediaType: DOCX_MEDIA_TYPE,
      uploadedBy: { id: fixture.users.leadStaff.id, name: fixture.users.leadStaff.fullName },
    });
    expect(await partFiles()).toEqual([uploaded.body]);

    for (const seat of ['officeClerk', 'leader', 'leadHead'] as const) {
      const download = await files[seat].download(roundId, uploaded.body.id);
      expect({ seat, status: download.status }).toEqual({ seat, status: 200 });
      expect(download.body.equals(docx)).toBe(true);
      expect(download.headers.get('content-type')).toBe(DOCX_MEDIA_TYPE);
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename="Ket qua ra soat TTHC.docx"; filename*=UTF-8''${encodeURIComponent('Kết quả rà soát TTHC.docx')}`,
      );
    }
    const text = await mammoth.extractRawText({
      buffer: (await files.officeHead.download(roundId, uploaded.body.id)).body,
    });
    expect(text.value).toContain('Kết quả rà soát thủ tục hành chính quý này');

    // Another unit reads the results' text in the round, not the unit's files; another ward sees nothing.
    expect((await files.cooperator.download(roundId, uploaded.body.id)).status).toBe(403);
    expect((await strangerFiles.download(roundId, uploaded.body.id)).status).toBe(404);
  });

  it('refuses what it cannot take in the one error shape, and writes no row', async () => {
    const before = await rows();
    const refusals: [string, Promise<{ status: number; body: ApiErrorBody }>, number, string][] = [
      [
        'too big',
        files.leadStaff.upload(roundId, pvhcc(), taskId(0), Buffer.alloc(MAX_BYTES + 1, 1), 'lon.pdf'),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'an executable named .pdf',
        files.leadStaff.upload(roundId, pvhcc(), taskId(0), samples.exe(), 'bao-cao.pdf'),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'a Word file with macros',
        files.leadStaff.upload(
          roundId,
          pvhcc(),
          taskId(0),
          await macroEnabledDocx(await realDocx(), 'content-types'),
          'bao-cao.docx',
        ),
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'another unit’s staff',
        files.cooperator.upload(roundId, pvhcc(), taskId(0), samples.pdf(), 'kthtt.pdf'),
        403,
        'FORBIDDEN',
      ],
      [
        'Văn phòng writing a unit’s part',
        files.officeClerk.upload(roundId, pvhcc(), taskId(0), samples.pdf(), 'vp.pdf'),
        403,
        'FORBIDDEN',
      ],
      [
        'a unit the round did not ask',
        files.cooperator.upload(roundId, fixture.units.KTHT.id, taskId(0), samples.pdf(), 'x.pdf'),
        404,
        'NOT_FOUND',
      ],
      [
        'a task outside the part',
        files.leadStaff.upload(roundId, pvhcc(), randomUUID(), samples.pdf(), 'x.pdf'),
        404,
        'NOT_FOUND',
      ],
      [
        'no task named',
        files.leadStaff.upload(roundId, pvhcc(), undefined, samples.pdf(), 'x.pdf'),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'an empty file',
        files.leadStaff.upload(roundId, pvhcc(), taskId(0), Buffer.alloc(0), 'rong.pdf'),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'an unknown round',
        files.leadStaff.upload(randomUUID(), pvhcc(), taskId(0), samples.pdf(), 'x.pdf'),
        404,
        'NOT_FOUND',
      ],
      [
        'another ward',
        strangerFiles.upload(roundId, pvhcc(), taskId(0), samples.pdf(), 'x.pdf'),
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [why, answer, status, code] of refusals) {
      const { status: got, body } = await answer;
      expect({ why, status: got, code: body.code }).toEqual({ why, status, code });
      expect(body.message).toMatch(/\S/);
    }
    expect(await rows()).toBe(before);
  });

  it('removes a file while the part is editable, keeps the files as handed in, and opens them again on a return', async () => {
    const draft = await files.leadHead.upload(
      roundId,
      pvhcc(),
      taskId(1),
      samples.pdf('biên bản'),
      'Biên bản.pdf',
    );
    expect(draft.status).toBe(201);
    expect((await files.cooperator.remove(roundId, draft.body.id)).status).toBe(403);
    expect((await files.leadStaff.remove(roundId, randomUUID())).status).toBe(404);
    expect((await files.leadStaff.remove(roundId, draft.body.id)).status).toBe(204);
    expect((await partFiles()).map((file) => file.taskId)).toEqual([taskId(0)]);

    const kept = await files.leadStaff.upload(
      roundId,
      pvhcc(),
      taskId(1),
      samples.pdf('số liệu'),
      'Số liệu.pdf',
    );
    expect(kept.status).toBe(201);
    const results = [0, 1].map((index) => ({
      taskId: taskId(index),
      result: `Đã xong ${index}`,
      fileRefs: [],
    }));
    const submitted = await command('leadStaff', {
      type: 'SUBMIT_PART',
      unitId: pvhcc(),
      payload: { results },
    });
    expect(submitted.status).toBe(201);
    // The hand-in names the files the server holds per task, whatever the client sent.
    const docxId = (await partFiles()).find((file) => file.taskId === taskId(0))?.id;
    expect(submitted.body.parts.find((part) => part.unitId === pvhcc())?.results).toEqual([
      { taskId: taskId(0), result: 'Đã xong 0', fileRefs: [docxId] },
      { taskId: taskId(1), result: 'Đã xong 1', fileRefs: [kept.body.id] },
    ]);

    const late = await files.leadStaff.upload(roundId, pvhcc(), taskId(1), samples.pdf('muộn'), 'muon.pdf');
    expect({ status: late.status, code: late.body.code }).toEqual({
      status: 422,
      code: 'EVENT_NOT_ACCEPTED',
    });
    const removal = await files.leadStaff.remove(roundId, kept.body.id);
    expect(removal.status).toBe(422);
    expect((await partFiles()).map((file) => file.name)).toEqual([
      'Kết quả rà soát TTHC.docx',
      'Số liệu.pdf',
    ]);

    const returned = await command('officeClerk', {
      type: 'RETURN_PART',
      unitId: pvhcc(),
      payload: { reason: 'Thiếu biên bản nghiệm thu' },
    });
    expect(returned.status).toBe(201);
    expect((await files.leadStaff.remove(roundId, kept.body.id)).status).toBe(204);
    expect((await partFiles()).map((file) => file.name)).toEqual(['Kết quả rà soát TTHC.docx']);
  });

  it('runs an upload and a hand-in of the same part one after the other: the hand-in names every file the part then holds', async () => {
    const results = [0, 1].map((index) => ({
      taskId: taskId(index),
      result: `Kết quả ${index}`,
      fileRefs: [],
    }));
    const [upload, handIn] = await Promise.all([
      files.leadHead.upload(roundId, pvhcc(), taskId(1), samples.pdf('cùng lúc'), 'Cùng lúc.pdf'),
      command('leadStaff', { type: 'SUBMIT_PART', unitId: pvhcc(), payload: { results } }),
    ]);
    expect(handIn.status).toBe(201);
    expect([201, 422]).toContain(upload.status);
    const part = (await round()).parts.find((candidate) => candidate.unitId === pvhcc());
    expect(part?.state).toBe('submitted');
    for (const index of [0, 1]) {
      const held = part?.files.filter((file) => file.taskId === taskId(index)).map((file) => file.id);
      expect(part?.results.find((result) => result.taskId === taskId(index))?.fileRefs).toEqual(held);
    }
    const returned = await command('officeClerk', {
      type: 'RETURN_PART',
      unitId: pvhcc(),
      payload: { reason: 'Bổ sung số liệu' },
    });
    expect(returned.status).toBe(201);
  });

  it('names each task’s attached files under its result in the compiled report (.docx)', async () => {
    const results = [0, 1].map((index) => ({
      taskId: taskId(index),
      result: `Kết quả ${index}`,
      fileRefs: [],
    }));
    expect(
      (await command('leadStaff', { type: 'SUBMIT_PART', unitId: pvhcc(), payload: { results } })).status,
    ).toBe(201);
    expect((await command('officeClerk', { type: 'ACCEPT_PART', unitId: pvhcc() })).status).toBe(201);
    expect((await command('officeClerk', { type: 'COMPILE' })).status).toBe(201);
    const docx = await fetch(`${testApp.url}/api/reports/rounds/${roundId}/report.docx`, {
      headers: { authorization: `Bearer ${api.officeClerk.accessToken}` },
    });
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toMatch(/Kết quả 0\s+Tệp kèm theo: Kết quả rà soát TTHC\.docx/);
  });
});
