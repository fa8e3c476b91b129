import type { ApiErrorBody, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import {
  type ActorProfile,
  FIXTURE_NOW,
  FIXTURE_STEP_TIME,
  permissionCases,
  SITUATIONS,
  VALID_PAYLOADS,
} from '@dondoc/workflows';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TaskEntity } from '../task-model/entities/task.entity';

/** The workflow's actor profiles, played by the fixture ward's users in the same relations. */
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

const situations = Object.entries(SITUATIONS).flatMap(([type, list]) =>
  list.map((situation) => ({ type: type as keyof typeof SITUATIONS, situation })),
);
const forbidden = permissionCases().filter((entry) => entry.expected === 'FORBIDDEN');

/**
 * The permission table written by hand in @dondoc/workflows, sent straight to the API: every move
 * the table forbids is refused with 403 and changes nothing; a user of another ward learns nothing (404).
 */
describeEachDatabase('every forbidden move of the permission table, through the API', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let stranger: ApiClient;
  const clock = new SettableClock(FIXTURE_STEP_TIME);
  const clients = new Map<Seat, ApiClient>();
  const taskOf = new Map<string, { id: string; version: number }>();

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    fixture = await createFixture(testApp.dataSource, {
      tasks: situations.map(({ type, situation }) => ({ type, seed: situation.seed })),
    });
    for (const seat of Object.values(SEAT_OF_PROFILE)) {
      clients.set(seat, await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD));
    }
    const other = await createFixture(testApp.dataSource, { taskCount: 0 });
    stranger = await ApiClient.login(testApp.url, other.users.admin.username, FIXTURE_PASSWORD);

    for (const [index, { type, situation }] of situations.entries()) {
      const task = { id: fixture.tasks[index].id, version: 1 };
      for (const step of situation.steps) {
        const seat = SEAT_OF_PROFILE[step.as as keyof typeof SEAT_OF_PROFILE];
        const answer = await clients
          .get(seat)
          ?.post<TransitionResponse & ApiErrorBody>(API.transitions(task.id), {
            event: step.event,
            expectedVersion: task.version,
            comment: 'Bước dựng tình huống',
            payload: { ...VALID_PAYLOADS[step.event], ...step.payload },
          });
        if (answer?.status !== 200) {
          throw new Error(
            `${type} «${situation.name}»: ${step.event} by ${step.as} answered ${answer?.status} ${JSON.stringify(answer?.body)}`,
          );
        }
        task.version = answer.body.card.version;
      }
      taskOf.set(`${type}|${situation.name}`, task);
    }
    clock.set(FIXTURE_NOW);
  });

  afterAll(() => testApp.close());

  it('builds every situation of the table on real tasks', () => {
    expect(taskOf.size).toBe(situations.length);
  });

  it(`refuses each of the ${forbidden.length} forbidden moves with 403 and a reason`, async () => {
    const wrong: string[] = [];
    for (const entry of forbidden) {
      const task = taskOf.get(`${entry.type}|${entry.situation.name}`) as { id: string; version: number };
      const client =
        entry.profile === 'foreign_all_roles' ? stranger : clients.get(SEAT_OF_PROFILE[entry.profile]);
      const answer = await client?.post<ApiErrorBody>(API.transitions(task.id), {
        event: entry.event,
        expectedVersion: task.version,
        comment: 'Thử',
        payload: VALID_PAYLOADS[entry.event],
      });
      const expected = entry.profile === 'foreign_all_roles' ? 404 : 403;
      if (answer?.status !== expected || !answer.body.message) {
        wrong.push(
          `${entry.type} «${entry.situation.name}» ${entry.event} by ${entry.profile}: ${answer?.status}`,
        );
      }
    }
    expect(wrong).toEqual([]);
  });

  it('left every task exactly as its situation built it', async () => {
    for (const [key, task] of taskOf) {
      const row = await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: task.id });
      expect({ key, version: row.version }).toEqual({ key, version: task.version });
    }
  });
});
