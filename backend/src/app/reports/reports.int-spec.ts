import type { ApiErrorBody, FiguresDto, RoundDto, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { DOCX_MIME_TYPE, XLSX_MIME_TYPE } from '@dondoc/documents';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { TaskEntity } from '../task-model/entities/task.entity';

const morningOf = (date: string) => `${date}T01:00:00.000Z`;

describeEachDatabase('reports: figures as of an instant, report rounds and the files sent upward', (kind) => {
  const suite = useApiSuite(kind, morningOf('2026-03-02'), { taskCount: 4 });
  const { clock, as } = suite;
  const units = () => suite.fixture.units;
  const taskId = (index: number) => suite.fixture.tasks[index].id;

  beforeAll(async () => {
    // Tasks 2 and 3 are KTHT's, so a round asks two units; all four exist since New Year.
    const tasks = suite.testApp.dataSource.getRepository(TaskEntity);
    await tasks.update({ planId: suite.fixture.plan.id }, { createdAt: '2026-01-01T00:00:00.000Z' });
    for (const index of [2, 3]) await tasks.update({ id: taskId(index) }, { leadUnitId: units().KTHT.id });
  });

  const move = async (seat: Seat, index: number, event: string, version: number, payload?: object) => {
    const answer = await (
      await as(seat)
    ).post<TransitionResponse & ApiErrorBody>(API.transitions(taskId(index)), {
      event,
      expectedVersion: version,
      payload,
    });
    expect({ event, status: answer.status, message: answer.body.message }).toEqual({
      event,
      status: 200,
      message: undefined,
    });
  };
  /** Handed in, reviewed and approved on the clock's day. */
  const complete = async (index: number, day: string) => {
    clock.set(morningOf(day));
    await move('leadStaff', index, 'SUBMIT', 1, { deliverableRef: `KH-${index}.pdf` });
    await move('reviewer', index, 'REVIEW', 2);
    await move('approver', index, 'APPROVE', 3, { issuedNumber: `${index}/KH-UBND`, issuedOn: day });
  };
  const planFigures = async (at: string) =>
    (
      await (
        await as('leader')
      ).get<FiguresDto>(`/api/reports/plans/${suite.fixture.plan.id}/figures?at=${at}`)
    ).body;
  const counts = (figures: FiguresDto) => {
    const { completed_on_time, completed_late, in_progress_on_time, in_progress_overdue } = figures.overall;
    return [completed_on_time, completed_late, in_progress_on_time, in_progress_overdue];
  };

  it('counts each task as it stood at the instant, from the event log, whatever the rows say today', async () => {
    await complete(0, '2026-03-02');
    await complete(1, '2026-07-06'); // due 30/06: done late

    expect(counts(await planFigures('2026-03-01'))).toEqual([0, 0, 4, 0]);
    expect(counts(await planFigures('2026-03-31'))).toEqual([1, 0, 3, 0]);
    // After the due date, before task 1 was approved: three overdue, not one done late.
    expect(counts(await planFigures('2026-07-03'))).toEqual([1, 0, 0, 3]);
    const july = await planFigures('2026-07-10');
    expect(counts(july)).toEqual([1, 1, 0, 2]);
    expect(july.today).toBe('2026-07-10');
    expect(july.asOf).toBe('2026-07-10T16:59:59.999Z');
    expect(
      july.byUnit.map(({ unitId, counts: unit }) => [unitId, unit.completed_late, unit.in_progress_overdue]),
    ).toEqual(
      expect.arrayContaining([
        [units().PVHCC.id, 1, 0],
        [units().KTHT.id, 0, 2],
      ]),
    );
    expect(july.standings?.find((standing) => standing.taskId === taskId(1))).toMatchObject({
      bucket: 'completed_late',
      doneOn: '2026-07-06',
      due: '2026-06-30',
    });

    const ward = (await (await as('leader')).get<FiguresDto>('/api/reports/figures?period=2026-Q1')).body;
    expect(ward.period?.cutOff).toBe('2026-03-14T16:59:59.999Z');
    expect(counts(ward)).toEqual([1, 0, 3, 0]);
    expect(ward.standings).toBeUndefined();

    const refused = await (await as('leader')).get<ApiErrorBody>(`/api/reports/figures?at=hôm-qua`);
    expect(refused.status).toBe(400);
  });

  it('runs a quarterly round: two units submit, one is returned and resubmitted, Văn phòng compiles and closes', async () => {
    clock.set(morningOf('2026-03-05'));
    const open = { planId: suite.fixture.plan.id, periodKey: '2026-Q1', sendBy: '2026-03-12' };
    expect((await (await as('outsider')).post<ApiErrorBody>('/api/reports/rounds', open)).status).toBe(403);
    const opened = await (await as('officeClerk')).post<RoundDto>('/api/reports/rounds', open);
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ state: 'collecting', periodLabel: 'Quý I/2026', version: 1 });
    expect(opened.body.parts.map((part) => [part.unitId, part.taskIds, part.state])).toEqual([
      [units().PVHCC.id, [taskId(0), taskId(1)], 'asked'],
      [units().KTHT.id, [taskId(2), taskId(3)], 'asked'],
    ]);
    const roundId = opened.body.id;
    const step = async (seat: Seat, body: Record<string, unknown>) =>
      (await as(seat)).post<RoundDto & ApiErrorBody>(`/api/reports/rounds/${roundId}/commands`, body);
    const results = (indexes: number[], text: string) =>
      indexes.map((index) => ({ taskId: taskId(index), result: `${text} ${index}`, fileRefs: [] }));

    expect(
      (await (await as('cooperator')).get<{ roundId: string }[]>('/api/reports/parts/mine')).body,
    ).toEqual([expect.objectContaining({ roundId, state: 'asked', periodLabel: 'Quý I/2026' })]);
    const pvhcc = { unitId: units().PVHCC.id };
    const ktht = { unitId: units().KTHT.id };
    expect(
      (
        await step('cooperator', {
          type: 'SUBMIT_PART',
          ...pvhcc,
          payload: { results: results([0, 1], 'x') },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await step('leadStaff', {
          type: 'SUBMIT_PART',
          ...pvhcc,
          payload: { results: results([0], 'Đã ban hành') },
        })
      ).body.message,
    ).toBe('Còn 1 nhiệm vụ chưa ghi kết quả thực hiện');
    const first = await step('leadStaff', {
      type: 'SUBMIT_PART',
      ...pvhcc,
      payload: { results: results([0, 1], 'Đã ban hành kế hoạch') },
      expectedVersion: 1,
    });
    expect(first.status).toBe(201);
    expect((await step('cooperator', { type: 'SUBMIT_PART', ...ktht, expectedVersion: 1 })).status).toBe(409);
    await step('cooperator', {
      type: 'SUBMIT_PART',
      ...ktht,
      payload: { results: results([2, 3], 'Sơ sài') },
    });
    const returned = await step('officeClerk', {
      type: 'RETURN_PART',
      ...ktht,
      payload: { reason: 'Ghi rõ số liệu' },
    });
    expect(returned.body.parts[1]).toMatchObject({
      state: 'returned',
      returnReason: 'Ghi rõ số liệu',
      returns: 1,
    });
    await step('officeClerk', { type: 'ACCEPT_PART', ...pvhcc });
    expect((await step('officeClerk', { type: 'COMPILE' })).status).toBe(422);

    clock.set(morningOf('2026-03-13'));
    await step('cooperator', {
      type: 'SUBMIT_PART',
      ...ktht,
      payload: { results: results([2, 3], 'Đã rà soát 120 hồ sơ') },
    });
    const accepted = await step('officeClerk', { type: 'ACCEPT_PART', ...ktht });
    expect(accepted.body.figures).toMatchObject({ units: 2, accepted: 2, acceptedLate: 1, returns: 1 });
    expect(accepted.body.parts.map((part) => part.late)).toEqual([false, true]);

    const compiled = await step('officeClerk', { type: 'COMPILE' });
    expect(compiled.body.state).toBe('compiling');
    expect(compiled.body.compiledText).toContain('Đã rà soát 120 hồ sơ 2');
    const text = `${compiled.body.compiledText}\n1. Ưu điểm\nCác đơn vị chủ động.`.replace(
      'II. Đánh giá chung\n1. Ưu điểm',
      'II. Đánh giá chung\n1. Ưu điểm\nNộp báo cáo đúng mẫu.',
    );
    await step('officeClerk', { type: 'EDIT_COMPILED', payload: { text } });
    expect((await step('officeClerk', { type: 'CLOSE_ROUND' })).status).toBe(403);
    const closed = await step('officeHead', { type: 'CLOSE_ROUND' });
    expect(closed.body).toMatchObject({ state: 'closed', closedAt: '2026-03-13T01:00:00.000Z' });
    expect(closed.body.history.map((event) => event.event)).toEqual([
      'SUBMIT_PART',
      'SUBMIT_PART',
      'RETURN_PART',
      'ACCEPT_PART',
      'SUBMIT_PART',
      'ACCEPT_PART',
      'COMPILE',
      'EDIT_COMPILED',
      'CLOSE_ROUND',
    ]);

    const leader = await as('leader');
    const docx = await fetch(`${suite.testApp.url}/api/reports/rounds/${roundId}/report.docx`, {
      headers: { authorization: `Bearer ${leader.accessToken}` },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX_MIME_TYPE);
    expect(docx.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Báo cáo 1-KH-UBND Quý I-2026.docx')}`,
    );
    const { value: docText } = await mammoth.extractRawText({
      buffer: Buffer.from(await docx.arrayBuffer()),
    });
    expect(docText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docText).toContain('/BC-UBND');
    expect(docText).toContain('Kết quả thực hiện Kế hoạch số 1/KH-UBND');
    expect(docText).toContain('Nộp báo cáo đúng mẫu.');
    for (const index of [0, 1, 2, 3]) expect(docText).toContain(`Nhiệm vụ thử nghiệm số ${index + 1}`);
    expect(docText).toContain('Đã rà soát 120 hồ sơ 3');

    const xlsx = await fetch(
      `${suite.testApp.url}/api/reports/plans/${suite.fixture.plan.id}/appendix.xlsx?roundId=${roundId}`,
      { headers: { authorization: `Bearer ${leader.accessToken}` } },
    );
    expect(xlsx.headers.get('content-type')).toBe(XLSX_MIME_TYPE);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheetText = book.worksheets[0].getSheetValues().flat().map(String).join('|');
    expect(sheetText).toContain('Đã ban hành kế hoạch 0');
    expect(sheetText).toContain('Đã rà soát 120 hồ sơ 3');
    const quarter = (
      await leader.get<FiguresDto>(`/api/reports/plans/${suite.fixture.plan.id}/figures?period=2026-Q1`)
    ).body;
    expect(counts(quarter)).toEqual([1, 0, 3, 0]);
  });

  it('exports a board view with its filters as of a day', async () => {
    const leader = await as('leader');
    const url = `${suite.testApp.url}/api/reports/plans/${suite.fixture.plan.id}/board.xlsx?at=2026-07-10&unitId=${units().KTHT.id}`;
    const answer = await fetch(url, { headers: { authorization: `Bearer ${leader.accessToken}` } });
    expect(answer.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await answer.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const text = book.worksheets[0].getSheetValues().flat().map(String).join('|');
    expect(text).toContain('Nhiệm vụ thử nghiệm số 3');
    expect(text).toContain('Nhiệm vụ thử nghiệm số 4');
    expect(text).not.toContain('Nhiệm vụ thử nghiệm số 1');
    expect(text).toContain('Chưa hoàn thành quá hạn');
  });
});
