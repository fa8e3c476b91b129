import type {
  ApiErrorBody,
  DelegationDto,
  MyDelegationsDto,
  TaskDetailDto,
  TransitionResponse,
} from '@dondoc/contracts';
import { API, COLLABORATION_API } from '@dondoc/contracts';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { verifyDatabaseLog } from '../audit/log-verification';

const morningOf = (date: string) => `${date}T01:00:00.000Z`;
const ISSUED = { issuedNumber: '15/KH-UBND', issuedOn: '2026-03-02' };

describeEachDatabase('stand-ins (ủy quyền) through the API', (kind) => {
  const suite = useApiSuite(kind, morningOf('2026-03-02'), { taskCount: 3 });
  const { clock, as } = suite;

  const taskId = (index: number) => suite.fixture.tasks[index].id;
  const move = async (seat: Seat, index: number, body: Record<string, unknown>) =>
    (await as(seat)).post<TransitionResponse & ApiErrorBody>(API.transitions(taskId(index)), body);
  const delegate = async (seat: Seat, toSeat: Seat, startsOn: string, endsOn: string) =>
    (await as(seat)).post<DelegationDto & ApiErrorBody>(COLLABORATION_API.delegations, {
      toUsername: suite.fixture.users[toSeat].username,
      startsOn,
      endsOn,
    });
  const revoke = async (seat: Seat, delegationId: string) => {
    const response = await fetch(`${suite.testApp.url}${COLLABORATION_API.delegation(delegationId)}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${(await as(seat)).accessToken}` },
    });
    return { status: response.status, body: (await response.json()) as DelegationDto & ApiErrorBody };
  };
  const approveOnBehalf = (version: number, onBehalfOf?: string) =>
    move('officeClerk', 0, { event: 'APPROVE', expectedVersion: version, payload: ISSUED, onBehalfOf });

  it('lets only a unit head or approver delegate, to a colleague of their own unit, for dates that make sense', async () => {
    const refusals: [Seat, Seat, string, string, number][] = [
      ['officeClerk', 'officeHead', '2026-03-02', '2026-03-09', 403],
      ['approver', 'reviewer', '2026-03-02', '2026-03-09', 400],
      ['approver', 'approver', '2026-03-02', '2026-03-09', 400],
      ['approver', 'officeClerk', '2026-03-09', '2026-03-02', 400],
      ['approver', 'officeClerk', '2026-02-01', '2026-02-28', 400],
    ];
    for (const [seat, toSeat, startsOn, endsOn, status] of refusals) {
      const answer = await delegate(seat, toSeat, startsOn, endsOn);
      expect({ seat, toSeat, startsOn, status: answer.status }).toEqual({ seat, toSeat, startsOn, status });
      expect(answer.body.message).toEqual(expect.any(String));
    }
    expect(
      (await (await as('approver')).get<MyDelegationsDto>(COLLABORATION_API.myDelegations)).body.given,
    ).toEqual([]);
  });

  it('lets a stand-in act within the dates, recorded as acting for the giver', async () => {
    await move('leadStaff', 0, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'v1.docx' },
    });
    await move('reviewer', 0, { event: 'REVIEW', expectedVersion: 2 });

    // Before any delegation the clerk has no approver's rights, whatever the request claims.
    expect((await approveOnBehalf(3)).status).toBe(403);
    expect((await approveOnBehalf(3, suite.fixture.users.approver.id)).status).toBe(403);

    const created = await delegate('approver', 'officeClerk', '2026-03-02', '2026-03-06');
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      from: { id: suite.fixture.users.approver.id, roles: ['approver'] },
      to: { id: suite.fixture.users.officeClerk.id },
      active: true,
      revokedAt: null,
    });
    const mine = (await (await as('officeClerk')).get<MyDelegationsDto>(COLLABORATION_API.myDelegations))
      .body;
    expect(mine.received.map((delegation) => delegation.id)).toEqual([created.body.id]);

    expect((await approveOnBehalf(3)).status).toBe(403);
    const approved = await approveOnBehalf(3, suite.fixture.users.approver.id);
    expect(approved.status).toBe(200);
    expect(approved.body.card.column).toBe('approved');
    expect(approved.body.event).toMatchObject({
      event: 'APPROVE',
      actor: { id: suite.fixture.users.officeClerk.id, name: 'Người dùng officeClerk', unitCode: 'VP' },
      payload: {
        ...ISSUED,
        onBehalfOf: { id: suite.fixture.users.approver.id, name: 'Người dùng approver' },
      },
    });
    const history = (await (await as('leader')).get<TaskDetailDto>(API.task(taskId(0)))).body.history;
    expect(history.at(-1)?.payload?.['onBehalfOf']).toEqual({
      id: suite.fixture.users.approver.id,
      name: 'Người dùng approver',
    });
  });

  it('stops a stand-in after the last day and once revoked, and keeps a claim a client writes out of the log', async () => {
    const created = await delegate('approver', 'officeClerk', '2026-03-02', '2026-03-06');
    await move('leadStaff', 1, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'v1.docx' },
    });
    await move('reviewer', 1, { event: 'REVIEW', expectedVersion: 2 });
    const approve = {
      event: 'APPROVE',
      expectedVersion: 3,
      payload: ISSUED,
      onBehalfOf: suite.fixture.users.approver.id,
    };

    clock.set(morningOf('2026-03-07'));
    expect((await move('officeClerk', 1, approve)).status).toBe(403);

    clock.set(morningOf('2026-03-03'));
    expect((await revoke('officeClerk', created.body.id)).status).toBe(403);
    // The approver ends every delegation they gave (the one of the test before is still in force).
    const given = (await (await as('approver')).get<MyDelegationsDto>(COLLABORATION_API.myDelegations)).body
      .given;
    expect(given.filter((delegation) => delegation.active)).toHaveLength(2);
    for (const delegation of given) {
      const revoked = await revoke('approver', delegation.id);
      expect(revoked.body).toMatchObject({ active: false, revokedAt: expect.any(String) });
    }
    const refused = await move('officeClerk', 1, approve);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/ủy quyền/);

    const claimed = await move('leadStaff', 2, {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: {
        deliverableRef: 'v1.docx',
        onBehalfOf: { id: suite.fixture.users.leadHead.id, name: 'Trưởng phòng' },
      },
    });
    // Only the server writes whom a move was made for: a client claiming it is refused, naming the key.
    expect(claimed.status).toBe(400);
    expect(claimed.body).toMatchObject({
      code: 'INVALID_PAYLOAD',
      message: expect.stringContaining('onBehalfOf'),
    });
  });

  it('leaves a log that folds to every row', async () => {
    expect((await verifyDatabaseLog(suite.testApp.dataSource)).mismatches).toEqual([]);
  });
});
