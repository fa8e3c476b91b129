import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

export interface AmendedPlan {
  plan: PlanEntity;
  /** The plan's sections, in board order. */
  sections: PlanSectionEntity[];
  /** Every task of the plan, in board order. */
  tasks: TaskEntity[];
  /** The tasks the plan's table wrote, without the per-unit copies of a task a group leads. */
  planTasks: TaskEntity[];
  /** Per-unit copies of a task a group leads, by the task they copy. */
  copiesOf: Map<string, TaskEntity[]>;
}

/**
 * The plan a revised version amends, with its tasks: 404 when the caller's ward has no such
 * plan. A task a group leads was fanned out into one copy per unit (ref "3/VP"); the revision
 * speaks of the task, not of its copies.
 */
export async function loadAmendedPlan(
  manager: EntityManager,
  wardId: string,
  planId: string,
): Promise<AmendedPlan> {
  const plan = await manager.findOneBy(PlanEntity, { id: planId, wardId });
  if (!plan) throw notFound('kế hoạch');
  const sections = await manager.find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } });
  const tasks = await manager.find(TaskEntity, { where: { planId, wardId }, order: { position: 'ASC' } });
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const copiesOf = new Map<string, TaskEntity[]>();
  const planTasks: TaskEntity[] = [];
  for (const task of tasks) {
    const parent = task.parentId ? byId.get(task.parentId) : undefined;
    if (parent && task.ref.startsWith(`${parent.ref}/`)) {
      copiesOf.set(parent.id, [...(copiesOf.get(parent.id) ?? []), task]);
    } else {
      planTasks.push(task);
    }
  }
  return { plan, sections, tasks, planTasks, copiesOf };
}

/** 404 unless the caller's ward has the plan: checked before a revision is read at all. */
export async function requireAmendedPlan(
  manager: EntityManager,
  wardId: string,
  planId: string | undefined,
): Promise<void> {
  if (planId && !(await manager.existsBy(PlanEntity, { id: planId, wardId }))) throw notFound('kế hoạch');
}

/** Approved or cancelled: a task the revision can no longer cancel, only leave as it stands. */
export function isSettled(task: Pick<TaskEntity, 'column'>): boolean {
  return task.column === 'approved' || task.column === 'cancelled';
}
