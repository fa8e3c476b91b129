import type { BoardDto, PlanSummaryDto } from '@dondoc/contracts';
import { API, takesDeliverableFiles } from '@dondoc/contracts';
import { TASK_TYPES } from '@dondoc/domain';
import { parsePlanText } from '@dondoc/plan-parser';
import { DEMO_PASSWORD, DEMO_WARDS, readSeedPlanText } from '@dondoc/seed-data';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyDatabaseLog } from '../audit/log-verification';
import { UnitGroupEntity } from '../org/entities/unit-group.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { DemoSeeder } from './demo-seeder';
import { FirstAdmin } from './first-admin';

describeEachDatabase('the demo data of a fresh start', (kind) => {
  let testApp: TestApp;
  const boards = new Map<string, BoardDto[]>();

  beforeAll(async () => {
    // The production default: the demo's submissions must carry files, as a ward's would.
    testApp = await startTestApp(kind, { SEED_DEMO_DATA: 'true', DELIVERABLE_FILES_REQUIRED: 'true' });
    for (const ward of DEMO_WARDS) {
      const leader = await ApiClient.login(testApp.url, `${ward.code.toLowerCase()}.leader`, DEMO_PASSWORD);
      const plans = (await leader.get<PlanSummaryDto[]>(API.plans)).body;
      boards.set(
        ward.code,
        await Promise.all(plans.map(async (plan) => (await leader.get<BoardDto>(API.board(plan.id))).body)),
      );
    }
  });

  afterAll(() => testApp.close());

  it.each(DEMO_WARDS.map((ward) => [ward.name, ward] as const))(
    'shows every task of %s’s appendix on its board',
    (_, ward) => {
      const wardBoards = boards.get(ward.code) ?? [];
      expect(wardBoards).toHaveLength(ward.plans.length);
      for (const [index, planSeed] of ward.plans.entries()) {
        const parsed = parsePlanText(readSeedPlanText(planSeed.file), {
          units: ward.units,
          groups: ward.groups,
          year: planSeed.year,
        });
        const refs = new Set(wardBoards[index].cards.map((card) => card.ref));
        expect(parsed.plan.tasks.length).toBeGreaterThan(0);
        expect(parsed.plan.tasks.map((task) => task.ref).filter((ref) => !refs.has(ref))).toEqual([]);
      }
    },
  );

  it('keeps each ward’s unit groups, so a plan imported later resolves them as the seed did', async () => {
    for (const seed of DEMO_WARDS) {
      const ward = await testApp.dataSource.manager.findOneByOrFail(WardEntity, { code: seed.code });
      const groups = await testApp.dataSource.manager.findBy(UnitGroupEntity, { wardId: ward.id });
      expect(groups.map((group) => group.name).sort()).toEqual(seed.groups.map((group) => group.name).sort());
      for (const group of groups.filter((each) => each.members !== 'all'))
        expect(group.members.length).toBeGreaterThan(0);
    }
  });

  it('fans a task led by every unit out into one child card per unit, and flags several leads', () => {
    const cards = [...boards.values()].flat().flatMap((board) => board.cards);
    const fannedOut = cards.filter((card) => card.ref.includes('/'));
    expect(fannedOut.length).toBeGreaterThan(0);
    const byParent = new Map<string, typeof fannedOut>();
    for (const card of fannedOut) {
      const key = `${card.planId}|${card.ref.split('/')[0]}`;
      byParent.set(key, [...(byParent.get(key) ?? []), card]);
    }
    for (const [key, children] of byParent) {
      const [planId, ref] = key.split('|');
      const parent = cards.find((card) => card.planId === planId && card.ref === ref);
      expect(parent?.childCount).toBeGreaterThanOrEqual(children.length);
      expect(new Set(children.map((child) => child.leadUnitCode)).size).toBe(children.length);
    }
    expect(cards.some((card) => card.needsPrimaryLead && card.leadUnitId === null)).toBe(true);
  });

  it('holds tasks of every type, in several columns, with history', async () => {
    const cards = [...boards.values()].flat().flatMap((board) => board.cards);
    expect(new Set(cards.map((card) => card.type))).toEqual(new Set(TASK_TYPES));
    const columns = new Set(cards.map((card) => card.column));
    for (const column of ['waiting', 'draft', 'returned', 'submitted', 'reviewed', 'approved'])
      expect(columns).toContain(column);
    expect(await testApp.dataSource.manager.count(TaskEventEntity)).toBeGreaterThan(20);
  });

  it('hands in a file with every submission of a task that takes files', async () => {
    const rows: { task_id: string }[] = await testApp.dataSource.query(
      `SELECT DISTINCT v.task_id FROM deliverable_version v JOIN deliverable_file f ON f.version_id = v.id`,
    );
    const versioned = new Set(rows.map((row) => row.task_id));
    const handedIn = [...boards.values()]
      .flat()
      .flatMap((board) => board.cards)
      .filter((card) => ['submitted', 'reviewed', 'approved', 'returned'].includes(card.column))
      .filter((card) => takesDeliverableFiles(card.type));
    expect(handedIn.length).toBeGreaterThan(0);
    expect(handedIn.filter((card) => !versioned.has(card.id)).map((card) => card.ref)).toEqual([]);
  });

  it('folds every task’s event log to exactly its stored state', async () => {
    const report = await verifyDatabaseLog(testApp.dataSource);
    expect(report.mismatches).toEqual([]);
    expect(report.events).toBeGreaterThan(20);
  });

  it('does not seed a database twice', async () => {
    expect(await testApp.app.get(DemoSeeder).seedIfEmpty()).toBe(false);
  });

  it('creates no first admin: in demo mode the demo wards bring their own admins', async () => {
    const manager = testApp.dataSource.manager;
    expect(await manager.countBy(UserEntity, { username: 'admin' })).toBe(0);
    expect(await manager.countBy(UserEntity, { username: 'hd.admin' })).toBe(1);
    expect(await testApp.app.get(FirstAdmin).createIfNone()).toBe(false);
  });
});
