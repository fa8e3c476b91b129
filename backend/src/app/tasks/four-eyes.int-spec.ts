import type { ApiErrorBody, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import type { TaskType } from '@dondoc/domain';
import {
  type ActorProfile,
  FIXTURE_NOW,
  FIXTURE_STEP_TIME,
  FIXTURE_UNITS,
  FOUR_EYES_REASONS,
  FOUR_EYES_SITUATIONS,
  fourEyesCases,
  type FourEyesSituation,
  type RefusalRule,
  VALID_PAYLOADS,
} from '@dondoc/workflows';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const SEAT_OF_PROFILE: Record<Exclude<ActorProfile, 'foreign_all_roles'>, Seat> = {
  lead_staff: 'leadStaff',
  lead_head: 'leadHead',
  lead_unit_leader: 'leadUnitLeader',
  cooperator: 'cooperator',
  reviewer: 'reviewer',
  reviewer_clerk: 'reviewerClerk',
  approver: 'approver',
  office_head: 'officeHead',
  office_clerk: 'officeClerk',
  leader: 'leader',
  admin: 'admin',
  outsider: 'outsider',
};

/** The workflow fixture's units as the backend fixture names them (same relations). */
const UNIT_CODE_OF: Record<string, 'PVHCC' | 'KTHT' | 'VHXH' | 'VP'> = {
  [FIXTURE_UNITS.lead]: 'PVHCC',
  [FIXTURE_UNITS.cooperator]: 'KTHT',
  [FIXTURE_UNITS.reviewer]: 'VHXH',
  [FIXTURE_UNITS.approver]: 'VP',
};

interface Built {
  id: string;
  version: number;
  fixture: Fixture;
}

const situations = (Object.entries(FOUR_EYES_SITUATIONS) as [TaskType, FourEyesSituation[]][]).flatMap(
  ([type, list]) => list.map((situation) => ({ type, situation })),
);
const refusals = fourEyesCases().filter((entry) => entry.expected !== 'ok');
const key = (type: TaskType, situation: FourEyesSituation) => `${type}|${situation.name}`;

/**
 * Four eyes through the API, from the table written by hand in @dondoc/workflows: the person who
 * submitted a version neither reviews, appraises nor approves it, the one who reviewed it does not
 * approve it; each refusal is a 403 naming the rule and its Vietnamese reason.
 */
describeEachDatabase('four eyes, through the API', (kind) => {
  let testApp: TestApp;
  let stranger: ApiClient;
  const clock = new SettableClock(FIXTURE_STEP_TIME);
  const built = new Map<string, Built>();
  const clients = new Map<Fixture, Map<Seat, ApiClient>>();

  /** A ward whose plan has the reviewer unit the situations ask for (the office for some). */
  async function fixtureFor(list: typeof situations, reviewerCode: 'VHXH' | 'VP'): Promise<Fixture | null> {
    if (list.length === 0) return null;
    const fixture = await createFixture(testApp.dataSource, {
      tasks: list.map(({ type, situation }) => ({ type, seed: situation.seed })),
    });
    const manager = testApp.dataSource.manager;
    await manager.update(
      PlanEntity,
      { id: fixture.plan.id },
      { reviewerUnitId: fixture.units[reviewerCode].id },
    );
    const seats = new Map<Seat, ApiClient>();
    for (const seat of Object.values(SEAT_OF_PROFILE))
      seats.set(seat, await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD));
    clients.set(fixture, seats);
    for (const [index, { type, situation }] of list.entries()) {
      const task = fixture.tasks[index];
      const lead = situation.units?.leadUnitId;
      if (lead) {
        const unitId = fixture.units[UNIT_CODE_OF[lead]].id;
        await manager.update(TaskEntity, { id: task.id }, { leadUnitId: unitId });
        await manager.delete(TaskUnitEntity, { taskId: task.id, role: 'lead' });
        await manager.insert(TaskUnitEntity, {
          taskId: task.id,
          unitId,
          role: 'lead',
          wardId: fixture.ward.id,
        });
      }
      built.set(key(type, situation), { id: task.id, version: 1, fixture });
    }
    return fixture;
  }

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    const officeReviews = (situation: FourEyesSituation) =>
      situation.units?.reviewerUnitId === FIXTURE_UNITS.approver;
    await fixtureFor(
      situations.filter(({ situation }) => !officeReviews(situation)),
      'VHXH',
    );
    await fixtureFor(
      situations.filter(({ situation }) => officeReviews(situation)),
      'VP',
    );
    const other = await createFixture(testApp.dataSource, { taskCount: 0 });
    stranger = await ApiClient.login(testApp.url, other.users.admin.username, FIXTURE_PASSWORD);

    for (const { type, situation } of situations) {
      const task = built.get(key(type, situation)) as Built;
      for (const step of situation.steps) {
        const seat = SEAT_OF_PROFILE[step.as as keyof typeof SEAT_OF_PROFILE];
        const answer = await clients
          .get(task.fixture)
          ?.get(seat)
          ?.post<TransitionResponse & ApiErrorBody>(API.transitions(task.id), {
            event: step.event,
            expectedVersion: task.version,
            comment: 'Bước dựng tình huống',
            payload: { ...VALID_PAYLOADS[step.event], ...step.payload },
          });
        if (answer?.status !== 200)
          throw new Error(
            `${type} «${situation.name}»: ${step.event} by ${step.as} answered ${answer?.status} ${JSON.stringify(answer?.body)}`,
          );
        task.version = answer.body.card.version;
      }
    }
    clock.set(FIXTURE_NOW);
  });

  afterAll(() => testApp.close());

  it('builds every four-eyes situation on real tasks', () => {
    expect(built.size).toBe(situations.length);
    expect(refusals.some((entry) => entry.expected === 'FOUR_EYES_SUBMITTER')).toBe(true);
    expect(refusals.some((entry) => entry.expected === 'FOUR_EYES_REVIEWER')).toBe(true);
  });

  it(`refuses each of the ${refusals.length} moves with 403, naming the four-eyes rule and its reason`, async () => {
    const wrong: string[] = [];
    for (const entry of refusals) {
      const task = built.get(key(entry.type, entry.situation)) as Built;
      const client =
        entry.profile === 'foreign_all_roles'
          ? stranger
          : clients.get(task.fixture)?.get(SEAT_OF_PROFILE[entry.profile]);
      const answer = await client?.post<ApiErrorBody>(API.transitions(task.id), {
        event: entry.event,
        expectedVersion: task.version,
        comment: 'Thử',
        payload: VALID_PAYLOADS[entry.event],
      });
      const expected =
        entry.profile === 'foreign_all_roles'
          ? { status: 404 }
          : entry.expected === 'FORBIDDEN'
            ? { status: 403, rule: undefined }
            : {
                status: 403,
                rule: entry.expected,
                message: FOUR_EYES_REASONS[entry.expected as RefusalRule],
              };
      const actual = {
        status: answer?.status,
        ...('rule' in expected ? { rule: answer?.body.rule } : {}),
        ...('message' in expected ? { message: answer?.body.message } : {}),
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        wrong.push(
          `${entry.type} «${entry.situation.name}» ${entry.event} by ${entry.profile}: ${JSON.stringify(actual)}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('left every task exactly as its situation built it', async () => {
    for (const [name, task] of built) {
      const row = await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: task.id });
      expect({ name, version: row.version }).toEqual({ name, version: task.version });
    }
  });
});
