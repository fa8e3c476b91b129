import type { ApiErrorBody, TaskDetailDto, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { TASK_TYPES } from '@dondoc/domain';
import { FIXTURE_STEP_TIME, VALID_PAYLOADS, WORKFLOW_EVENT_TYPES } from '@dondoc/workflows';
import fc from 'fast-check';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { verifyDatabaseLog } from '../audit/log-verification';
import { TaskEntity } from '../task-model/entities/task.entity';

const SEATS: Seat[] = [
  'leadStaff',
  'leadHead',
  'cooperator',
  'reviewer',
  'approver',
  'officeHead',
  'leader',
  'admin',
  'outsider',
];

/**
 * Random sequences of events by random users at random tasks of every type, straight at the API:
 * versions only grow, nothing is approved without having been reviewed, and the log always folds
 * to the stored state.
 */
describeEachDatabase('random moves through the API', (kind) => {
  let testApp: TestApp;
  const clients = new Map<string, ApiClient>();
  const clock = new SettableClock(FIXTURE_STEP_TIME);

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
  });

  afterAll(() => testApp.close());

  const clientFor = async (fixture: Fixture, seat: Seat) => {
    const key = `${fixture.ward.id}|${seat}`;
    if (!clients.has(key))
      clients.set(key, await ApiClient.login(testApp.url, fixture.users[seat].username, FIXTURE_PASSWORD));
    return clients.get(key) as ApiClient;
  };

  it('keeps versions growing, review before approval, and the log equal to the rows', async () => {
    const move = fc.record({
      task: fc.nat({ max: TASK_TYPES.length - 1 }),
      seat: fc.constantFrom(...SEATS),
      event: fc.constantFrom(...WORKFLOW_EVENT_TYPES),
      stale: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(move, { minLength: 5, maxLength: 25 }), async (moves) => {
        const fixture = await createFixture(testApp.dataSource, {
          tasks: TASK_TYPES.map((type) => ({ type })),
        });
        const versions = fixture.tasks.map(() => 1);
        for (const { task, seat, event, stale } of moves) {
          const client = await clientFor(fixture, seat);
          const expectedVersion = stale && versions[task] > 1 ? versions[task] - 1 : versions[task];
          const answer = await client.post<TransitionResponse & ApiErrorBody>(
            API.transitions(fixture.tasks[task].id),
            {
              event,
              expectedVersion,
              comment: 'Ngẫu nhiên',
              payload: VALID_PAYLOADS[event],
            },
          );
          expect([200, 400, 403, 409, 422]).toContain(answer.status);
          if (answer.status === 200) {
            expect(answer.body.card.version).toBe(versions[task] + 1);
            versions[task] = answer.body.card.version;
          }
        }
        for (const [index, task] of fixture.tasks.entries()) {
          const row = await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: task.id });
          expect(row.version).toBe(versions[index]);
          if (row.column === 'approved') {
            const detail = await (await clientFor(fixture, 'leader')).get<TaskDetailDto>(API.task(task.id));
            const states = detail.body.history.map((entry) => entry.toState);
            expect(states.indexOf('reviewed')).toBeGreaterThanOrEqual(0);
            expect(states.indexOf('reviewed')).toBeLessThan(states.lastIndexOf('approved'));
          }
        }
        expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });
});
