import { addDays } from '@dondoc/deadlines';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import {
  ACTOR_PROFILE_NAMES,
  type ActorProfile,
  FIXTURE_UNITS,
  initialWorkflow,
  WORKFLOW_EVENT_TYPES,
  type WorkflowEventType,
} from '@dondoc/workflows';
import fc from 'fast-check';
import type { ReportEvent, ReportTask } from '../figures/report-inputs';
import { DETOUR_MOVES, walkHistory } from './history-walks';
import { reportTask } from './task-history';

/*
 * Random wards for the property tests of the figures and the charts (fast-check arbitraries): tasks
 * of every type, some hung under others, with histories walked through the real machines.
 */

export const attempt = fc.record({
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
export const taskPlan = fc.record({
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

/**
 * A task plan with administrative events beside its walk: the type it was made with before a
 * change, a primary lead chosen some hours after creation. A log cut at an instant loses what
 * these say about the row before them, so they stay out of the comparison with replay.
 */
export const administeredTaskPlan = fc
  .tuple(
    taskPlan,
    fc.option(fc.constantFrom<TaskType>(...TASK_TYPES), { nil: null, freq: 4 }),
    fc.option(fc.integer({ min: 0, max: 24 * 200 }), { nil: null, freq: 3 }),
  )
  .map(([plan, typeChangedFrom, leadChosenAfterHours]) => ({
    ...plan,
    typeChangedFrom,
    leadChosenAfterHours,
  }));

export type TaskPlan = (typeof taskPlan extends fc.Arbitrary<infer T> ? T : never) & {
  typeChangedFrom?: TaskType | null;
  leadChosenAfterHours?: number | null;
};

export interface Ward {
  tasks: ReportTask[];
  events: ReportEvent[];
}

/** Tasks with histories made by walking the real machines: refused attempts leave no event. */
export function wardOf(plans: TaskPlan[]): Ward {
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
    const walked = walkHistory(id, plan.type, createdAt, plan.attempts);
    events.push(...withAdministration(plan, id, createdAt, walked));
  });
  return { tasks, events };
}

/**
 * The walk with a type change half an hour after creation (before any move, as the app allows it)
 * and a primary lead chosen some hours after creation, merged in time order and numbered anew;
 * neither moves the task, so each keeps the state it finds.
 */
function withAdministration(
  plan: TaskPlan,
  taskId: string,
  createdAt: string,
  walked: ReportEvent[],
): ReportEvent[] {
  const extra: ReportEvent[] = [];
  const hoursAfter = (hours: number) => new Date(Date.parse(createdAt) + hours * 3_600_000).toISOString();
  const administrative = (event: string, at: string, payload: Record<string, unknown>): ReportEvent => ({
    taskId,
    event,
    fromState: '',
    toState: '',
    version: 0,
    payload,
    at,
  });
  if (plan.typeChangedFrom && plan.typeChangedFrom !== plan.type)
    extra.push(administrative('CHANGE_TYPE', hoursAfter(0.5), { from: plan.typeChangedFrom, to: plan.type }));
  if (typeof plan.leadChosenAfterHours === 'number' && plan.lead !== null)
    extra.push(
      administrative('CHOOSE_PRIMARY_LEAD', hoursAfter(plan.leadChosenAfterHours), { unitId: plan.lead }),
    );
  if (extra.length === 0) return walked;
  const merged = [...walked, ...extra].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let state = initialWorkflow(plan.type).state;
  return merged.map((event, index) => {
    const numbered = { ...event, version: index + 2 };
    if (event.fromState === '') [numbered.fromState, numbered.toState] = [state, state];
    state = numbered.toState;
    return numbered;
  });
}

export const instant = fc
  .integer({ min: Date.parse('2025-12-20T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') })
  .map((ms) => new Date(ms).toISOString());
