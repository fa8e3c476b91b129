import type { CardTimeliness } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import type { WorkflowContext } from '@dondoc/workflows';
import { cardTimeliness, type TimelinessSettings } from '../task-model/card-timeliness';

/** The few columns timeliness depends on, read without the task's context (its due date in force is). */
export interface TimelinessRow {
  /** The due date in force: the granted extension's (context.dueOverride), else the plan's. */
  due: string | null;
  column: BoardColumn;
  submittedAt: string | null;
}

/** The due date is already the one in force, so the card rule is fed no override. */
const NO_OVERRIDE = { dueOverride: null } as Pick<WorkflowContext, 'dueOverride'> as WorkflowContext;

/** Exactly the card's timeliness (cardTimeliness), from a narrow row instead of a whole task. */
export function rowTimeliness(row: TimelinessRow, settings: TimelinessSettings): CardTimeliness {
  return cardTimeliness({ ...row, context: NO_OVERRIDE }, settings);
}
