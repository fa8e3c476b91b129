import type { IsoDate } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import type { WorkflowContext } from '@dondoc/workflows';

export interface ConsultingTask {
  type: TaskType;
  state: string;
  context: Pick<WorkflowContext, 'consultationDeadline'>;
}

/**
 * A legal document whose consultation is over: the deadline day itself still belongs to the
 * cooperators (the workflow's consultationDeadlinePassed reads it the same way).
 */
export function consultationExpired(task: ConsultingTask, today: IsoDate): boolean {
  const deadline = task.context.consultationDeadline;
  return (
    task.type === 'legal_document' && task.state === 'consultation' && deadline !== null && today > deadline
  );
}
