import type { ApiErrorBody, BoardDto, CardDto, PlanSummaryDto, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TaskEntity } from '../task-model/entities/task.entity';
import { BoardCards } from './board-cards';

const SUBMIT = { event: 'SUBMIT', expectedVersion: 1, payload: { deliverableRef: 'kh.pdf' } };

describeEachDatabase('plan board paged per column', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let leader: ApiClient;
  let submitted: TransitionResponse[];

  const page = (query: string) =>
    leader.get<BoardDto & ApiErrorBody>(`${API.board(fixture.plan.id)}?${query}`);

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 12 });
    // The fixture's task objects may not match their rows' ids on SQLite: read them back in plan order.
    fixture.tasks = await testApp.dataSource.manager.find(TaskEntity, {
      where: { planId: fixture.plan.id },
      order: { position: 'ASC' },
    });
    leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    submitted = [];
    for (const index of [3, 7])
      submitted.push(
        (await lead.post<TransitionResponse>(API.transitions(fixture.tasks[index].id), SUBMIT)).body,
      );
  });

  afterAll(() => testApp.close());

  it('lists the plan with its alternate reviewer unit, none by default (the approver unit reviews)', async () => {
    const plans = (await leader.get<PlanSummaryDto[]>(API.plans)).body;
    expect(plans.find((plan) => plan.id === fixture.plan.id)).toMatchObject({
      reviewerUnitId: fixture.units.VHXH.id,
      alternateReviewerUnitId: null,
    });
  });

  it('serves the whole board without paging parameters, as before', async () => {
    const whole = await leader.get<BoardDto>(API.board(fixture.plan.id));
    expect(whole.status).toBe(200);
    expect(whole.body.cards).toHaveLength(12);
    expect(whole.body.page).toBeUndefined();
  });

  it('reads the whole board batch by batch in plan order, each card once, as the answer draws it', async () => {
    const whole = (await leader.get<BoardDto>(API.board(fixture.plan.id))).body;
    const codes = new Map(whole.units.map((unit) => [unit.id, unit.code]));
    const batches: CardDto[][] = [];
    // Batches of 5 over 12 cards: two full ones and a short last one.
    for await (const batch of testApp.app
      .get(BoardCards)
      .batchesOfPlan(fixture.plan.id, fixture.plan.wardId, codes, 5))
      batches.push(batch);
    expect(batches.map((batch) => batch.length)).toEqual([5, 5, 2]);
    expect(batches.flat()).toEqual(whole.cards);
    expect(whole.cards.map((card) => card.id)).toEqual(fixture.tasks.map((task) => task.id));
    expect(whole.plan.taskCount).toBe(12);
  });

  it('pages one column in plan order, with the same cards as the whole board and the column total', async () => {
    const whole = (await leader.get<BoardDto>(API.board(fixture.plan.id))).body;
    const drafts = whole.cards.filter((card) => card.column === 'draft');
    const first = await page('column=draft&offset=0&limit=4');
    expect(first.status).toBe(200);
    expect(first.body.page).toEqual({ column: 'draft', offset: 0, limit: 4, total: 10 });
    expect(first.body.cards).toEqual(drafts.slice(0, 4));
    expect(first.body.cursor).toBe(whole.cursor);
    expect(first.body.plan.taskCount).toBe(12);
    expect(first.body.units.map((unit) => unit.code)).toContain('PVHCC');

    const last = await page('column=draft&offset=8&limit=4');
    expect(last.body.cards.map((card) => card.ref)).toEqual(drafts.slice(8).map((card) => card.ref));
    expect((await page('column=draft&offset=40&limit=4')).body.cards).toEqual([]);

    const submitted = await page('column=submitted');
    expect(submitted.body.page).toEqual({ column: 'submitted', offset: 0, limit: 100, total: 2 });
    expect(submitted.body.cards.map((card) => card.ref)).toEqual(['4', '8']);
  });

  it('draws a card the same whether read with the board or answered by a move, its context compact', async () => {
    const whole = (await leader.get<BoardDto>(API.board(fixture.plan.id))).body;
    for (const answer of submitted) {
      expect(whole.cards.find((card) => card.id === answer.card.id)).toEqual(answer.card);
      // Four eyes (#13): the context names who submitted the version, so no one reviews their own.
      expect(answer.card.context).toEqual({
        deliverableRef: 'kh.pdf',
        submittedBy: fixture.users.leadStaff.id,
      });
    }
    expect(whole.cards.find((card) => card.column === 'draft')?.context).toEqual({});
  });

  it('serves the first cards of every column with every column’s total (perColumn)', async () => {
    const whole = (await leader.get<BoardDto>(API.board(fixture.plan.id))).body;
    const first = await page('perColumn=3');
    expect(first.status).toBe(200);
    expect(first.body.page).toBeUndefined();
    expect(first.body.columnTotals).toEqual({
      waiting: 0,
      draft: 10,
      returned: 0,
      submitted: 2,
      reviewed: 0,
      approved: 0,
      cancelled: 0,
    });
    const inColumn = (column: string) => whole.cards.filter((card) => card.column === column);
    expect(first.body.cards).toEqual([...inColumn('draft').slice(0, 3), ...inColumn('submitted')]);
    expect(first.body.cursor).toBe(whole.cursor);
    expect(first.body.plan.taskCount).toBe(12);
    expect(first.body.sections).toEqual(whole.sections);
    expect(first.body.units).toEqual(whole.units);
  });

  it('answers 400 to a bad column, a limit over 500 and other malformed paging', async () => {
    for (const query of [
      'column=done',
      'column=draft&limit=501',
      'column=draft&limit=0',
      'column=draft&limit=abc',
      'column=draft&offset=-1',
      'column=draft&offset=1.5',
      'offset=0&limit=10',
      'column=draft&colour=blue',
      'perColumn=0',
      'perColumn=501',
      'perColumn=10&column=draft',
      'perColumn=10&offset=0',
    ]) {
      const answer = await page(query);
      expect([query, answer.status, answer.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    expect((await page('column=draft&limit=500')).status).toBe(200);
    expect((await page('perColumn=500')).status).toBe(200);
  });

  it('hides another ward’s plan behind 404, paged or not', async () => {
    const other = await createFixture(testApp.dataSource, { taskCount: 1 });
    const stranger = await ApiClient.login(testApp.url, other.users.leader.username, FIXTURE_PASSWORD);
    expect((await stranger.get(`${API.board(fixture.plan.id)}?column=draft`)).status).toBe(404);
    expect((await stranger.get(`${API.board(fixture.plan.id)}?perColumn=5`)).status).toBe(404);
  });
});
