import type { StandingBucket, TaskStanding } from '@dondoc/contracts';
import {
  isIsoDate,
  type IsoDate,
  reportCategory,
  triggeredDue,
  vietnamDateOf,
  type WorkingCalendar,
} from '@dondoc/deadlines';
import type { DeadlineJudge } from './deadline-judge';
import type { FoldedTask } from './folded-task';
import type { ReportTask } from './report-inputs';

// Declared with the API's contracts, which send a standing as it is.
export type { StandingBucket, TaskStanding };

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

/**
 * The due date open work is held to at the folded instant; null for approved or cancelled work
 * and for work without a due date, none of which can be overdue.
 */
export function openDue(task: ReportTask, folded: FoldedTask, calendar: WorkingCalendar): IsoDate | null {
  if (folded.column === 'approved' || folded.column === 'cancelled') return null;
  return dueInForce(task, folded, calendar);
}

/**
 * Whether open work held to `due` is past it on the judge's `today`: what standingOf() files under
 * in_progress_overdue, without building the standing (the year chart asks it of every task at every
 * week's end).
 */
export function isOverdue(due: IsoDate | null, judge: DeadlineJudge): boolean {
  return due !== null && reportCategory(judge.timeliness(due, null)) === 'in_progress_overdue';
}
