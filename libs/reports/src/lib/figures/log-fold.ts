import type { TaskType } from '@dondoc/domain';
import { columnOf, initialWorkflow } from '@dondoc/workflows';
import { type FoldedTask, happenedBy, isWorkflowMove, rowAsOf } from './folded-task';
import type { ReportEvent, ReportTask } from './report-inputs';
import { ReportLogError } from './report-log-error';

const initialStates = new Map<TaskType, string>();

/** Every machine starts in a state that does not depend on its seed, so one answer per type. */
export function initialStateOf(type: TaskType): string {
  let state = initialStates.get(type);
  if (state === undefined) initialStates.set(type, (state = initialWorkflow(type).state));
  return state;
}

export function untouched(type: TaskType, leadUnitId: string | null): FoldedTask {
  const state = initialStateOf(type);
  return {
    type,
    leadUnitId,
    state,
    column: columnOf(type, state),
    dueOverride: null,
    triggerDate: null,
    submittedAt: null,
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The task at the instant, read from its log as recorded: each event's resulting state, and the
 * payload facts the machines keep in the context (the extension asked for, then granted; the
 * trigger's date). Each move must start where the previous one ended, or the log is not one
 * the machines wrote. `events` are the task's, in log order.
 * @throws ReportLogError when the chain of states breaks.
 */
export function foldLog(task: ReportTask, events: readonly ReportEvent[], instantMs: number): FoldedTask {
  const row = rowAsOf(task, events, instantMs);
  // A type is only changed before any move, so a task of another type then had not moved yet.
  if (row.type !== task.type) return untouched(row.type, row.leadUnitId);
  const folded = untouched(task.type, row.leadUnitId);
  let pendingDue: string | null = null;
  for (const event of events) {
    if (!happenedBy(event.at, instantMs)) break;
    if (!isWorkflowMove(event)) continue;
    if (event.fromState !== folded.state) {
      throw new ReportLogError(
        task.id,
        event.version,
        `starts in '${event.fromState}', task was in '${folded.state}'`,
      );
    }
    let column;
    try {
      column = columnOf(task.type, event.toState);
    } catch {
      throw new ReportLogError(task.id, event.version, `'${event.toState}' is not a state of ${task.type}`);
    }
    if (column === 'submitted' && folded.column !== 'submitted') folded.submittedAt = event.at;
    if (event.event === 'REQUEST_EXTENSION') pendingDue = text(event.payload?.['newDue']) ?? '';
    else if (event.event === 'GRANT_EXTENSION')
      [folded.dueOverride, pendingDue] = [pendingDue ?? folded.dueOverride, null];
    else if (event.event === 'REFUSE_EXTENSION') pendingDue = null;
    else if (event.event === 'RECORD_TRIGGER') folded.triggerDate = text(event.payload?.['triggerDate']);
    folded.state = event.toState;
    folded.column = column;
  }
  return folded;
}
