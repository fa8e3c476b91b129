import type {
  ApiErrorBody,
  BoardDto,
  CreatedPlanDto,
  PlanSummaryDto,
  TaskChangedMessage,
  TaskDetailDto,
  TransitionResponse,
  WardSettingsDto,
} from '@dondoc/contracts';
import { ADMIN_API, API } from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../../testing/fixtures';
import { LiveRecorder } from '../../../testing/socket-client';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { adminCall } from '../../administration/testing/admin-http';
import { verifyEventChains } from '../../audit/chain-verification';
import { verifyDatabaseLog } from '../../audit/log-verification';
import { UnitEntity } from '../../org/entities/unit.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEventEntity } from '../../task-model/entities/task-event.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';

type Answer = TransitionResponse & ApiErrorBody;

describeEachDatabase('plans and tasks by hand', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let other: Fixture;
  const clients = {} as Record<Seat, ApiClient>;
  let otherAdmin: ApiClient;
  let plan: CreatedPlanDto;

  const planBody = (symbol: string) => ({
    symbol,
    issuedOn: '2026-03-15',
    issuer: 'UBND phường',
    title: 'Kế hoạch chuyển đổi số năm 2026',
    legalBasis: ['Nghị quyết số 57-NQ/TW'],
    sections: [
      { key: 'I', title: 'Chỉ đạo, điều hành' },
      { key: 'II', title: 'Chính quyền số' },
    ],
  });
  const taskBody = (overrides: Record<string, unknown> = {}) => ({
    content: 'Xây dựng kế hoạch số hoá hồ sơ',
    sectionKey: 'II',
    leadUnitId: fixture.units.PVHCC.id,
    cooperatorUnitIds: [fixture.units.KTHT.id],
    deliverable: 'Kế hoạch',
    deadlineText: 'Trước ngày 15/04/2026',
    ...overrides,
  });
  const rowCounts = async () => ({
    plans: await testApp.dataSource.manager.countBy(PlanEntity, { wardId: fixture.ward.id }),
    tasks: await testApp.dataSource.manager.countBy(TaskEntity, { wardId: fixture.ward.id }),
    events: await testApp.dataSource.manager.countBy(TaskEventEntity, { wardId: fixture.ward.id }),
  });

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    other = await createFixture(testApp.dataSource, { taskCount: 1 });
    for (const seat of ['leadStaff', 'leader', 'admin', 'officeClerk', 'approver'] as Seat[])
      clients[seat] = await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD);
    otherAdmin = await ApiClient.login(testApp.url, other.users.admin.username, FIXTURE_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('lets the admin create a plan with the usual reviewer and approver units, and refuses others', async () => {
    const before = await rowCounts();
    expect((await clients.leadStaff.post(API.plans, planBody('1/KH-UBND'))).status).toBe(403);
    expect((await clients.leader.post(API.plans, planBody('1/KH-UBND'))).status).toBe(403);
    const missing = await clients.admin.post<ApiErrorBody>(API.plans, {
      ...planBody('1/KH-UBND'),
      title: '',
    });
    expect(missing).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(await rowCounts()).toEqual(before);

    const created = await clients.admin.post<CreatedPlanDto>(API.plans, planBody('158/KH-UBND'));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      symbol: '158/KH-UBND',
      year: 2026,
      reviewerUnitId: fixture.units.VHXH.id,
      approverUnitId: fixture.units.VP.id,
      sections: [{ key: 'I' }, { key: 'II' }],
    });
    plan = created.body;

    const again = await clients.officeClerk.post<ApiErrorBody>(API.plans, planBody('158/KH-UBND'));
    expect(again).toMatchObject({ status: 400, body: { message: 'Phường đã có kế hoạch số 158/KH-UBND' } });
    expect((await clients.officeClerk.post(API.plans, planBody('159/KH-UBND'))).status).toBe(201);
  });

  it('sends a task added by hand to the plan board and the leadership room at once, with its version', async () => {
    const board = await LiveRecorder.connect(testApp.url, clients.leadStaff.accessToken, 'task.created');
    const leadership = await LiveRecorder.connect(testApp.url, clients.leader.accessToken, 'task.created');
    try {
      expect((await board.joinPlan(plan.id)).ok).toBe(true);
      expect((await leadership.joinWard()).ok).toBe(true);
      const added = await clients.admin.post<Answer>(API.planTasks(plan.id), taskBody());
      expect(added.status).toBe(201);
      expect(added.body.card).toMatchObject({
        planId: plan.id,
        ref: '1',
        leadUnitCode: 'PVHCC',
        cooperatorUnitCodes: ['KTHT'],
        due: '2026-04-14',
        column: 'draft',
        version: 2,
      });
      expect(added.body.event).toMatchObject({ event: 'CREATE_TASK', version: 2 });
      await board.waitFor(1);
      await leadership.waitFor(1);
      for (const heard of [board.received[0], leadership.received[0]] as TaskChangedMessage[])
        expect(heard.card).toMatchObject({ id: added.body.card.id, version: 2 });

      const detail = await clients.leadStaff.get<TaskDetailDto>(API.task(added.body.card.id));
      expect(detail.body.history.map((event) => event.event)).toEqual(['CREATE_TASK']);
    } finally {
      board.close();
      leadership.close();
    }
  });

  it('refuses a task naming a unit of another ward, a deactivated unit or a section the plan lacks, writing nothing', async () => {
    const manager = testApp.dataSource.manager;
    await manager.update(
      UnitEntity,
      { id: fixture.units.CA.id },
      { deactivatedAt: new Date().toISOString() },
    );
    const before = await rowCounts();
    const refusals = [
      taskBody({ leadUnitId: other.units.PVHCC.id }),
      taskBody({ cooperatorUnitIds: [fixture.units.CA.id] }),
      taskBody({ sectionKey: 'IX' }),
      taskBody({ content: '' }),
    ];
    for (const body of refusals) {
      const answer = await clients.admin.post<ApiErrorBody>(API.planTasks(plan.id), body);
      expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }
    expect((await clients.leadStaff.post(API.planTasks(plan.id), taskBody())).status).toBe(403);
    expect((await otherAdmin.post(API.planTasks(plan.id), taskBody())).status).toBe(404);
    expect(await rowCounts()).toEqual(before);
    await manager.update(UnitEntity, { id: fixture.units.CA.id }, { deactivatedAt: null });
  });

  it('corrects a deadline as an event saying from what to what, sent live; a stale version is a 409', async () => {
    const added = await clients.admin.post<Answer>(
      API.planTasks(plan.id),
      taskBody({ content: 'Báo cáo số hoá' }),
    );
    const taskId = added.body.card.id;
    const board = await LiveRecorder.connect(testApp.url, clients.leadStaff.accessToken, 'task.changed');
    try {
      expect((await board.joinPlan(plan.id)).ok).toBe(true);
      const edited = await clients.admin.patch<Answer>(API.task(taskId), {
        expectedVersion: 2,
        deadlineText: 'Trước ngày 30/05/2026',
      });
      expect(edited.status).toBe(200);
      expect(edited.body.card).toMatchObject({
        due: '2026-05-29',
        deadlineText: 'Trước ngày 30/05/2026',
        version: 3,
      });
      expect(edited.body.event).toMatchObject({
        event: 'EDIT_TASK',
        actor: { id: fixture.users.admin.id },
        payload: {
          changes: { deadlineText: { from: 'Trước ngày 15/04/2026', to: 'Trước ngày 30/05/2026' } },
        },
      });
      await board.waitFor(1);
      expect(board.received[0]?.card).toMatchObject({ id: taskId, version: 3, due: '2026-05-29' });
    } finally {
      board.close();
    }
    const stale = await clients.admin.patch<ApiErrorBody>(API.task(taskId), {
      expectedVersion: 2,
      content: 'Khác',
    });
    expect(stale).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
    const unchanged = await clients.admin.patch<ApiErrorBody>(API.task(taskId), { expectedVersion: 3 });
    expect(unchanged.status).toBe(400);
    expect((await otherAdmin.patch(API.task(taskId), { expectedVersion: 3, content: 'X' })).status).toBe(404);
    expect(
      (await clients.leadStaff.patch(API.task(taskId), { expectedVersion: 3, content: 'X' })).status,
    ).toBe(403);
  });

  it('changes the type and the lead while a draft, only the lead after a move, and cancels with a reason', async () => {
    const added = await clients.admin.post<Answer>(
      API.planTasks(plan.id),
      taskBody({ content: 'Ban hành quy chế' }),
    );
    const taskId = added.body.card.id;
    const retyped = await clients.admin.patch<Answer>(API.task(taskId), {
      expectedVersion: 2,
      type: 'ongoing',
      leadUnitId: fixture.units.VHXH.id,
      cooperatorUnitIds: [fixture.units.PVHCC.id],
    });
    expect(retyped.body.card).toMatchObject({
      type: 'ongoing',
      leadUnitCode: 'VHXH',
      cooperatorUnitCodes: ['PVHCC'],
    });
    expect(retyped.body.event.payload).toMatchObject({
      changes: {
        type: { from: 'document', to: 'ongoing' },
        leadUnitId: { from: fixture.units.PVHCC.id, to: fixture.units.VHXH.id },
      },
    });
    const reviewer = await ApiClient.login(
      testApp.url,
      fixture.users.reviewerClerk.username,
      FIXTURE_PASSWORD,
    );
    const progress = await reviewer.post<Answer>(API.transitions(taskId), {
      event: 'REPORT_PROGRESS',
      expectedVersion: 3,
      payload: { summary: 'Đã làm một nửa', percentDone: 50 },
    });
    expect(progress.status).toBe(200);
    const late = await clients.admin.patch<ApiErrorBody>(API.task(taskId), {
      expectedVersion: 4,
      type: 'document',
    });
    expect(late).toMatchObject({ status: 422, body: { code: 'EVENT_NOT_ACCEPTED' } });
    const relead = await clients.admin.patch<Answer>(API.task(taskId), {
      expectedVersion: 4,
      leadUnitId: fixture.units.PVHCC.id,
    });
    expect(relead.body.card).toMatchObject({ leadUnitCode: 'PVHCC', version: 5 });

    const cancelled = await clients.admin.post<Answer>(API.transitions(taskId), {
      event: 'CANCEL',
      expectedVersion: 5,
      payload: { reason: 'Không còn áp dụng' },
    });
    expect(cancelled.body.card).toMatchObject({ column: 'cancelled', version: 6 });
    const closed = await clients.admin.patch<ApiErrorBody>(API.task(taskId), {
      expectedVersion: 6,
      content: 'X',
    });
    expect(closed.status).toBe(422);
  });

  it('reads "Trước ngày D" of a task as its plan does, and tells every reader of the board how it reads it', async () => {
    const readingOf = async (planId: string) => ({
      listed: (await clients.leadStaff.get<PlanSummaryDto[]>(API.plans)).body.find((one) => one.id === planId)
        ?.beforeDateInclusive,
      onBoard: (await clients.officeClerk.get<BoardDto>(API.board(planId))).body.plan.beforeDateInclusive,
    });
    expect(await readingOf(plan.id)).toEqual({ listed: false, onBoard: false });

    const usual = await adminCall<WardSettingsDto>(
      testApp.url,
      clients.admin.accessToken,
      'GET',
      ADMIN_API.settings,
    );
    const saved = await adminCall(testApp.url, clients.admin.accessToken, 'PUT', ADMIN_API.settings, {
      ...usual.body,
      beforeDateReading: 'same_day',
    });
    expect(saved.status).toBe(200);
    const inclusive = (await clients.officeClerk.post<CreatedPlanDto>(API.plans, planBody('160/KH-UBND')))
      .body;
    expect(await readingOf(inclusive.id)).toEqual({ listed: true, onBoard: true });

    // The plan made before the change keeps its reading: what the form shows is what is saved.
    const dueOf = async (planId: string) =>
      (await clients.officeClerk.post<Answer>(API.planTasks(planId), taskBody({ sectionKey: null }))).body
        .card.due;
    expect(await dueOf(inclusive.id)).toBe('2026-04-15');
    expect(await dueOf(plan.id)).toBe('2026-04-14');
    await adminCall(testApp.url, clients.admin.accessToken, 'PUT', ADMIN_API.settings, usual.body);
  });

  it('leaves every task log folding and every ward chain whole', async () => {
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
    expect((await verifyEventChains(testApp.dataSource)).breaks).toEqual([]);
  });
});
