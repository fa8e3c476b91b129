import type { Deadline, IsoDate, WorkingCalendar } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import type { WorkflowSeed } from '@dondoc/workflows';

/** What the figures need of a task row (the backend's `task`), as it is now. */
export interface ReportTask {
  id: string;
  planId: string;
  /** The fan-out parent or the periodic-report series; a task with children is not counted itself. */
  parentId: string | null;
  sectionKey: string | null;
  /** The primary lead now; before a CHOOSE_PRIMARY_LEAD event the task had none. */
  leadUnitId: string | null;
  /** The type now; a CHANGE_TYPE event says what it was before. */
  type: TaskType;
  /** When the task was created (UTC instant): before it the task does not count. */
  createdAt: string;
  /** The plan's nominal due date (the row's `due`), without any extension. */
  due: IsoDate | null;
  /** The deadline as read; a triggered deadline gets its due date once the trigger is recorded. */
  deadline?: Deadline | null;
  /** What the machine was started with (the row's `workflow_seed`): replay starts here. */
  workflowSeed?: WorkflowSeed | null;
}

/** One row of the backend's `task_event` log. */
export interface ReportEvent {
  taskId: string;
  event: string;
  fromState: string;
  toState: string;
  /** The task's version after the event: 2, 3, … */
  version: number;
  payload: Record<string, unknown> | null;
  comment?: string | null;
  /** UTC instant, ISO 8601. */
  at: string;
  actorId?: string | null;
  actorUnitId?: string | null;
}

export interface FiguresOptions {
  calendar?: WorkingCalendar;
  /**
   * 'log' (default) reads each event's recorded state and payload; 'replay' folds the events
   * through the workflow machines. Both give the same figures for a log the machines accepted.
   */
  fold?: 'log' | 'replay';
}
