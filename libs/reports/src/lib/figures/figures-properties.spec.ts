import { addDays } from '@dondoc/deadlines';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import {
  ACTOR_PROFILE_NAMES,
  type ActorProfile,
  FIXTURE_UNITS,
  WORKFLOW_EVENT_TYPES,
  type WorkflowEventType,
} from '@dondoc/workflows';
import fc from 'fast-check';
import { DETOUR_MOVES, walkHistory } from '../testing/history-walks';
import { reportTask } from '../testing/task-history';
import { figuresAsOf, REPORT_CATEGORIES } from './figures-as-of';
import type { ReportEvent, ReportTask } from './report-inputs';

const attempt = fc.record({
  /** A number picks one of the task type's forward moves; a pair is a detour or any move by anyone. */
  move: fc.oneof(
    { weight: 8, arbitrary: fc.nat() },
    { weight: 2, arbitrary: fc.constantFrom(...DETOUR_MOVES) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom<ActorProfile>(...ACTOR_PROFILE_NAMES),
        fc.constantFrom<WorkflowEventType>(...WORKFLOW_EVENT_TYPES),
      ),
    },
  ),
  /** Hours after the previous attempt: from minutes apart to a few weeks. */
  gapHours: fc.integer({ min: 1, max: 24 * 20 }),
  newDueDays: fc.integer({ min: 0, max: 120 }),
});

const DAY0 = '2026-01-05';
const taskPlan = fc.record({
  type: fc.constantFrom<TaskType>(...TASK_TYPES),
  createdDay: fc.integer({ min: 0, max: 90 }),
  dueDay: fc.option(fc.integer({ min: 0, max: 180 }), { nil: null }),
  plan: fc.constantFrom('plan-158', 'plan-226'),
  section: fc.constantFrom('I', 'II', null),
  lead: fc.constantFrom<string | null>(FIXTURE_UNITS.lead, FIXTURE_UNITS.cooperator, null),
  /** Index of an earlier task to hang under (a fan-out), or none. */
  parent: fc.option(fc.nat(), { nil: null }),
  attempts: fc.array(attempt, { maxLength: 20 }),
});

type TaskPlan = typeof taskPlan extends fc.Arbitrary<infer T> ? T : never;

interface Ward {
  tasks: ReportTask[];
  events: ReportEvent[];
}

/** Tasks with histories made by walking the real machines: refused attempts leave no event. */
function wardOf(plans: TaskPlan[]): Ward {
  const tasks: ReportTask[] = [];
  const events: ReportEvent[] = [];
  plans.forEach((plan, index) => {
    const id = `task-${index}`;
    const createdAt = `${addDays(DAY0, plan.createdDay)}T02:00:00.000Z`;
    tasks.push(
      reportTask({
        id,
        type: plan.type,
        createdAt,
        due: plan.dueDay === null ? null : addDays(DAY0, plan.dueDay),
        planId: plan.plan,
        sectionKey: plan.section,
        leadUnitId: plan.lead,
        parentId: plan.parent === null || index === 0 ? null : `task-${plan.parent % index}`,
      }),
    );
    events.push(...walkHistory(id, plan.type, createdAt, plan.attempts));
  });
  return { tasks, events };
}

const instant = fc
  .integer({ min: Date.parse('2025-12-20T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());

describe('figures as of an instant, for random histories walked through the real machines', () => {
  const reached = new Set<string>();

  it('equal the figures of the log cut at that instant and replayed through the workflows', () => {
    fc.assert(
      fc.property(
        fc.array(taskPlan, { minLength: 1, maxLength: 6 }),
        fc.array(instant, { minLength: 1, maxLength: 4 }),
        (plans, instants) => {
          const ward = wardOf(plans);
          for (const event of ward.events) reached.add(event.toState);
          for (const at of instants) {
            const upToThen = ward.events.filter((event) => Date.parse(event.at) <= Date.parse(at));
            expect(figuresAsOf(ward.tasks, ward.events, at)).toEqual(
              figuresAsOf(ward.tasks, upToThen, at, { fold: 'replay' }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    // The walks must get somewhere, or the equality above says little.
    expect([...reached]).toEqual(expect.arrayContaining(['submitted', 'returned', 'approved', 'cancelled']));
  });

  it('sort every task that existed then, and was not a parent of one that did, into one of the four or cancelled', () => {
    fc.assert(
      fc.property(fc.array(taskPlan, { minLength: 1, maxLength: 8 }), instant, (plans, at) => {
        const ward = wardOf(plans);
        const existing = ward.tasks.filter((task) => Date.parse(task.createdAt) <= Date.parse(at));
        const leaves = existing.filter((task) => !existing.some((other) => other.parentId === task.id));
        const { overall, byPlan, byUnit, bySection, byType, standings } = figuresAsOf(
          ward.tasks,
          ward.events,
          at,
        );
        const four = REPORT_CATEGORIES.reduce((sum, category) => sum + overall[category], 0);
        expect(four).toBe(overall.total);
        expect(overall.total + overall.cancelled).toBe(leaves.length);
        expect(overall.cancelled).toBe(
          standings.filter((standing) => standing.column === 'cancelled').length,
        );
        for (const rows of [byPlan, byUnit, bySection, byType]) {
          expect(rows.reduce((sum, row) => sum + row.counts.total, 0)).toBe(overall.total);
          expect(rows.reduce((sum, row) => sum + row.counts.cancelled, 0)).toBe(overall.cancelled);
        }
      }),
      { numRuns: 100 },
    );
  });
});
