import type { BoardColumn, TaskType } from '@dondoc/domain';
import { isWorkflowEventType } from '@dondoc/workflows';
import type { ReportEvent, ReportTask } from './report-inputs';

/** A task as it stood at an instant: what timeliness and the groupings read. */
export interface FoldedTask {
  type: TaskType;
  leadUnitId: string | null;
  state: string;
  column: BoardColumn;
  /** The granted extension in force at the instant (context.dueOverride then). */
  dueOverride: string | null;
  /** The trigger recorded by then (context.triggerDate then). */
  triggerDate: string | null;
  /** The last move into the submitted column by then: when approved work counts as done. */
  submittedAt: string | null;
}

/** Events beside the workflow's (CHOOSE_PRIMARY_LEAD, CHANGE_TYPE, CREATE_TASK, EDIT_TASK, AMEND_PLAN…): they correct the row, not its state. */
export function isWorkflowMove(event: ReportEvent): boolean {
  return isWorkflowEventType(event.event);
}

export function happenedBy(at: string, instantMs: number): boolean {
  return Date.parse(at) <= instantMs;
}

/**
 * What an administrative event says the row was before it: the type a type change came from, the
 * lead a lead choice, a revision of the plan or a correction by hand replaced; `undefined` for a
 * field the event leaves alone. Null for every other event.
 */
export function rowBefore(
  event: ReportEvent,
): { type: TaskType | undefined; leadUnitId: string | null | undefined } | null {
  if (event.event === 'CHANGE_TYPE' && typeof event.payload?.['from'] === 'string') {
    return { type: event.payload['from'] as TaskType, leadUnitId: undefined };
  } else if (event.event === 'CHOOSE_PRIMARY_LEAD') {
    return { type: undefined, leadUnitId: null };
  } else if (event.event === 'AMEND_PLAN' && event.payload && 'leadUnitIdBefore' in event.payload) {
    // A revision of the plan that gave the task other units: the lead it had before.
    return { type: undefined, leadUnitId: (event.payload['leadUnitIdBefore'] as string | null) ?? null };
  } else if (event.event === 'EDIT_TASK') {
    // A correction by hand records each field it changed with what it was before.
    const changes = event.payload?.['changes'] as Record<string, { from?: unknown }> | undefined;
    return {
      type: typeof changes?.['type']?.from === 'string' ? (changes['type'].from as TaskType) : undefined,
      leadUnitId: changes?.['leadUnitId']
        ? ((changes['leadUnitId'].from as string | null) ?? null)
        : undefined,
    };
  }
  return null;
}

/**
 * The type and lead the task had at the instant, from the administrative events: a type changed
 * later was the `from` of that change; a primary lead chosen later was not chosen yet.
 */
export function rowAsOf(
  task: ReportTask,
  events: readonly ReportEvent[],
  instantMs: number,
): { type: TaskType; leadUnitId: string | null } {
  let type = task.type;
  let leadUnitId = task.leadUnitId;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (happenedBy(event.at, instantMs)) break;
    const before = rowBefore(event);
    if (before?.type !== undefined) type = before.type;
    if (before?.leadUnitId !== undefined) leadUnitId = before.leadUnitId;
  }
  return { type, leadUnitId };
}

/** A task's events in the order they happened (by resulting version). */
export function inLogOrder(events: readonly ReportEvent[]): readonly ReportEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i].version < events[i - 1].version) return [...events].sort((a, b) => a.version - b.version);
  }
  return events;
}
