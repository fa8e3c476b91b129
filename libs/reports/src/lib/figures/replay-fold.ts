import { columnOf, type LoggedEvent, replay, ReplayError } from '@dondoc/workflows';
import { type FoldedTask, happenedBy, isWorkflowMove, rowAsOf } from './folded-task';
import { untouched } from './log-fold';
import type { ReportEvent, ReportTask } from './report-inputs';
import { ReportLogError } from './report-log-error';

function logged(event: ReportEvent): LoggedEvent {
  return {
    actor: { userId: event.actorId ?? 'system', wardId: '', unitId: event.actorUnitId ?? null, roles: [] },
    command: {
      type: event.event as LoggedEvent['command']['type'],
      ...(typeof event.comment === 'string' ? { comment: event.comment } : {}),
      payload: event.payload ?? {},
    },
    at: event.at,
  };
}

/**
 * The task at the instant, folded through its workflow machine from its seed (replay), ignoring
 * the states the log recorded. The hand-in time is not in the context, so each prefix of the log
 * is replayed to see when the task entered the submitted column: quadratic in a task's events,
 * meant for audits and tests of the log fold, not for a ward's figures.
 * @throws ReportLogError when the machine refuses an event of the log.
 */
export function foldReplay(task: ReportTask, events: readonly ReportEvent[], instantMs: number): FoldedTask {
  const row = rowAsOf(task, events, instantMs);
  if (row.type !== task.type) return untouched(row.type, row.leadUnitId);
  const moves = events
    .filter((event) => happenedBy(event.at, instantMs) && isWorkflowMove(event))
    .map(logged);
  const seed = task.workflowSeed ?? {};
  try {
    let submittedAt: string | null = null;
    let column = untouched(task.type, null).column;
    for (let count = 1; count <= moves.length; count++) {
      const next = columnOf(task.type, replay(task.type, moves.slice(0, count), seed).state);
      if (next === 'submitted' && column !== 'submitted') submittedAt = moves[count - 1].at;
      column = next;
    }
    const { state, context } = replay(task.type, moves, seed);
    return {
      type: task.type,
      leadUnitId: row.leadUnitId,
      state,
      column: columnOf(task.type, state),
      dueOverride: context.dueOverride,
      triggerDate: context.triggerDate,
      submittedAt,
    };
  } catch (error) {
    if (error instanceof ReplayError) throw new ReportLogError(task.id, null, error.message);
    throw error;
  }
}
