import {
  effectiveDue,
  type IsoDate,
  timeliness,
  type WorkingCalendar,
  workingDaysBetween,
} from '@dondoc/deadlines';
import type { WorkflowContext } from '@dondoc/workflows';
import { dueInForce } from '../../task-model/card-timeliness';
import type { TaskAlertKind } from './task-alert.entity';

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
  /** Working days past the (effective) due date today; 0 while the task is not overdue. */
  lateWorkingDays: number;
}

export interface AlertRules {
  /** Due soon when this many working days or fewer remain. */
  dueSoonWorkingDays: number;
  /** The ward's leadership hears of an overdue task once it is this many working days late. */
  escalateToLeadershipAfterWorkingDays: number;
  /** The working calendar of the tasks' ward (WardCalendars). */
  calendar: WorkingCalendar;
}

/**
 * The marks that open tasks call for today (deadline engine's timeliness): due soon, or overdue —
 * which at once escalates to the head of the lead unit, and to the ward's leadership once the task
 * is late by the given number of working days.
 */
export function dueAlerts(tasks: readonly OpenTask[], today: IsoDate, rules: AlertRules): DueAlert[] {
  const { calendar } = rules;
  return tasks.flatMap((task): DueAlert[] => {
    const due = dueInForce(task);
    if (due === null) return [];
    const standing = timeliness({
      due,
      doneAt: null,
      today,
      calendar,
      dueSoonWorkingDays: rules.dueSoonWorkingDays,
    });
    const alert = (kind: TaskAlertKind, lateWorkingDays = 0): DueAlert => ({
      taskId: task.id,
      wardId: task.wardId,
      kind,
      due,
      lateWorkingDays,
    });
    if (standing === 'due_soon') return [alert('due_soon')];
    if (standing !== 'overdue') return [];
    const late = workingDaysBetween(effectiveDue(due, calendar), today, calendar);
    return [
      alert('overdue', late),
      alert('escalated_unit_head', late),
      ...(late >= rules.escalateToLeadershipAfterWorkingDays ? [alert('escalated_leadership', late)] : []),
    ];
  });
}

export function alertKey(alert: Pick<DueAlert, 'taskId' | 'kind' | 'due'>): string {
  return `${alert.taskId}|${alert.kind}|${alert.due}`;
}
