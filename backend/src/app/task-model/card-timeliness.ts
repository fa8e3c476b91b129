import type { Timeliness } from '@dondoc/contracts';
import { DEFAULT_CALENDAR, timeliness, type WorkingCalendar } from '@dondoc/deadlines';
import type { WorkflowContext } from '@dondoc/workflows';
import { vietnamToday } from '../common/vietnam-today';
import type { TaskEntity } from './entities/task.entity';

export interface TimelinessSettings {
  today: string;
  dueSoonWorkingDays: number;
  calendar: WorkingCalendar;
}

export function timelinessSettings(now: Date, dueSoonWorkingDays: number): TimelinessSettings {
  return { today: vietnamToday(now), dueSoonWorkingDays, calendar: DEFAULT_CALENDAR };
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
 * in (a return does not stop the clock); cancelled work is not due at all.
 */
export function cardTimeliness(
  task: Pick<TaskEntity, 'due' | 'context' | 'column' | 'submittedAt'>,
  settings: TimelinessSettings,
): Timeliness {
  const due = dueInForce(task);
  if (task.column === 'cancelled' || due === null) return 'not_due';
  const doneAt =
    task.column === 'approved' ? vietnamToday(new Date(task.submittedAt ?? settings.today)) : null;
  return timeliness({
    due,
    doneAt,
    today: settings.today,
    calendar: settings.calendar,
    dueSoonWorkingDays: settings.dueSoonWorkingDays,
  });
}
