import type {
  ApiErrorBody,
  BoardDto,
  CardTimeliness,
  LeadershipBoardDto,
  TransitionResponse,
} from '@dondoc/contracts';
import { API, CARD_TIMELINESS } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { appendToChain } from '../audit/event-chain';
import { newId } from '../common/ids';
import { asUpdate, insertRows } from '../database/insert-rows';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { NO_LEAD_UNIT } from './timeliness-tally';

/** Tuesday 5 May 2026, 10:00 in Vietnam; due soon means within 3 working days. */
const NOW = '2026-05-05T03:00:00.000Z';
const ISSUED = { issuedNumber: '15/KH-UBND', issuedOn: '2026-03-02' };

type Counts = Record<string, Record<CardTimeliness, number>>;

/** The same counts from the plan boards' cards: the card path, not the leadership query. */
async function countsFromBoards(client: ApiClient, planIds: string[]): Promise<Counts> {
  const counts: Counts = {};
  for (const planId of planIds) {
    const board = await client.get<BoardDto>(API.board(planId));
    for (const card of board.body.cards) {
      if (card.childCount > 0) continue;
      const key = card.leadUnitCode ?? NO_LEAD_UNIT.code;
      counts[key] ??= Object.fromEntries(CARD_TIMELINESS.map((name) => [name, 0])) as Record<
        CardTimeliness,
        number
      >;
      counts[key][card.timeliness] += 1;
    }
  }
  return counts;
}

function countsFromLeadership(board: LeadershipBoardDto): Counts {
  return Object.fromEntries(
    board.units
      .filter((row) => Object.values(row.counts).some((count) => count > 0))
      .map((row) => [row.unit.code, row.counts]),
  );
}

