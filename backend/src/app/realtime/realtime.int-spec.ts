import type { BoardDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

const SUBMIT = { event: 'SUBMIT', payload: { deliverableRef: 'bao-cao.pdf' } };

describeEachDatabase('live boards over Socket.IO', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let lead: ApiClient;
  let leader: ApiClient;
  const watchers: BoardWatcher[] = [];

  const watch = async (client: ApiClient | null) => {
    const watcher = await BoardWatcher.connect(testApp.url, client?.accessToken);
    watchers.push(watcher);
    return watcher;
  };

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 4 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
  });

  afterAll(async () => {
    watchers.forEach((watcher) => watcher.close());
    await testApp.close();
  });

  it('serves the board with its cursor', async () => {
    const board = await leader.get<BoardDto>(API.board(fixture.plan.id));
    expect(board.status).toBe(200);
    expect(board.body.cards.map((card) => card.ref)).toEqual(['1', '2', '3', '4']);
    expect(board.body.cards[0]).toMatchObject({
      column: 'draft',
      leadUnitCode: 'PVHCC',
      cooperatorUnitCodes: ['KTHT'],
      version: 1,
    });
    expect(board.body.columns).toContain('approved');
  });

  it('pushes a committed move to every watcher of the plan, and to nobody else', async () => {
    const first = await watch(leader);
    const second = await watch(lead);
    const elsewhere = await watch(leader);
    expect(await first.join(fixture.plan.id)).toMatchObject({ ok: true });
    expect(await second.join(fixture.plan.id)).toMatchObject({ ok: true });

    const answer = await lead.post(API.transitions(fixture.tasks[0].id), { ...SUBMIT, expectedVersion: 1 });
    expect(answer.status).toBe(200);
    await Promise.all([first.waitFor(1), second.waitFor(1)]);
    expect(first.received[0]).toMatchObject({
      card: { id: fixture.tasks[0].id, column: 'submitted', version: 2 },
      event: { event: 'SUBMIT' },
    });
    expect(elsewhere.received).toHaveLength(0);
  });

  it('publishes nothing for a refused move', async () => {
    const watcher = await watch(leader);
    await watcher.join(fixture.plan.id);
    const refused = await leader.post(API.transitions(fixture.tasks[1].id), {
      ...SUBMIT,
      expectedVersion: 1,
    });
    expect(refused.status).toBe(403);
    await lead.post(API.transitions(fixture.tasks[1].id), { ...SUBMIT, expectedVersion: 1 });
    await watcher.waitFor(1);
    expect(watcher.received.map((message) => message.card.id)).toEqual([fixture.tasks[1].id]);
  });

  it('hands a rejoining client exactly what it missed since its last event', async () => {
    const watcher = await watch(leader);
    const ack = await watcher.join(fixture.plan.id);
    expect(ack.ok).toBe(true);
    const board = await leader.get<BoardDto>(API.board(fixture.plan.id));
    const cursor = board.body.cursor;
    watcher.close();
    await lead.post(API.transitions(fixture.tasks[2].id), { ...SUBMIT, expectedVersion: 1 });
    await lead.post(API.transitions(fixture.tasks[3].id), { ...SUBMIT, expectedVersion: 1 });
    const back = await watch(leader);
    const resumed = await back.join(fixture.plan.id, cursor);
    expect(resumed).toMatchObject({ ok: true, tooFarBehind: false });
    if (!resumed.ok) throw new Error('join refused');
    expect(resumed.missed.map((message) => message.card.id)).toEqual([
      fixture.tasks[2].id,
      fixture.tasks[3].id,
    ]);
    const viaHttp = await leader.get<{ missed: unknown[] }>(API.planEvents(fixture.plan.id, cursor));
    expect(viaHttp.body.missed).toHaveLength(2);
  });

  it('refuses a join to a plan of another ward, and a socket without a valid token', async () => {
    const other = await createFixture(testApp.dataSource, { taskCount: 1 });
    const stranger = await ApiClient.login(testApp.url, other.users.leader.username, FIXTURE_PASSWORD);
    const watcher = await watch(stranger);
    expect(await watcher.join(fixture.plan.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const anonymous = await watch(null).catch((error: Error) => error);
    if (anonymous instanceof Error) return;
    await new Promise<void>((resolve) =>
      anonymous.socket.disconnected ? resolve() : anonymous.socket.once('disconnect', () => resolve()),
    );
    expect(anonymous.socket.connected).toBe(false);
  });
});
