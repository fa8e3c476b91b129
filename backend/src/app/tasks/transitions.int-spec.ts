import type { ApiErrorBody, CardDto, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const DELIVERABLE = { deliverableRef: 'ke-hoach-v1.docx' };
const ISSUED = { issuedNumber: '15/KH-UBND', issuedOn: '2026-03-02' };

describeEachDatabase('task transitions through the API', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  const clients = {} as Record<Seat, ApiClient>;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 6 });
    for (const [seat, user] of Object.entries(fixture.users)) {
      clients[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
    }
  });

  afterAll(() => testApp.close());

  const task = (index: number) => fixture.tasks[index];
  const move = (seat: Seat, index: number, body: Record<string, unknown>) =>
    clients[seat].post<TransitionResponse & ApiErrorBody>(API.transitions(task(index).id), body);
  const snapshot = async (index: number) => ({
    row: await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: task(index).id }),
    events: await testApp.dataSource.manager.countBy(TaskEventEntity, { taskId: task(index).id }),
  });

  it('answers health with the database it uses', async () => {
    const answer = await new ApiClient(testApp.url).get<{ status: string; database: string }>(API.health);
    expect(answer).toEqual({ status: 200, body: expect.objectContaining({ status: 'ok', database: kind }) });
  });

  it('refuses a wrong password with 401 and one error shape', async () => {
    const answer = await new ApiClient(testApp.url).post(API.login, {
      username: fixture.users.leadStaff.username,
      password: 'sai',
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: expect.stringMatching(/mật khẩu/),
    });
  });

  it('refuses every API call without a token', async () => {
    const answer = await new ApiClient(testApp.url).get(API.plans);
    expect(answer.status).toBe(401);
  });

  it('takes a task from draft to approved, one version and one event per move', async () => {
    const steps: [Seat, Record<string, unknown>, string][] = [
      ['leadStaff', { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE }, 'submitted'],
      ['reviewer', { event: 'REVIEW', expectedVersion: 2, comment: 'Đạt' }, 'reviewed'],
      ['approver', { event: 'APPROVE', expectedVersion: 3, payload: ISSUED }, 'approved'],
    ];
    for (const [seat, body, column] of steps) {
      const answer = await move(seat, 0, body);
      expect(answer.status).toBe(200);
      expect(answer.body.card).toMatchObject({ column, version: (body['expectedVersion'] as number) + 1 });
    }
    const { row, events } = await snapshot(0);
    expect(row).toMatchObject({ state: 'approved', column: 'approved', version: 4 });
    expect(events).toBe(3);
    const detail = await clients.leader.get<{ history: { event: string; actor: { name: string } }[] }>(
      API.task(task(0).id),
    );
    expect(detail.body.history.map((event) => event.event)).toEqual(['SUBMIT', 'REVIEW', 'APPROVE']);
  });

  it('returns with a reason and takes the resubmission', async () => {
    expect(
      (await move('leadStaff', 1, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE })).status,
    ).toBe(200);
    const noReason = await move('reviewer', 1, { event: 'RETURN', expectedVersion: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('INVALID_PAYLOAD');
    const returned = await move('reviewer', 1, {
      event: 'RETURN',
      expectedVersion: 2,
      comment: 'Thiếu số liệu',
    });
    expect(returned.body.card).toMatchObject({ column: 'returned', version: 3 });
    const again = await move('leadStaff', 1, {
      event: 'SUBMIT',
      expectedVersion: 3,
      payload: { deliverableRef: 'v2.docx' },
    });
    expect(again.body.card).toMatchObject({ column: 'submitted', version: 4 });
  });

  it('answers a stale version with 409 and the current task, changing nothing', async () => {
    expect(
      (await move('leadStaff', 2, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE })).status,
    ).toBe(200);
    const before = await snapshot(2);
    const stale = await move('reviewer', 2, { event: 'REVIEW', expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.current as CardDto).toMatchObject({ id: task(2).id, version: 2, column: 'submitted' });
    expect(await snapshot(2)).toEqual(before);
  });

  it('refuses a forbidden move sent straight to the API with 403 and a reason, changing nothing', async () => {
    const before = await snapshot(3);
    for (const seat of ['leader', 'outsider', 'cooperator', 'approver'] as Seat[]) {
      const answer = await move(seat, 3, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE });
      expect({ seat, status: answer.status, code: answer.body.code }).toEqual({
        seat,
        status: 403,
        code: 'FORBIDDEN',
      });
      expect(answer.body.message.length).toBeGreaterThan(5);
    }
    expect(
      (await move('leadStaff', 3, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE })).status,
    ).toBe(200);
    const selfReview = await move('leadStaff', 3, { event: 'REVIEW', expectedVersion: 2 });
    expect(selfReview.status).toBe(403);
    expect(await snapshot(3)).toMatchObject({ row: { version: 2 }, events: before.events + 1 });
  });

  it('answers an event the state does not accept with 422', async () => {
    const answer = await move('approver', 4, { event: 'APPROVE', expectedVersion: 1, payload: ISSUED });
    expect(answer.status).toBe(422);
    expect(answer.body.code).toBe('EVENT_NOT_ACCEPTED');
  });

  it.each([
    ['no version', { event: 'SUBMIT' }],
    ['a version that is not a number', { event: 'SUBMIT', expectedVersion: 'one' }],
    ['a lower-case event', { event: 'submit', expectedVersion: 1 }],
    ['an unknown field', { event: 'SUBMIT', expectedVersion: 1, hack: true }],
    ['a payload that is not an object', { event: 'SUBMIT', expectedVersion: 1, payload: 'x' }],
    ['an over-long comment', { event: 'SUBMIT', expectedVersion: 1, comment: 'x'.repeat(5000) }],
  ])('answers %s with 400, changing nothing', async (_, body) => {
    const before = await snapshot(5);
    const answer = await move('leadStaff', 5, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await snapshot(5)).toEqual(before);
  });

  it('answers malformed JSON, a bad id and an unknown event with clear 4xx', async () => {
    const broken = await clients.leadStaff.post(API.transitions(task(5).id), null, '{"event": ');
    expect(broken.status).toBe(400);
    const badId = await clients.leadStaff.post(API.transitions('not-a-uuid'), {
      event: 'SUBMIT',
      expectedVersion: 1,
    });
    expect(badId.status).toBe(400);
    const unknown = await move('leadStaff', 5, { event: 'LAUNCH_ROCKET', expectedVersion: 1 });
    expect(unknown.status).toBe(422);
  });

  it('hides other wards: their plans and tasks are not found', async () => {
    const other = await createFixture(testApp.dataSource, { taskCount: 1 });
    const stranger = await ApiClient.login(testApp.url, other.users.approver.username, FIXTURE_PASSWORD);
    expect((await stranger.get(API.board(fixture.plan.id))).status).toBe(404);
    expect((await stranger.get(API.task(task(5).id))).status).toBe(404);
    const answer = await stranger.post(API.transitions(task(5).id), {
      event: 'CANCEL',
      expectedVersion: 1,
      comment: 'x',
    });
    expect(answer.status).toBe(404);
  });

  it('lets exactly one of 50 concurrent moves with the same version win', async () => {
    const concurrent = await createFixture(testApp.dataSource, { taskCount: 1 });
    const lead = await ApiClient.login(testApp.url, concurrent.users.leadStaff.username, FIXTURE_PASSWORD);
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        lead.post(API.transitions(concurrent.tasks[0].id), {
          event: 'SUBMIT',
          expectedVersion: 1,
          payload: DELIVERABLE,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const events = await testApp.dataSource.manager.countBy(TaskEventEntity, {
      taskId: concurrent.tasks[0].id,
    });
    expect(events).toBe(1);
  });
});
