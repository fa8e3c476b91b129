import { ADMIN_API, API, type BoardDto, type WardSettingsDto } from '@dondoc/contracts';
import { readSeedPlanText } from '@dondoc/seed-data';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { DailyDigestEntity } from '../../notifications/entities/daily-digest.entity';
import { TaskAlertEntity } from '../../notifications/reminders/task-alert.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { adminCall } from '../testing/admin-http';

/** Monday 1 June 2026, 10:00 in Vietnam: the fixtures' tasks are due 30/06, 21 working days ahead. */
const MONDAY_10_VN = '2026-06-01T03:00:00.000Z';

/**
 * A ward's saved settings are read wherever they matter: due-soon days on its cards and reminders,
 * its digest hour, its reading of "Trước ngày D" and its reviewer and approver units of new plans
 * — and another ward keeps the deployment's defaults.
 */
describeEachDatabase('ward settings where they matter', (kind) => {
  const clock = new SettableClock(MONDAY_10_VN);
  let testApp: SchedulerTestApp;
  let wardA: Fixture;
  let wardB: Fixture;
  let adminA: string;
  let adminB: string;

  const save = (changes: Partial<WardSettingsDto>) =>
    adminCall<WardSettingsDto>(testApp.url, adminA, 'PUT', ADMIN_API.settings, {
      reviewerUnitId: null,
      approverUnitId: null,
      beforeDateReading: 'previous_day',
      dueSoonWorkingDays: 3,
      digestHour: 7,
      ...changes,
    });
  const timelinessOn = async (token: string, fixture: Fixture) => {
    const board = await adminCall<BoardDto>(testApp.url, token, 'GET', API.board(fixture.plan.id));
    return board.body.cards.map((card) => card.timeliness);
  };

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    wardA = await createFixture(testApp.dataSource, { taskCount: 1 });
    wardB = await createFixture(testApp.dataSource, { taskCount: 1 });
    adminA = (await ApiClient.login(testApp.url, wardA.users.admin.username, FIXTURE_PASSWORD)).accessToken;
    adminB = (await ApiClient.login(testApp.url, wardB.users.admin.username, FIXTURE_PASSWORD)).accessToken;
  });

  afterAll(() => testApp.close());

  it('counts "due soon" by the ward’s own working days, on its cards and in its reminders', async () => {
    expect(await timelinessOn(adminA, wardA)).toEqual(['on_track']);
    expect((await save({ dueSoonWorkingDays: 30 })).status).toBe(200);
    expect(await timelinessOn(adminA, wardA)).toEqual(['due_soon']);
    expect(await timelinessOn(adminB, wardB)).toEqual(['on_track']);

    await testApp.runner.runDueJobs(clock.now());
    const alerts = await testApp.dataSource.manager.find(TaskAlertEntity, { where: { kind: 'due_soon' } });
    expect(alerts.map((alert) => alert.wardId)).toEqual([wardA.ward.id]);
    expect((await save({ dueSoonWorkingDays: 3 })).status).toBe(200);
  });

  it('makes each ward’s daily digests from its own hour', async () => {
    expect((await save({ digestHour: 11 })).status).toBe(200);
    const digestsOf = (fixture: Fixture) =>
      testApp.dataSource.manager.countBy(DailyDigestEntity, {
        wardId: fixture.ward.id,
        digestDate: '2026-06-02',
      });
    clock.set('2026-06-02T03:00:00.000Z');
    await testApp.runner.runDueJobs(clock.now());
    expect(await digestsOf(wardA)).toBe(0);
    expect(await digestsOf(wardB)).toBeGreaterThan(0);
    clock.set('2026-06-02T04:00:00.000Z');
    await testApp.runner.runDueJobs(clock.now());
    expect(await digestsOf(wardA)).toBe(Object.keys(wardA.units).length);
    clock.set(MONDAY_10_VN);
  });

  it('reads "Trước ngày D" as the ward says and starts new plans with its reviewer and approver', async () => {
    const importPlan = async () => {
      const response = await fetch(`${testApp.url}/api/plans/import?year=2026`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${adminA}` },
        body: readSeedPlanText('hai-duong-cchc-2026.txt'),
      });
      expect(response.status).toBe(201);
      const { planId } = (await response.json()) as { planId: string };
      const plan = await testApp.dataSource.manager.findOneByOrFail(PlanEntity, { id: planId });
      const tasks = await testApp.dataSource.manager.findBy(TaskEntity, { planId });
      const before = tasks.find((task) => /^Trước ngày/i.test(task.deadlineText.trim()));
      return { plan, due: before?.due };
    };

    const usual = await importPlan();
    expect(usual.plan).toMatchObject({
      reviewerUnitId: wardA.units.VHXH.id,
      approverUnitId: wardA.units.VP.id,
      beforeDateInclusive: false,
    });
    expect(usual.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    expect(
      (
        await save({
          reviewerUnitId: wardA.units.KTHT.id,
          approverUnitId: wardA.units.UBND.id,
          beforeDateReading: 'same_day',
        })
      ).status,
    ).toBe(200);
    const own = await importPlan();
    expect(own.plan).toMatchObject({
      reviewerUnitId: wardA.units.KTHT.id,
      approverUnitId: wardA.units.UBND.id,
      beforeDateInclusive: true,
    });
    const dayAfter = new Date(`${usual.due}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(own.due).toBe(dayAfter.toISOString().slice(0, 10));
  });
});
