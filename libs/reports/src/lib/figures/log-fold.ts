import type { TaskType } from '@dondoc/domain';
import { columnOf, initialWorkflow } from '@dondoc/workflows';
import { type FoldedTask, isWorkflowMove, rowBefore } from './folded-task';
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

/** An administrative event that says what the row was before it, at its place in the log. */
interface RowMark {
  index: number;
  type: TaskType | undefined;
  leadUnitId: string | null | undefined;
}

/**
 * One task's log read forward once, answering what the task was at instants asked in ascending
 * order: the charts ask it at every week's end of a year, and each answer only reads the events
 * since the previous one. Asked once, it is the log fold of the figures.
 *
 * At an instant the task is what its log recorded up to the first event after the instant (each
 * event's resulting state, and the payload facts the machines keep in the context: the extension
 * asked for, then granted; the trigger's date), with the type and lead the administrative events
 * after the instant say it had. Each move must start where the previous one ended, or the log is
 * not one the machines wrote.
 */
export class LogCursor {
  private readonly atMs: Float64Array;
  /** The earliest instant among the events from each index on: where the "after the instant" events begin. */
  private readonly earliestFrom: Float64Array;
  private readonly marks: RowMark[] = [];
  private readonly folded: FoldedTask;
  private pendingDue: string | null = null;
  /** The next event the forward fold has not applied. */
  private next = 0;
  /** The first event that has not happened by the last instant asked (rowAsOf's suffix). */
  private later = 0;
  private lastAsked = -Infinity;

  /** `events` are the task's, in log order. */
  constructor(
    private readonly task: ReportTask,
    private readonly events: readonly ReportEvent[],
  ) {
    const count = events.length;
    this.atMs = new Float64Array(count);
    this.earliestFrom = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      // An unreadable instant never happened, as happenedBy() reads it.
      const at = Date.parse(events[i].at);
      this.atMs[i] = Number.isNaN(at) ? Infinity : at;
      const before = rowBefore(events[i]);
      if (before !== null) this.marks.push({ index: i, ...before });
    }
    this.earliestFrom[count] = Infinity;
    for (let i = count - 1; i >= 0; i--)
      this.earliestFrom[i] = Math.min(this.atMs[i], this.earliestFrom[i + 1]);
    this.folded = untouched(task.type, task.leadUnitId);
  }

  /** How many events the forward fold has read: the record answered changes only when this grows. */
  get read(): number {
    return this.next;
  }

  /**
   * The task at the instant. The answer is the cursor's own record: read it before asking again.
   * @throws RangeError when asked about an earlier instant than before; ReportLogError when the
   * chain of states breaks by the instant.
   */
  at(instantMs: number): FoldedTask {
    if (instantMs < this.lastAsked) throw new RangeError('A log cursor only moves forward in time');
    this.lastAsked = instantMs;
    // Every event from `later` on happened after the instant: the administrative ones say what the row was.
    while (this.earliestFrom[this.later] <= instantMs) this.later++;
    let type = this.task.type;
    let leadUnitId = this.task.leadUnitId;
    let typeFound = false;
    let leadFound = false;
    for (const mark of this.marks) {
      if (mark.index < this.later) continue;
      if (!typeFound && mark.type !== undefined) [type, typeFound] = [mark.type, true];
      if (!leadFound && mark.leadUnitId !== undefined) [leadUnitId, leadFound] = [mark.leadUnitId, true];
      if (typeFound && leadFound) break;
    }
    // A type is only changed before any move, so a task of another type then had not moved yet.
    if (type !== this.task.type) return untouched(type, leadUnitId);
    while (this.next < this.events.length && this.atMs[this.next] <= instantMs) this.apply(this.next++);
    this.folded.leadUnitId = leadUnitId;
    return this.folded;
  }

  private apply(index: number): void {
    const event = this.events[index];
    if (!isWorkflowMove(event)) return;
    const folded = this.folded;
    if (event.fromState !== folded.state) {
      throw new ReportLogError(
        this.task.id,
        event.version,
        `starts in '${event.fromState}', task was in '${folded.state}'`,
      );
    }
    let column;
    try {
      column = columnOf(this.task.type, event.toState);
    } catch {
      throw new ReportLogError(
        this.task.id,
        event.version,
        `'${event.toState}' is not a state of ${this.task.type}`,
      );
    }
    if (column === 'submitted' && folded.column !== 'submitted') folded.submittedAt = event.at;
    if (event.event === 'REQUEST_EXTENSION') this.pendingDue = text(event.payload?.['newDue']) ?? '';
    else if (event.event === 'GRANT_EXTENSION')
      [folded.dueOverride, this.pendingDue] = [this.pendingDue ?? folded.dueOverride, null];
    else if (event.event === 'REFUSE_EXTENSION') this.pendingDue = null;
    else if (event.event === 'RECORD_TRIGGER') folded.triggerDate = text(event.payload?.['triggerDate']);
    folded.state = event.toState;
    folded.column = column;
  }
}

/**
 * The task at the instant, read from its log as recorded (see LogCursor). `events` are the task's,
 * in log order.
 * @throws ReportLogError when the chain of states breaks.
 */
export function foldLog(task: ReportTask, events: readonly ReportEvent[], instantMs: number): FoldedTask {
  return new LogCursor(task, events).at(instantMs);
}
