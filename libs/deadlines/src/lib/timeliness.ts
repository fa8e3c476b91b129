import { DEFAULT_CALENDAR } from './calendar-data';
import { assertIsoDate, IsoDate } from './iso-date';
import { addWorkingDays, effectiveDue } from './working-calendar';
import { WorkingCalendar } from './working-calendar.types';

export type Timeliness = 'not_due' | 'on_track' | 'due_soon' | 'overdue' | 'done_on_time' | 'done_late';

export const TIMELINESS_LABELS_VI: Readonly<Record<Timeliness, string>> = {
  not_due: 'Chưa đến hạn',
  on_track: 'Trong hạn',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
};

export interface TimelinessInput {
  /** The nominal due date in force (an approved extension replaces the original), or null when none applies yet. */
  due: IsoDate | null;
  /** Submission date of the version finally approved; a return does not stop the clock. Null while not done. */
  doneAt: IsoDate | null;
  /** Always passed in: pure functions never read the clock. */
  today: IsoDate;
  calendar?: WorkingCalendar;
  /** A task is due soon when this many working days or fewer remain (default 3). */
  dueSoonWorkingDays?: number;
}

/**
 * How a task stands against its deadline. The due date first moves off weekends and holidays
 * (effectiveDue); done on time means doneAt <= that date. Dates are validated: a malformed one
 * is a caller's bug and throws a RangeError naming the field.
 */
export function timeliness({
  due,
  doneAt,
  today,
  calendar = DEFAULT_CALENDAR,
  dueSoonWorkingDays = 3,
}: TimelinessInput): Timeliness {
  assertIsoDate(today, 'today');
  if (due !== null) assertIsoDate(due, 'due');
  if (doneAt !== null) assertIsoDate(doneAt, 'doneAt');
  const deadline = due === null ? null : effectiveDue(due, calendar);
  if (doneAt !== null) return deadline === null || doneAt <= deadline ? 'done_on_time' : 'done_late';
  if (deadline === null) return 'not_due';
  if (today > deadline) return 'overdue';
  // "At most n working days left" is "before the (n+1)-th working day after today": a few steps
  // through the calendar instead of counting every day up to a deadline months away.
  return deadline < addWorkingDays(today, dueSoonWorkingDays + 1, calendar) ? 'due_soon' : 'on_track';
}

/**
 * A task's standing including cancellation. A cancelled task ("(nếu có)" work that never applied,
 * or a task a revised plan removed) has no deadline to keep: it is "Đã huỷ", counted apart and in
 * none of the report categories. Kept apart from Timeliness so callers that only know deadlines
 * are not asked about cancellation.
 */
export type TaskTimeliness = Timeliness | 'cancelled';

export const TASK_TIMELINESS = [
  'not_due',
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
  'cancelled',
] as const satisfies readonly TaskTimeliness[];

export const TASK_TIMELINESS_LABELS_VI: Readonly<Record<TaskTimeliness, string>> = {
  ...TIMELINESS_LABELS_VI,
  cancelled: 'Đã huỷ',
};

export interface TaskTimelinessInput extends TimelinessInput {
  /** The task is cancelled: its deadline no longer counts, whatever the dates say. */
  cancelled: boolean;
}

/** timeliness() for a task that may be cancelled; the dates are validated either way. */
export function taskTimeliness({ cancelled, ...input }: TaskTimelinessInput): TaskTimeliness {
  const standing = timeliness(input);
  return cancelled ? 'cancelled' : standing;
}

/** The four categories of the Government Office's progress reports. */
export type ReportCategory =
  'completed_on_time' | 'completed_late' | 'in_progress_on_time' | 'in_progress_overdue';

export const REPORT_CATEGORY_LABELS_VI: Readonly<Record<ReportCategory, string>> = {
  completed_on_time: 'Đã hoàn thành đúng hạn',
  completed_late: 'Đã hoàn thành quá hạn',
  in_progress_on_time: 'Chưa hoàn thành trong hạn',
  in_progress_overdue: 'Chưa hoàn thành quá hạn',
};

const CATEGORY_BY_TIMELINESS: Readonly<Record<Timeliness, ReportCategory>> = {
  done_on_time: 'completed_on_time',
  done_late: 'completed_late',
  overdue: 'in_progress_overdue',
  due_soon: 'in_progress_on_time',
  on_track: 'in_progress_on_time',
  not_due: 'in_progress_on_time',
};

export function reportCategory(timeliness: Timeliness): ReportCategory {
  return CATEGORY_BY_TIMELINESS[timeliness];
}

/** The report category of a task's standing; null for a cancelled task, which is counted apart. */
export function taskReportCategory(standing: TaskTimeliness): ReportCategory | null {
  return standing === 'cancelled' ? null : CATEGORY_BY_TIMELINESS[standing];
}
