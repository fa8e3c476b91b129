import type { ApiErrorBody, TransitionResponse, UnitBoardDto, UnitBoardGroup } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { UserEntity } from '../org/entities/user.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const NOW = '2026-05-05T03:00:00.000Z';
const DELIVERABLE = { deliverableRef: 'ke-hoach.docx' };
const ISSUED = { issuedNumber: '15/KH-UBND', issuedOn: '2026-03-02' };

type Groups = Partial<Record<UnitBoardGroup, string[]>>;

describeEachDatabase('unit board', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  const clients = {} as Record<Seat, ApiClient>;
  const clock = new SettableClock(NOW);

  const ref = (index: number) => fixture.tasks[index].ref;
  const move = async (seat: Seat, index: number, body: Record<string, unknown>) => {
    const answer = await clients[seat].post<TransitionResponse & ApiErrorBody>(
      API.transitions(fixture.tasks[index].id),
      body,
    );
    if (answer.status !== 200) throw new Error(`${String(body['event'])}: ${JSON.stringify(answer.body)}`);
    clock.advance(60_000); // one move a minute: "latest first" has one answer
  };
  const board = async (client: ApiClient) => {
    const answer = await client.get<UnitBoardDto>(API.unitBoard);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  /** Refs per non-empty group. */
  const groupsOf = (unitBoard: UnitBoardDto): Groups =>
    Object.fromEntries(
      unitBoard.groups
        .filter((group) => group.cards.length > 0)
        .map((group) => [group.key, group.cards.map((card) => card.ref)]),
    );

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    fixture = await createFixture(testApp.dataSource, {
      tasks: [
        { type: 'document' },
        { type: 'document' },
        { type: 'document' },
        { type: 'document' },
        { type: 'legal_document' },
        { type: 'document' },
      ],
    });
    // The fixture's task objects may not match their rows' ids on SQLite: read them back in plan order.
    fixture.tasks = await testApp.dataSource.manager.find(TaskEntity, {
      where: { planId: fixture.plan.id },
      order: { position: 'ASC' },
    });
    // Task 6 is a container whose child (task 1) the unit works: only the child shows.
    await testApp.dataSource.manager.update(
      TaskEntity,
      { id: fixture.tasks[0].id },
      { parentId: fixture.tasks[5].id },
    );
    await testApp.dataSource.manager.update(UserEntity, { id: fixture.users.outsider.id }, { unitId: null });
    for (const [seat, user] of Object.entries(fixture.users))
      clients[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('shows the lead its work to do and the cooperator what it waits for, with relation and plan title', async () => {
    const lead = await board(clients.leadStaff);
    expect(lead.unit).toEqual({
      id: fixture.units.PVHCC.id,
      code: 'PVHCC',
      name: fixture.units.PVHCC.name,
    });
    expect(lead.groups.map((group) => group.key)).toEqual([
      'to_do',
      'to_fix',
      'to_give_opinion',
      'waiting_for_others',
      'done',
    ]);
    expect(groupsOf(lead)).toEqual({ to_do: ['1', '2', '3', '4', '5'] });
    expect(lead.groups[0].cards[0]).toMatchObject({
      id: fixture.tasks[0].id,
      relation: 'lead',
      planTitle: fixture.plan.title,
      leadUnitCode: 'PVHCC',
      cooperatorUnitCodes: ['KTHT'],
      timeliness: 'on_track',
      version: 1,
    });

    const cooperator = await board(clients.cooperator);
    expect(cooperator.unit.code).toBe('KTHT');
    expect(groupsOf(cooperator)).toEqual({ waiting_for_others: ['1', '2', '3', '4', '5'] });
    expect(cooperator.groups[3].cards.every((card) => card.relation === 'cooperator')).toBe(true);

    expect(groupsOf(await board(clients.reviewer))).toEqual({});
  });

  it('regroups cards as they move: submitted, returned, approved, cancelled, consulted', async () => {
    await move('leadStaff', 0, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE });
    await move('leadStaff', 1, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE });
    await move('reviewer', 1, { event: 'RETURN', expectedVersion: 2, comment: 'Thiếu phụ lục' });
    await move('leadStaff', 2, { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE });
    await move('reviewer', 2, { event: 'REVIEW', expectedVersion: 2 });
    await move('approver', 2, { event: 'APPROVE', expectedVersion: 3, payload: ISSUED });
    await move('approver', 3, { event: 'CANCEL', expectedVersion: 1, comment: 'Không còn phù hợp' });
    await move('leadStaff', 4, {
      event: 'START_CONSULTATION',
      expectedVersion: 1,
      payload: { deadline: '2026-05-20' },
    });

    expect(groupsOf(await board(clients.leadStaff))).toEqual({
      to_do: [ref(4)],
      to_fix: [ref(1)],
      waiting_for_others: [ref(0)],
      done: [ref(3), ref(2)],
    });
    expect(groupsOf(await board(clients.cooperator))).toEqual({
      to_give_opinion: [ref(4)],
      waiting_for_others: [ref(0), ref(1)],
      done: [ref(3), ref(2)],
    });

    await move('cooperator', 4, {
      event: 'GIVE_OPINION',
      expectedVersion: 2,
      payload: { opinion: 'Đồng ý' },
    });
    expect(groupsOf(await board(clients.cooperator))).toEqual({
      waiting_for_others: [ref(0), ref(1), ref(4)],
      done: [ref(3), ref(2)],
    });
  });

  it('shows nothing of another ward, and answers 404 to a user without a unit', async () => {
    const other = await createFixture(testApp.dataSource, { taskCount: 2 });
    const stranger = await ApiClient.login(testApp.url, other.users.leadStaff.username, FIXTURE_PASSWORD);
    const theirs = await board(stranger);
    const ids = theirs.groups.flatMap((group) => group.cards.map((card) => card.id));
    expect(ids.sort()).toEqual(other.tasks.map((task) => task.id).sort());

    const ours = (await board(clients.leadStaff)).groups.flatMap((group) =>
      group.cards.map((card) => card.id),
    );
    expect(ours.some((id) => ids.includes(id))).toBe(false);

    const unitless = await clients.outsider.get<ApiErrorBody>(API.unitBoard);
    expect([unitless.status, unitless.body.code]).toEqual([404, 'NOT_FOUND']);
  });
});
