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
  return dueAlertsOn(today, rules)(tasks);
}

/**
 * `dueAlerts` for one day and ward, for a caller that reads the tasks a chunk at a time: each
 * distinct due date is weighed once for all the chunks.
 */
export function dueAlertsOn(today: IsoDate, rules: AlertRules): (tasks: readonly OpenTask[]) => DueAlert[] {
  const standingOf = standingsOn(today, rules);
  return (tasks) =>
    tasks.flatMap((task): DueAlert[] => {
      const due = dueInForce(task);
      if (due === null) return [];
      const { standing, late } = standingOf(due);
      const alert = (kind: TaskAlertKind): DueAlert => ({
        taskId: task.id,
        wardId: task.wardId,
        kind,
        due,
        lateWorkingDays: standing === 'overdue' ? late : 0,
      });
      if (standing === 'due_soon') return [alert('due_soon')];
      if (standing !== 'overdue') return [];
      return [
        alert('overdue'),
        alert('escalated_unit_head'),
        ...(late >= rules.escalateToLeadershipAfterWorkingDays ? [alert('escalated_leadership')] : []),
      ];
    });
}

/**
 * A due date's standing today and its working days late, worked out once per distinct date: a
 * plan's tens of thousands of tasks share a few hundred due dates, and counting working days is
 * what a run over them spends its time on.
 */
function standingsOn(
  today: IsoDate,
  rules: AlertRules,
): (due: IsoDate) => { standing: ReturnType<typeof timeliness>; late: number } {
  const { calendar } = rules;
  const known = new Map<IsoDate, { standing: ReturnType<typeof timeliness>; late: number }>();
  return (due) => {
    let answer = known.get(due);
    if (!answer) {
      const standing = timeliness({
        due,
        doneAt: null,
        today,
        calendar,
        dueSoonWorkingDays: rules.dueSoonWorkingDays,
      });
      const late =
        standing === 'overdue' ? workingDaysBetween(effectiveDue(due, calendar), today, calendar) : 0;
      known.set(due, (answer = { standing, late }));
    }
    return answer;
  };
}

export function alertKey(alert: Pick<DueAlert, 'taskId' | 'kind' | 'due'>): string {
  return `${alert.taskId}|${alert.kind}|${alert.due}`;
}
