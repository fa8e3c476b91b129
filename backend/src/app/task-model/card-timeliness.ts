import type { CardTimeliness } from '@dondoc/contracts';
import { taskTimeliness, type WorkingCalendar } from '@dondoc/deadlines';
import type { WorkflowContext } from '@dondoc/workflows';
import { vietnamToday } from '../common/vietnam-today';
import type { TaskEntity } from './entities/task.entity';

export interface TimelinessSettings {
  today: string;
  dueSoonWorkingDays: number;
  /** The ward's own calendar (WardCalendars): one ward per yardstick. */
  calendar: WorkingCalendar;
}

export function timelinessSettings(
  now: Date,
  dueSoonWorkingDays: number,
  calendar: WorkingCalendar,
): TimelinessSettings {
  return { today: vietnamToday(now), dueSoonWorkingDays, calendar };
}

/** The due date in force: a granted extension replaces the plan's. */
export function dueInForce(task: {
  due: string | null;
  context: Pick<WorkflowContext, 'dueOverride'>;
}): string | null {
  return task.context.dueOverride ?? task.due;
}

/**
 * How a task stands against its deadline in force. Approved work counts as done when it was handed
 * in (a return does not stop the clock); cancelled work is "Đã huỷ", whatever its dates, so that
 * it is counted apart and never as "Chưa đến hạn".
 */
export function cardTimeliness(
  task: Pick<TaskEntity, 'due' | 'context' | 'column' | 'submittedAt'>,
  settings: TimelinessSettings,
): CardTimeliness {
  if (task.column === 'cancelled') return 'cancelled';
  const due = dueInForce(task);
  if (due === null) return 'not_due';
  const doneAt =
    task.column === 'approved' ? vietnamToday(new Date(task.submittedAt ?? settings.today)) : null;
  return taskTimeliness({
    cancelled: false,
    due,
    doneAt,
    today: settings.today,
    calendar: settings.calendar,
    dueSoonWorkingDays: settings.dueSoonWorkingDays,
  });
}
