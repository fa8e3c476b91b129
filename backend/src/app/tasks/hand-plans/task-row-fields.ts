import type { TaskType } from '@dondoc/domain';
import { inferTaskType, workflowSeedFor } from '@dondoc/plan-parser';
import { initialWorkflow } from '@dondoc/workflows';
import { readDeadline } from '../../plan-import/plan-import.service';
import type { PlanEntity } from '../../task-model/entities/plan.entity';
import type { TaskEntity } from '../../task-model/entities/task.entity';

/** What a person writes of a task, once its units are known. */
export interface WrittenTask {
  content: string;
  deliverable: string;
  deadlineText: string;
  type?: TaskType;
}

/** The deadline's reading and due date, as an import would have read the same text. */
export function deadlineFields(
  deadlineText: string,
  plan: Pick<PlanEntity, 'year' | 'beforeDateInclusive'>,
): Pick<TaskEntity, 'deadlineText' | 'deadline' | 'due'> {
  const { deadline, due } = readDeadline(deadlineText, plan);
  return { deadlineText, deadline: deadline as unknown as Record<string, unknown>, due };
}

/**
 * The row fields that follow from the written ones while nothing has happened to the task: its
 * type (as written, or inferred like an import infers it), its machine's seed and initial state.
 */
export function initialRowFields(
  written: WrittenTask,
  plan: Pick<PlanEntity, 'year' | 'beforeDateInclusive'>,
): Pick<
  TaskEntity,
  | 'deadlineText'
  | 'deadline'
  | 'due'
  | 'type'
  | 'state'
  | 'column'
  | 'context'
  | 'workflowSeed'
  | 'machineVersion'
> {
  const { deadline, due } = readDeadline(written.deadlineText, plan);
  const type =
    written.type ??
    inferTaskType({
      content: written.content,
      deliverable: written.deliverable,
      deadlineKind: deadline.kind,
      level: 'task',
    });
  const workflowSeed = workflowSeedFor({
    type,
    content: written.content,
    deliverable: written.deliverable,
    ongoingUntil: deadline.kind === 'ongoing' ? deadline.until : null,
    planYear: plan.year,
  });
  const workflow = initialWorkflow(type, workflowSeed);
  return {
    deadlineText: written.deadlineText,
    deadline: deadline as unknown as Record<string, unknown>,
    due,
    type,
    state: workflow.state,
    column: workflow.column,
    context: workflow.context,
    workflowSeed,
    machineVersion: workflow.machineVersion,
  };
}
