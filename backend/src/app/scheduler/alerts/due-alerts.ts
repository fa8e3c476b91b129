import { DEFAULT_CALENDAR, type IsoDate, timeliness, type WorkingCalendar } from '@dondoc/deadlines';
import type { WorkflowContext } from '@dondoc/workflows';
import { dueInForce } from '../../tasks/card-timeliness';
import type { TaskAlertKind } from '../entities/task-alert.entity';

export interface OpenTask {
  id: string;
  wardId: string;
  due: string | null;
  context: Pick<WorkflowContext, 'dueOverride'>;
}

export interface DueAlert {
  taskId: string;
  wardId: string;
  kind: TaskAlertKind;
  due: IsoDate;
}

/** The due-soon and overdue marks that open tasks call for today (deadline engine's timeliness). */
export function dueAlerts(
  tasks: readonly OpenTask[],
  today: IsoDate,
  dueSoonWorkingDays: number,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): DueAlert[] {
  return tasks.flatMap((task) => {
    const due = dueInForce(task);
    if (due === null) return [];
    const standing = timeliness({ due, doneAt: null, today, calendar, dueSoonWorkingDays });
    return standing === 'due_soon' || standing === 'overdue'
      ? [{ taskId: task.id, wardId: task.wardId, kind: standing, due }]
      : [];
  });
}

export function alertKey(alert: Pick<DueAlert, 'taskId' | 'kind' | 'due'>): string {
  return `${alert.taskId}|${alert.kind}|${alert.due}`;
}
