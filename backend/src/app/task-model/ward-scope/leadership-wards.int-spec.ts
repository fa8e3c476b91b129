import type { ApiErrorBody, LeadershipBoardDto, LeadershipWardDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../../testing/fixtures';
import { BoardWatcher } from '../../../testing/socket-client';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { newId } from '../../common/ids';
import { WardGrantEntity } from '../../org/entities/ward-grant.entity';

const SUBMIT = { event: 'SUBMIT', expectedVersion: 1, payload: { deliverableRef: 'bao-cao.pdf' } };

type WardAck = { ok: boolean; code?: string; message?: string };

function joinWard(watcher: BoardWatcher, request: Record<string, unknown> = {}): Promise<WardAck> {
  return new Promise((resolve) => watcher.socket.emit('ward.join', request as never, resolve));
}

/**
 * A city-level leader: the leader of one ward (`home`) granted two more (`north`, `south`), with a
 * fourth ward (`elsewhere`) they were never granted.
 */
describeEachDatabase('leadership across granted wards', (kind) => {
  let testApp: TestApp;
  let home: Fixture;
  let north: Fixture;
  let south: Fixture;
  let elsewhere: Fixture;
  const watchers: BoardWatcher[] = [];

  const login = (fixture: Fixture, seat: Seat) =>
    ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD);
  const watch = async (client: ApiClient) => {
    const watcher = await BoardWatcher.connect(testApp.url, client.accessToken);
    watchers.push(watcher);
    return watcher;
  };
  const grant = (fixture: Fixture, seat: Seat, ward: Fixture) =>
    testApp.dataSource.manager.insert(WardGrantEntity, {
      userId: fixture.users[seat].id,
      wardId: ward.ward.id,
      createdAt: new Date().toISOString(),
    });

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    home = await createFixture(testApp.dataSource, { taskCount: 1 });
    north = await createFixture(testApp.dataSource, { taskCount: 2 });
    south = await createFixture(testApp.dataSource, { taskCount: 3 });
    elsewhere = await createFixture(testApp.dataSource, { taskCount: 1 });
    await grant(home, 'leader', north);
    await grant(home, 'leader', south);
    // A grant to someone who is not a leader opens nothing: the role is checked first.
    await grant(home, 'leadStaff', north);
  });

  afterAll(async () => {
    watchers.forEach((watcher) => watcher.close());
    await testApp.close();
  });

  it('lists the own ward first, then the granted ones; a leader without grants sees only their own', async () => {
    const cityLeader = await login(home, 'leader');
    const listed = await cityLeader.get<LeadershipWardDto[]>(API.leadershipWards);
    expect(listed.status).toBe(200);
    expect(listed.body.map((ward) => [ward.id, ward.home])).toEqual([
      [home.ward.id, true],
      ...[north, south]
        .sort((a, b) => a.ward.name.localeCompare(b.ward.name, 'vi'))
        .map((fixture) => [fixture.ward.id, false]),
    ]);
    expect(listed.body[0]).toEqual({
      id: home.ward.id,
      code: home.ward.code,
      name: home.ward.name,
      home: true,
    });

    const wardLeader = await login(north, 'leader');
    expect((await wardLeader.get<LeadershipWardDto[]>(API.leadershipWards)).body).toEqual([
      { id: north.ward.id, code: north.ward.code, name: north.ward.name, home: true },
    ]);
  });

  it('reads each granted ward’s board, ward by ward, and refuses any other ward with 404', async () => {
    const cityLeader = await login(home, 'leader');
    for (const [fixture, tasks] of [
      [home, 1],
      [north, 2],
      [south, 3],
    ] as const) {
      const board = await cityLeader.get<LeadershipBoardDto>(API.leadershipOfWard(fixture.ward.id));
      expect(board.status).toBe(200);
      expect(board.body.ward).toEqual({
        id: fixture.ward.id,
        code: fixture.ward.code,
        name: fixture.ward.name,
      });
      const pvhcc = board.body.units.find((row) => row.unit.id === fixture.units.PVHCC.id);
      expect(Object.values(pvhcc?.counts ?? {}).reduce((sum, count) => sum + count, 0)).toBe(tasks);
    }
    expect((await cityLeader.get<LeadershipBoardDto>(API.leadership)).body.ward.id).toBe(home.ward.id);

    const refused = await cityLeader.get<ApiErrorBody>(API.leadershipOfWard(elsewhere.ward.id));
    expect(refused.status).toBe(404);
    expect(refused.body.code).toBe('NOT_FOUND');
    expect((await cityLeader.get(API.leadershipOfWard(newId()))).status).toBe(404);
  });

  it('answers a malformed ward with 400 and a non-leader with 403, grant or not', async () => {
    const cityLeader = await login(home, 'leader');
    const malformed = await cityLeader.get<ApiErrorBody>(API.leadershipOfWard('not-a-ward'));
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');

    const staff = await login(home, 'leadStaff');
    expect((await staff.get<ApiErrorBody>(API.leadershipOfWard(north.ward.id))).body.code).toBe('FORBIDDEN');
    expect((await staff.get(API.leadershipWards)).status).toBe(403);
  });

  it('lets a ward leader read no other ward, however it asks', async () => {
    const wardLeader = await login(north, 'leader');
    expect((await wardLeader.get(API.leadershipOfWard(home.ward.id))).status).toBe(404);
    expect((await wardLeader.get(API.leadershipOfWard(south.ward.id))).status).toBe(404);
  });

  it('follows a granted ward live, authorised like its board, and only that ward', async () => {
    const cityLeader = await watch(await login(home, 'leader'));
    expect(await joinWard(cityLeader, { wardId: south.ward.id })).toEqual({ ok: true });
    expect(await joinWard(cityLeader, { wardId: elsewhere.ward.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await joinWard(cityLeader, { wardId: 42 })).toMatchObject({
      ok: false,
      code: 'VALIDATION_FAILED',
    });
    const staff = await watch(await login(home, 'leadStaff'));
    expect(await joinWard(staff, { wardId: north.ward.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    // A move in a ward the socket never joined comes first; the granted ward's move after it.
    const elsewhereLead = await login(elsewhere, 'leadStaff');
    expect((await elsewhereLead.post(API.transitions(elsewhere.tasks[0].id), SUBMIT)).status).toBe(200);
    const southLead = await login(south, 'leadStaff');
    expect((await southLead.post(API.transitions(south.tasks[0].id), SUBMIT)).status).toBe(200);
    await cityLeader.waitFor(1);
    expect(cityLeader.received.map((message) => [message.card.wardId, message.card.id])).toEqual([
      [south.ward.id, south.tasks[0].id],
    ]);
  });

  it('stops following a ward it leaves, and keeps following the others', async () => {
    const cityLeader = await watch(await login(home, 'leader'));
    expect(await joinWard(cityLeader, { wardId: north.ward.id })).toEqual({ ok: true });
    expect(await joinWard(cityLeader, { wardId: south.ward.id })).toEqual({ ok: true });
    cityLeader.socket.emit('ward.leave', { wardId: north.ward.id });
    // A round trip after the leave: the server has handled it before the moves below.
    expect(await joinWard(cityLeader, { wardId: south.ward.id })).toEqual({ ok: true });

    const northLead = await login(north, 'leadStaff');
    expect((await northLead.post(API.transitions(north.tasks[1].id), SUBMIT)).status).toBe(200);
    const southLead = await login(south, 'leadStaff');
    expect((await southLead.post(API.transitions(south.tasks[1].id), SUBMIT)).status).toBe(200);
    await cityLeader.waitFor(1);
    expect(cityLeader.received.map((message) => [message.card.wardId, message.card.id])).toEqual([
      [south.ward.id, south.tasks[1].id],
    ]);
  });

  it('stops at once when the grant is taken away', async () => {
    const cityLeader = await login(home, 'leader');
    await grant(home, 'leader', elsewhere);
    expect((await cityLeader.get(API.leadershipOfWard(elsewhere.ward.id))).status).toBe(200);
    await testApp.dataSource.manager.delete(WardGrantEntity, {
      userId: home.users.leader.id,
      wardId: elsewhere.ward.id,
    });
    expect((await cityLeader.get(API.leadershipOfWard(elsewhere.ward.id))).status).toBe(404);
    const watcher = await watch(cityLeader);
    expect(await joinWard(watcher, { wardId: elsewhere.ward.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
  });
});
