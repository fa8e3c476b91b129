import { type LoggedEvent, replay } from '@dondoc/workflows';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { isAdminEvent } from '../task-model/admin-events';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

export interface LogMismatch {
  taskId: string;
  ref: string;
  planId: string;
  problem: string;
}

export interface LogVerification {
  tasks: number;
  events: number;
  mismatches: LogMismatch[];
}

/** The columns of an event a replay reads. */
export type ReplayedEvent = Pick<
  TaskEventEntity,
  'actorId' | 'wardId' | 'actorUnitId' | 'event' | 'comment' | 'payload' | 'at'
>;

export function toLogged(event: ReplayedEvent): LoggedEvent {
  return {
    actor: { userId: event.actorId ?? 'system', wardId: event.wardId, unitId: event.actorUnitId, roles: [] },
    command: {
      type: event.event as LoggedEvent['command']['type'],
      comment: event.comment ?? undefined,
      payload: event.payload ?? {},
    },
    at: event.at,
  };
}

/** Folds one task's log through its machine and says how the result differs from the stored row. */
export function verifyTaskLog(task: TaskEntity, events: readonly TaskEventEntity[]): string | null {
  const versions = events.map((event) => event.version);
  const expected = Array.from({ length: events.length }, (_, index) => index + 2);
  if (!isDeepStrictEqual(versions, expected))
    return `event versions ${versions.join(',')} are not 2..${events.length + 1}`;
  if (task.version !== events.length + 1) return `task version ${task.version} but ${events.length} events`;
  try {
    const moves = events.filter((event) => !isAdminEvent(event.event));
    const folded = replay(task.type, moves.map(toLogged), task.workflowSeed ?? {});
    if (folded.state !== task.state) return `log folds to state ${folded.state}, row says ${task.state}`;
    if (!isDeepStrictEqual(folded.context, task.context))
      return 'log folds to a different context than the row';
    return recordedStatesProblem(task, events);
  } catch (error) {
    return `log does not fold: ${(error as Error).message}`;
  }
}

/**
 * Compares every event's recorded from and to states with the replay's: a to_state changed in the
 * log (the fold alone only checks the end) is caught at its event. Administrative events leave the
 * state where it was. Each event's state is a fold of the log up to it, so a task with n events
 * costs n folds: fine for the hundreds of events a task holds, and verify is an offline check.
 */
function recordedStatesProblem(task: TaskEntity, events: readonly TaskEventEntity[]): string | null {
  const seed = task.workflowSeed ?? {};
  let state = replay(task.type, [], seed).state;
  const moves: LoggedEvent[] = [];
  for (const event of events) {
    const from = state;
    if (!isAdminEvent(event.event)) {
      moves.push(toLogged(event));
      state = replay(task.type, moves, seed).state;
    } else if (moves.length === 0) {
      // Before the first move a correction may retype the task (its machine starts again), so the
      // states it and the corrections before it record are those of the type it had then.
      continue;
    }
    if (event.fromState !== from || event.toState !== state) {
      return `event ${event.id} (version ${event.version}, ${event.event}) records ${event.fromState} → ${event.toState}, the replay goes ${from} → ${state}`;
    }
  }
  return null;
}

/** Checks every task of a database, a plan at a time, so memory stays flat on large databases. */
export async function verifyDatabaseLog(dataSource: DataSource): Promise<LogVerification> {
  const manager = dataSource.manager;
  const planIds = (await manager.query('SELECT DISTINCT plan_id AS "planId" FROM task')) as {
    planId: string;
  }[];
  const result: LogVerification = { tasks: 0, events: 0, mismatches: [] };
  for (const { planId } of planIds) {
    const tasks = await manager.find(TaskEntity, { where: { planId } });
    const events = await manager.find(TaskEventEntity, { where: { planId }, order: { id: 'ASC' } });
    const byTask = new Map<string, TaskEventEntity[]>();
    for (const event of events) byTask.set(event.taskId, [...(byTask.get(event.taskId) ?? []), event]);
    for (const task of tasks) {
      const problem = verifyTaskLog(task, byTask.get(task.id) ?? []);
      if (problem) result.mismatches.push({ taskId: task.id, ref: task.ref, planId, problem });
    }
    result.tasks += tasks.length;
    result.events += events.length;
  }
  return result;
}
