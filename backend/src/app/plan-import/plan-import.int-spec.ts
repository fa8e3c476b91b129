import type { ApiErrorBody, PlanSummaryDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { readSeedPlanText } from '@dondoc/seed-data';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { LiveRecorder } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyEventChains } from '../audit/chain-verification';
import { verifyDatabaseLog } from '../audit/log-verification';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

describeEachDatabase('importing a plan from its text', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let adminToken: string;
  let staffToken: string;

  const login = async (username: string) => {
    const response = await fetch(testApp.url + API.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };

  const importText = async (token: string, body: string | Blob, query = '?year=2026') => {
    const response = await fetch(`${testApp.url}/api/plans/import${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${token}` },
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as ApiErrorBody & Record<string, unknown>,
    };
  };

  const counts = async () => ({
    plans: await testApp.dataSource.manager.count(PlanEntity),
    tasks: await testApp.dataSource.manager.count(TaskEntity),
  });

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    adminToken = await login(fixture.users.admin.username);
    staffToken = await login(fixture.users.leadStaff.username);
  });

  afterAll(() => testApp.close());

  it('creates the plan with every task of a real appendix, reporting what it could not resolve', async () => {
    const answer = await importText(adminToken, readSeedPlanText('nhi-chieu-kl226-2026.txt'));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ taskCount: 19, planId: expect.any(String) });
    expect((answer.body['warnings'] as unknown[]).length).toBeGreaterThan(0);
    const plans = await fetch(testApp.url + API.plans, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const list = (await plans.json()) as PlanSummaryDto[];
    expect(list.find((plan) => plan.id === answer.body['planId'])).toMatchObject({
      taskCount: 19,
      symbol: '158/KH-UBND',
    });
  });

  it('tells the leadership view of every imported task at once, each with its creation event in the tasks’ order on the chain', async () => {
    const leader = await LiveRecorder.connect(
      testApp.url,
      await login(fixture.users.leader.username),
      'task.created',
    );
    try {
      expect((await leader.joinWard()).ok).toBe(true);
      const answer = await importText(
        adminToken,
        readSeedPlanText('nhi-chieu-kl226-2026.txt'),
        '?year=2026&symbol=226-bis',
      );
      expect(answer.status).toBe(201);
      const tasks = await testApp.dataSource.manager.countBy(TaskEntity, {
        planId: answer.body['planId'] as string,
      });
      await leader.waitFor(tasks);
      expect(new Set(leader.received.map((message) => message.card.planId))).toEqual(
        new Set([answer.body['planId']]),
      );
      expect(
        leader.received.every(
          (message) => message.card.version === 2 && message.event.actor.id === fixture.users.admin.id,
        ),
      ).toBe(true);

      // Written set by set, each task's CREATE_TASK follows the plan's order on the ward's chain,
      // and each live card is the one the board reads.
      const planId = answer.body['planId'] as string;
      const manager = testApp.dataSource.manager;
      const inOrder = await manager.find(TaskEntity, { where: { planId }, order: { position: 'ASC' } });
      const events = await manager.find(TaskEventEntity, { where: { planId }, order: { id: 'ASC' } });
      expect(events.map((event) => [event.taskId, event.event, event.version])).toEqual(
        inOrder.map((task) => [task.id, 'CREATE_TASK', 2]),
      );
      const board = await fetch(testApp.url + API.board(planId), {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(leader.received.map((message) => message.card).sort(byId)).toEqual(
        ((await board.json()) as { cards: { id: string }[] }).cards.sort(byId),
      );
    } finally {
      leader.close();
    }
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
    expect((await verifyEventChains(testApp.dataSource)).breaks).toEqual([]);
  });

  it('previews without saving when asked to', async () => {
    const before = await counts();
    const answer = await importText(
      adminToken,
      readSeedPlanText('hai-duong-cchc-2026.txt'),
      '?year=2026&dryRun=true',
    );
    expect(answer.body).toMatchObject({ planId: null, taskCount: 45 });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['an empty text', ''],
    ['a binary file', new Blob([Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254, 0, 0])])],
    ['a text with no task table', 'Kính gửi các phòng, ban.\nĐề nghị các đơn vị báo cáo kết quả.\n'],
  ])('refuses %s with 400 and the reason, saving nothing', async (_, body) => {
    const before = await counts();
    const answer = await importText(adminToken, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'INVALID_PAYLOAD', details: expect.any(Array) });
    expect(answer.body.details?.length).toBeGreaterThan(0);
    expect(await counts()).toEqual(before);
  });

  it('refuses a 10 MB paste with 413, saving nothing', async () => {
    const before = await counts();
    const answer = await importText(adminToken, 'TT\tNội dung\n'.repeat(900_000));
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await counts()).toEqual(before);
  });

  it('refuses an import by anyone but an admin, and a bad year', async () => {
    expect((await importText(staffToken, readSeedPlanText('nhi-chieu-kl226-2026.txt'))).status).toBe(403);
    expect((await importText(adminToken, 'x', '?year=abc')).status).toBe(400);
  });
});
