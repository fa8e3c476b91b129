import { REPORT_CATEGORY_LABELS_VI, type ReportCategory } from '@dondoc/deadlines';
import type { AppendixTask, StatusCounts, TaskReportStatus } from './model';

/** The four categories in the order the Government Office's reports list them. */
export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'in_progress_overdue',
];

export const TASK_STATUS_LABELS_VI: Readonly<Record<TaskReportStatus, string>> = {
  ...REPORT_CATEGORY_LABELS_VI,
  cancelled: 'Đã hủy',
};

export const NO_TASKS: StatusCounts = {
  completed_on_time: 0,
  completed_late: 0,
  in_progress_on_time: 0,
  in_progress_overdue: 0,
  cancelled: 0,
};

/** Tasks counted by status: what a sheet of rows adds up to. */
export function countStatuses(tasks: Iterable<Pick<AppendixTask, 'status'>>): StatusCounts {
  const counts = { ...NO_TASKS };
  for (const task of tasks) counts[task.status] += 1;
  return counts;
}

/** The tasks the four categories cover; cancelled tasks are not among them. */
export function totalOf(counts: StatusCounts): number {
  return REPORT_CATEGORIES.reduce((sum, category) => sum + counts[category], 0);
}
