import {
  isIsoDate,
  type IsoDate,
  type ReportCategory,
  reportCategory,
  type Timeliness,
  triggeredDue,
  vietnamDateOf,
  type WorkingCalendar,
} from '@dondoc/deadlines';
import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { DeadlineJudge } from './deadline-judge';
import type { FoldedTask } from './folded-task';
import type { ReportTask } from './report-inputs';

/** Where a task falls in a report: one of the four categories, or cancelled (counted apart). */
export type StandingBucket = ReportCategory | 'cancelled';

/** One task's line in a report as of an instant (the appendix's status, completion date, days late). */
export interface TaskStanding {
  taskId: string;
  planId: string;
  sectionKey: string | null;
  type: TaskType;
  leadUnitId: string | null;
  state: string;
  column: BoardColumn;
  bucket: StandingBucket;
  /** Null for cancelled work. */
  timeliness: Timeliness | null;
  /** The nominal due date in force at the instant (a later extension does not count back). */
  due: IsoDate | null;
  /** That date moved off weekends and holidays: the day the task is late after. */
  effectiveDue: IsoDate | null;
  /** The Vietnam day approved work was handed in (a return does not stop the clock). */
  doneOn: IsoDate | null;
  /** Calendar days past the effective due date: at hand-in for work done late, at the instant for overdue work. */
  daysLate: number | null;
}

function dueInForce(task: ReportTask, folded: FoldedTask, calendar: WorkingCalendar): IsoDate | null {
  if (isIsoDate(folded.dueOverride)) return folded.dueOverride;
  if (isIsoDate(task.due)) return task.due;
  if (folded.type === 'triggered' && task.deadline && isIsoDate(folded.triggerDate)) {
    return triggeredDue(task.deadline, folded.triggerDate, calendar);
  }
  return null;
}

/**
 * How a folded task stands on the judge's `today` (the instant's Vietnam date), by the deadline engine's
 * timeliness: approved work is done on the day it was handed in, a task without a due date is
 * in progress on time until done, and cancelled work is set apart.
 */
export function standingOf(task: ReportTask, folded: FoldedTask, judge: DeadlineJudge): TaskStanding {
  const { today } = judge;
  const due = dueInForce(task, folded, judge.calendar);
  const effective = due === null ? null : judge.effectiveDue(due);
  const cancelled = folded.column === 'cancelled';
  const doneOn =
    folded.column !== 'approved'
      ? null
      : folded.submittedAt === null
        ? today
        : vietnamDateOf(folded.submittedAt);
  const standing = cancelled ? null : judge.timeliness(due, doneOn);
  const lateFrom = standing === 'done_late' ? doneOn : standing === 'overdue' ? today : null;
  // One literal, no spreads: a ward's report builds a hundred thousand of these.
  return {
    taskId: task.id,
    planId: task.planId,
    sectionKey: task.sectionKey,
    type: folded.type,
    leadUnitId: folded.leadUnitId,
    state: folded.state,
    column: folded.column,
    bucket: standing === null ? 'cancelled' : reportCategory(standing),
    timeliness: standing,
    due,
    effectiveDue: effective,
    doneOn,
    daysLate: lateFrom === null || effective === null ? null : judge.daysLate(effective, lateFrom),
  };
}
