import { API } from '@dondoc/contracts';
import type { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { newId } from '../common/ids';
import { insertRows } from '../database/insert-rows';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const SUBMIT = { event: 'SUBMIT', expectedVersion: 1, payload: { deliverableRef: 'bao-cao.pdf' } };

type WardAck = { ok: boolean; code?: string; message?: string };

function joinWard(watcher: BoardWatcher): Promise<WardAck> {
  return new Promise((resolve) => watcher.socket.emit('ward.join', {}, resolve));
}

/** A second plan in the fixture's ward, with one draft task copied from the first plan's. */
async function addPlan(dataSource: DataSource, fixture: Fixture): Promise<TaskEntity> {
  const plan = { ...fixture.plan, id: newId(), symbol: '2/KH-UBND', title: 'Kế hoạch thứ hai' };
  const task = { ...fixture.tasks[0], id: newId(), planId: plan.id };
  await dataSource.manager.insert(PlanEntity, plan);
  await insertRows(dataSource.manager, TaskEntity, task);
  await dataSource.manager.insert(TaskUnitEntity, [
    { taskId: task.id, unitId: fixture.units.PVHCC.id, role: 'lead', wardId: fixture.ward.id },
  ]);
  return task;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('leadership live over Socket.IO', (kind) => {
  let testApp: TestApp;
  let ours: Fixture;
  let theirs: Fixture;
  let secondPlanTask: TaskEntity;
  const watchers: BoardWatcher[] = [];

  const login = (fixture: Fixture, seat: keyof Fixture['users']) =>
    ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD);
  const watch = async (client: ApiClient) => {
    const watcher = await BoardWatcher.connect(testApp.url, client.accessToken);
    watchers.push(watcher);
    return watcher;
  };

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    ours = await createFixture(testApp.dataSource, { taskCount: 2 });
    theirs = await createFixture(testApp.dataSource, { taskCount: 1 });
    secondPlanTask = await addPlan(testApp.dataSource, ours);
  });

  afterAll(async () => {
    watchers.forEach((watcher) => watcher.close());
    await testApp.close();
  });

  it('refuses a ward join to staff, and lets leaders and admins in', async () => {
    expect(await joinWard(await watch(await login(ours, 'leadStaff')))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await joinWard(await watch(await login(ours, 'approver')))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await joinWard(await watch(await login(ours, 'admin')))).toEqual({ ok: true });
  });

  it('sends a ward watcher every move of every plan in its ward, and nothing from another ward', async () => {
    const leader = await watch(await login(ours, 'leader'));
    const stranger = await watch(await login(theirs, 'leader'));
    const staff = await watch(await login(ours, 'leadStaff'));
    expect(await joinWard(leader)).toEqual({ ok: true });
    expect(await joinWard(stranger)).toEqual({ ok: true });
    await joinWard(staff);

    const lead = await login(ours, 'leadStaff');
    expect((await lead.post(API.transitions(ours.tasks[0].id), SUBMIT)).status).toBe(200);
    expect((await lead.post(API.transitions(secondPlanTask.id), SUBMIT)).status).toBe(200);
    await leader.waitFor(2);
    expect(
      leader.received.map((message) => [message.card.planId, message.card.id, message.event.event]),
    ).toEqual([
      [ours.plan.id, ours.tasks[0].id, 'SUBMIT'],
      [secondPlanTask.planId, secondPlanTask.id, 'SUBMIT'],
    ]);
    expect(leader.received[0].card.wardId).toBe(ours.ward.id);

    const theirLead = await login(theirs, 'leadStaff');
    expect((await theirLead.post(API.transitions(theirs.tasks[0].id), SUBMIT)).status).toBe(200);
    await stranger.waitFor(1);
    await pause(200);
    expect(stranger.received.map((message) => message.card.id)).toEqual([theirs.tasks[0].id]);
    expect(leader.received).toHaveLength(2);
    expect(staff.received).toHaveLength(0);
  });

  it('delivers a move once to a socket watching both the plan and the ward', async () => {
    const leader = await watch(await login(ours, 'leader'));
    await joinWard(leader);
    expect(await leader.join(ours.plan.id)).toMatchObject({ ok: true });
    const lead = await login(ours, 'leadStaff');
    expect((await lead.post(API.transitions(ours.tasks[1].id), SUBMIT)).status).toBe(200);
    await leader.waitFor(1);
    await pause(200);
    expect(leader.received).toHaveLength(1);
  });
});