describeEachDatabase('leadership board', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let other: Fixture;
  const clients = {} as Record<Seat, ApiClient>;
  const clock = new SettableClock(NOW);

  const task = (index: number) => fixture.tasks[index];
  const setTask = (index: number, values: Partial<TaskEntity>) =>
    testApp.dataSource.manager.update(TaskEntity, { id: task(index).id }, asUpdate(values));
  const move = async (seat: Seat, index: number, body: Record<string, unknown>) => {
    const answer = await clients[seat].post<TransitionResponse & ApiErrorBody>(
      API.transitions(task(index).id),
      body,
    );
    if (answer.status !== 200) throw new Error(`${String(body['event'])}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const leadership = async (seat: Seat = 'leader') => {
    const answer = await clients[seat].get<LeadershipBoardDto>(API.leadership);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    fixture = await createFixture(testApp.dataSource, { taskCount: 10 });
    // The fixture's task objects may not match their rows' ids on SQLite: read them back in plan order.
    fixture.tasks = await testApp.dataSource.manager.find(TaskEntity, {
      where: { planId: fixture.plan.id },
      order: { position: 'ASC' },
    });
    other = await createFixture(testApp.dataSource, { taskCount: 3 });
    for (const [seat, user] of Object.entries(fixture.users))
      clients[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
    await setTask(0, { due: '2026-04-01' });
    await setTask(1, { due: '2026-05-04' });
    await setTask(2, { due: '2026-05-06' });
    await setTask(3, { due: '2026-05-07' });
    await setTask(5, { due: null });
    // A granted extension: the plan's date has passed, the one in force has not.
    await setTask(6, { due: '2026-05-04', context: { ...task(6).context, dueOverride: '2026-09-30' } });
    // Several leads written, none chosen yet.
    await setTask(7, { due: '2026-04-15', leadUnitId: null, needsPrimaryLead: true });
    // A container (task 8) counts through its child (task 9), led by KTHT.
    await setTask(8, { due: '2026-04-01' });
    await setTask(9, { parentId: task(8).id, leadUnitId: fixture.units.KTHT.id });
    // The other ward is all overdue: none of it may show here.
    for (const otherTask of other.tasks)
      await testApp.dataSource.manager.update(TaskEntity, { id: otherTask.id }, { due: '2026-01-05' });
  });

  afterAll(() => testApp.close());

  it('refuses everyone but leaders and admins with 403', async () => {
    for (const seat of ['leadStaff', 'leadHead', 'reviewer', 'approver', 'outsider'] as const) {
      const answer = await clients[seat].get<ApiErrorBody>(API.leadership);
      expect([seat, answer.status, answer.body.code]).toEqual([seat, 403, 'FORBIDDEN']);
    }
    expect((await clients.admin.get(API.leadership)).status).toBe(200);
    expect((await clients.leadUnitLeader.get(API.leadership)).status).toBe(200);
  });

  it('counts each counted task once, under its lead unit, with the cards’ timeliness', async () => {
    const board = await leadership();
    expect(board.ward).toEqual({ id: fixture.ward.id, code: fixture.ward.code, name: fixture.ward.name });
    expect(board.asOf).toBe(NOW);
    expect(countsFromLeadership(board)).toEqual({
      PVHCC: {
        not_due: 1,
        on_track: 2,
        due_soon: 2,
        overdue: 2,
        done_on_time: 0,
        done_late: 0,
        cancelled: 0,
      },
      KTHT: { not_due: 0, on_track: 1, due_soon: 0, overdue: 0, done_on_time: 0, done_late: 0, cancelled: 0 },
      [NO_LEAD_UNIT.code]: {
        not_due: 0,
        on_track: 0,
        due_soon: 0,
        overdue: 1,
        done_on_time: 0,
        done_late: 0,
        cancelled: 0,
      },
    });
    expect(board.totals).toEqual({
      not_due: 1,
      on_track: 3,
      due_soon: 2,
      overdue: 3,
      done_on_time: 0,
      done_late: 0,
      cancelled: 0,
    });
    expect(board.units.map((row) => row.unit.code)).toEqual([
      'CA',
      'KTHT',
      'PVHCC',
      'UBND',
      'VHXH',
      'VP',
      '—',
    ]);
    expect(countsFromLeadership(board)).toEqual(await countsFromBoards(clients.leader, [fixture.plan.id]));
  });

  it('lists overdue tasks first, then due-soon ones, earliest due first, containers left out', async () => {
    const board = await leadership();
    expect(board.attention.map((item) => [item.ref, item.timeliness, item.due, item.leadUnitCode])).toEqual([
      ['1', 'overdue', '2026-04-01', 'PVHCC'],
      ['8', 'overdue', '2026-04-15', null],
      ['2', 'overdue', '2026-05-04', 'PVHCC'],
      ['3', 'due_soon', '2026-05-06', 'PVHCC'],
      ['4', 'due_soon', '2026-05-07', 'PVHCC'],
    ]);
    expect(board.attention[0]).toEqual({
      taskId: task(0).id,
      planId: fixture.plan.id,
      ref: '1',
      title: task(0).content,
      leadUnitCode: 'PVHCC',
      due: '2026-04-01',
      timeliness: 'overdue',
    });
  });

  it('follows moves: counts, attention and the ticker change, and still match the cards', async () => {
    await move('leadStaff', 1, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'kh.pdf' },
    });
    await move('reviewer', 1, { event: 'REVIEW', expectedVersion: 2 });
    await move('approver', 1, { event: 'APPROVE', expectedVersion: 3, payload: ISSUED });
    await move('approver', 2, { event: 'CANCEL', expectedVersion: 1, comment: 'Không còn phù hợp' });
    const board = await leadership();
    // The cancelled task leaves "Sắp đến hạn" for "Đã huỷ", counted apart.
    expect(board.units.find((row) => row.unit.code === 'PVHCC')?.counts).toEqual({
      not_due: 1,
      on_track: 2,
      due_soon: 1,
      overdue: 1,
      done_on_time: 0,
      done_late: 1,
      cancelled: 1,
    });
    expect(board.attention.map((item) => item.ref)).toEqual(['1', '8', '4']);
    expect(board.ticker.map((item) => [item.ref, item.event, item.toState, item.unitCode])).toEqual([
      ['3', 'CANCEL', 'cancelled', 'VP'],
      ['2', 'APPROVE', 'approved', 'VP'],
      ['2', 'REVIEW', 'reviewed', 'VHXH'],
      ['2', 'SUBMIT', 'submitted', 'PVHCC'],
    ]);
    expect(board.ticker[0]).toMatchObject({
      taskId: task(2).id,
      planId: fixture.plan.id,
      title: task(2).content,
      fromState: 'draft',
      actorName: fixture.users.approver.fullName,
      at: NOW,
    });
    expect(countsFromLeadership(board)).toEqual(await countsFromBoards(clients.leader, [fixture.plan.id]));
  });

  it('sees tasks added without an event (imports, period cards) at once', async () => {
    const before = await leadership();
    const added = { ...task(4), id: newId(), ref: '99', position: 99, due: '2026-04-20' };
    await insertRows(testApp.dataSource.manager, TaskEntity, added);
    const after = await leadership();
    expect(after.totals).toEqual({ ...before.totals, overdue: before.totals.overdue + 1 });
    await testApp.dataSource.manager.delete(TaskEntity, { id: added.id });
    expect((await leadership()).totals).toEqual(before.totals);
  });

  it('keeps wards apart: another ward’s tasks and events are never counted or listed', async () => {
    const stranger = await ApiClient.login(testApp.url, other.users.leader.username, FIXTURE_PASSWORD);
    const otherLead = await ApiClient.login(testApp.url, other.users.leadStaff.username, FIXTURE_PASSWORD);
    await otherLead.post(API.transitions(other.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'x.pdf' },
    });
    const theirs = (await stranger.get<LeadershipBoardDto>(API.leadership)).body;
    expect(theirs.ward.id).toBe(other.ward.id);
    expect(theirs.totals).toEqual({ ...theirs.totals, overdue: 3 });
    expect(Object.values(theirs.totals).reduce((sum, count) => sum + count, 0)).toBe(3);
    expect(theirs.ticker.map((item) => item.taskId)).toEqual([other.tasks[0].id]);

    const ours = await leadership();
    expect(Object.values(ours.totals).reduce((sum, count) => sum + count, 0)).toBe(9);
    const otherIds = new Set(other.tasks.map((otherTask) => otherTask.id));
    expect(ours.attention.some((item) => otherIds.has(item.taskId))).toBe(false);
    expect(ours.ticker.some((item) => otherIds.has(item.taskId))).toBe(false);
  });

  it('judges the kept tally by today’s date: due soon turns overdue as days pass, without any change', async () => {
    const before = await leadership();
    clock.set('2026-05-12T03:00:00.000Z');
    try {
      // A week on, yesterday's tokens have expired: sign in again.
      const leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
      const later = (await leader.get<LeadershipBoardDto>(API.leadership)).body;
      expect(before.totals.due_soon).toBeGreaterThan(0);
      expect(later.totals.due_soon).toBe(0);
      expect(later.totals.overdue).toBe(before.totals.overdue + before.totals.due_soon);
      expect(countsFromLeadership(later)).toEqual(await countsFromBoards(leader, [fixture.plan.id]));
    } finally {
      clock.set(NOW);
    }
  });
  it('catches up with a change written by another process: its event tells, only that task is read again', async () => {
    const before = await leadership();
    expect(before.attention.map((item) => item.ref)).toContain('4');
    // What a transition in another process leaves behind: the row moved and one event appended
    // to the ward's chain (which moves its head).
    await setTask(3, { state: 'cancelled', column: 'cancelled', version: task(3).version + 1 });
    await testApp.dataSource.transaction((manager) =>
      appendToChain(
        manager,
        manager.create(TaskEventEntity, {
          wardId: fixture.ward.id,
          planId: fixture.plan.id,
          taskId: task(3).id,
          actorName: 'another process',
          event: 'CANCEL',
          fromState: 'draft',
          toState: 'cancelled',
          version: task(3).version + 1,
          at: NOW,
        }),
      ),
    );
    const after = await leadership();
    expect(after.totals).toEqual({
      ...before.totals,
      due_soon: before.totals.due_soon - 1,
      cancelled: before.totals.cancelled + 1,
    });
    expect(after.attention.map((item) => item.ref)).not.toContain('4');
    expect(after.ticker[0]).toMatchObject({ ref: '4', event: 'CANCEL', actorName: 'another process' });
    expect(countsFromLeadership(after)).toEqual(await countsFromBoards(clients.leader, [fixture.plan.id]));
  });
});
