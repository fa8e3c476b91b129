import type {
  ApiErrorBody,
  CardDto,
  TaskDetailDto,
  TaskEventDto,
  TaskOpinionsDto,
  TransitionResponse,
} from '@dondoc/contracts';
import { API, COLLABORATION_API } from '@dondoc/contracts';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { verifyDatabaseLog } from '../audit/log-verification';

/** 08:00 in Vietnam on the given date. */
const morningOf = (date: string) => `${date}T01:00:00.000Z`;

describeEachDatabase('opinions, returns, extensions and comments through the API', (kind) => {
  const suite = useApiSuite(kind, morningOf('2026-03-02'), {
    tasks: [
      { type: 'legal_document' },
      { type: 'legal_document' },
      { type: 'document' },
      { type: 'document' },
      { type: 'document' },
      { type: 'document' },
    ],
  });
  const { clock, as } = suite;

  const taskId = (index: number) => suite.fixture.tasks[index].id;
  const move = async (seat: Seat, index: number, body: Record<string, unknown>) =>
    (await as(seat)).post<TransitionResponse & ApiErrorBody>(API.transitions(taskId(index)), body);
  const opinions = async (index: number) =>
    (await (await as('leadHead')).get<TaskOpinionsDto>(COLLABORATION_API.opinions(taskId(index)))).body;
  const card = async (index: number) =>
    (await (await as('leader')).get<TaskDetailDto>(API.task(taskId(index)))).body.card;

  it('keeps a consultation open until every cooperator has answered', async () => {
    const started = await move('leadStaff', 0, {
      event: 'START_CONSULTATION',
      expectedVersion: 1,
      payload: { deadline: '2026-03-10' },
    });
    expect(started.status).toBe(200);
    expect(started.body.card.opinions).toEqual({ given: 0, total: 1 });
    expect(await opinions(0)).toEqual({
      taskId: taskId(0),
      deadline: '2026-03-10',
      open: true,
      given: 0,
      total: 1,
      opinions: [
        {
          unitId: suite.fixture.units.KTHT.id,
          unitCode: 'KTHT',
          status: 'waiting',
          text: null,
          byName: null,
          at: null,
        },
      ],
    });

    // Neither the lead, nor the office, nor a payload claiming the deadline passed may close it now.
    for (const [seat, payload, status, code] of [
      ['leadStaff', {}, 422, 'EVENT_NOT_ACCEPTED'],
      ['approver', {}, 422, 'EVENT_NOT_ACCEPTED'],
      // Only the scheduler says a deadline passed: a client saying so is refused, naming the key.
      ['leadStaff', { deadlinePassed: true }, 400, 'INVALID_PAYLOAD'],
    ] as [Seat, Record<string, unknown>, number, string][]) {
      const refused = await move(seat, 0, { event: 'CLOSE_CONSULTATION', expectedVersion: 2, payload });
      expect({ seat, status: refused.status, code: refused.body.code }).toEqual({ seat, status, code });
    }

    const answered = await move('cooperator', 0, {
      event: 'GIVE_OPINION',
      expectedVersion: 2,
      payload: { opinion: 'Thống nhất với dự thảo' },
    });
    expect(answered.body.card.opinions).toEqual({ given: 1, total: 1 });
    const closed = await move('leadStaff', 0, { event: 'CLOSE_CONSULTATION', expectedVersion: 3 });
    expect(closed.status).toBe(200);
    expect(closed.body.card.state).toBe('consulted');
    expect(await opinions(0)).toMatchObject({
      open: false,
      given: 1,
      opinions: [{ status: 'given', text: 'Thống nhất với dự thảo', byName: 'Người dùng cooperator' }],
    });
  });

  it('lets a consultation close without an answer only after its deadline, recording none', async () => {
    await move('leadStaff', 1, {
      event: 'START_CONSULTATION',
      expectedVersion: 1,
      payload: { deadline: '2026-03-10' },
    });
    clock.set(morningOf('2026-03-10'));
    expect((await opinions(1)).opinions[0].status).toBe('waiting');
    const onDeadlineDay = await move('approver', 1, { event: 'CLOSE_CONSULTATION', expectedVersion: 2 });
    expect(onDeadlineDay.status).toBe(422);

    clock.set(morningOf('2026-03-11'));
    expect((await opinions(1)).opinions[0].status).toBe('overdue');
    const closed = await move('approver', 1, { event: 'CLOSE_CONSULTATION', expectedVersion: 2 });
    expect(closed.status).toBe(200);
    expect(closed.body.card.opinions).toEqual({ given: 0, total: 1 });
    expect((await opinions(1)).opinions[0]).toMatchObject({
      status: 'none_recorded',
      text: 'Không có ý kiến',
      byName: null,
    });
  });

  it('shows the return reason on the card until the resubmission, and keeps every round', async () => {
    await move('leadStaff', 2, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'v1.docx' },
    });
    const returned = await move('reviewer', 2, {
      event: 'RETURN',
      expectedVersion: 2,
      comment: 'Thiếu số liệu',
    });
    expect(returned.body.card).toMatchObject({ column: 'returned', returnReason: 'Thiếu số liệu' });
    expect((await card(2)).returnReason).toBe('Thiếu số liệu');
    const again = await move('leadStaff', 2, {
      event: 'SUBMIT',
      expectedVersion: 3,
      payload: { deliverableRef: 'v2.docx' },
    });
    expect(again.body.card.column).toBe('submitted');
    expect(again.body.card).not.toHaveProperty('returnReason');
    const detail = await (await as('leader')).get<TaskDetailDto>(API.task(taskId(2)));
    expect(detail.body.history.map((event) => [event.event, event.comment])).toEqual([
      ['SUBMIT', null],
      ['RETURN', 'Thiếu số liệu'],
      ['SUBMIT', null],
    ]);
  });

  it('judges timeliness by a granted extension, and not by a refused one', async () => {
    clock.set(morningOf('2026-07-06'));
    const request = {
      event: 'REQUEST_EXTENSION',
      expectedVersion: 1,
      payload: { newDue: '2026-07-31', reason: 'Chờ số liệu' },
    };
    for (const index of [3, 4]) {
      expect(await card(index)).toMatchObject({ due: '2026-06-30', timeliness: 'overdue' });
      const requested = await move('leadStaff', index, request);
      expect(requested.body.card).toMatchObject({ due: '2026-06-30', timeliness: 'overdue' });
    }

    const granted = await move('approver', 3, { event: 'GRANT_EXTENSION', expectedVersion: 2 });
    expect(granted.status).toBe(200);
    const refused = await move('approver', 4, {
      event: 'REFUSE_EXTENSION',
      expectedVersion: 2,
      payload: { reason: 'Không có căn cứ' },
    });
    expect(refused.status).toBe(200);

    const extended: Partial<CardDto> = {
      due: '2026-07-31',
      plannedDue: '2026-06-30',
      timeliness: 'on_track',
    };
    expect(granted.body.card).toMatchObject(extended);
    expect(await card(3)).toMatchObject(extended);
    const kept = await card(4);
    expect(kept).toMatchObject({ due: '2026-06-30', timeliness: 'overdue' });
    expect(kept).not.toHaveProperty('plannedDue');
  });

  it('records the ward users a comment mentions, and refuses mentions a client writes itself', async () => {
    const { cooperator, outsider } = suite.fixture.users;
    const text = `Nhờ @${cooperator.username} và @${outsider.username.toUpperCase()} xem giúp; @khong.co.ai.`;
    const commented = await (
      await as('leadStaff')
    ).post<TransitionResponse>(COLLABORATION_API.comments(taskId(5)), { text });
    expect(commented.status).toBe(201);
    expect(commented.body.event).toMatchObject({ event: 'COMMENT', comment: text });
    expect(commented.body.event.payload).toEqual({ mentions: [cooperator.id, outsider.id] });

    const forged = await move('leadStaff', 5, {
      event: 'COMMENT',
      expectedVersion: 2,
      comment: 'Bình luận',
      payload: { mentions: [suite.fixture.users.leader.id] },
    });
    // Only the server resolves mentions: a client writing them is refused, naming the key.
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({
      code: 'INVALID_PAYLOAD',
      message: expect.stringContaining('mentions'),
    });

    // Someone of the ward with no relation to the task may not comment on it.
    const outside = await (
      await as('outsider')
    ).post<ApiErrorBody>(COLLABORATION_API.comments(taskId(5)), { text: 'Chào' });
    expect(outside.status).toBe(403);
    const blank = await (
      await as('leadStaff')
    ).post<ApiErrorBody>(COLLABORATION_API.comments(taskId(5)), { text: '   ' });
    expect(blank.status).toBe(400);
    const history = (await (await as('leader')).get<TaskDetailDto>(API.task(taskId(5)))).body.history;
    expect(history.map((event: TaskEventDto) => event.event)).toEqual(['COMMENT']);
  });

  it('leaves a log that folds to every row', async () => {
    expect((await verifyDatabaseLog(suite.testApp.dataSource)).mismatches).toEqual([]);
  });
});
