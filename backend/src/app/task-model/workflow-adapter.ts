import type { WorkflowActor, WorkflowTask } from '@dondoc/workflows';
import type { AuthUser } from '../auth/auth-user';
import type { PlanEntity } from './entities/plan.entity';
import type { TaskUnitEntity } from './entities/task-unit.entity';
import type { TaskEntity } from './entities/task.entity';

/** The row and its plan as the pure workflow engine sees them. */
export function toWorkflowTask(
  task: TaskEntity,
  plan: Pick<PlanEntity, 'reviewerUnitId' | 'approverUnitId' | 'alternateReviewerUnitId'>,
  cooperatorUnitIds: string[],
): WorkflowTask {
  return {
    type: task.type,
    state: task.state,
    context: task.context,
    machineVersion: task.machineVersion,
    leadUnitId: task.leadUnitId,
    cooperatorUnitIds,
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    alternateReviewerUnitId: plan.alternateReviewerUnitId,
    wardId: task.wardId,
  };
}

/** The units a task's row names as cooperating (phối hợp), from all its unit links. */
export function cooperatorUnitIds(links: readonly Pick<TaskUnitEntity, 'unitId' | 'role'>[]): string[] {
  return links.filter((link) => link.role === 'cooperator').map((link) => link.unitId);
}

export function toWorkflowActor(user: AuthUser): WorkflowActor {
  return { userId: user.id, wardId: user.wardId, unitId: user.unitId, roles: user.roles };
}
