import type { Role, UnitRelation } from '@dondoc/domain';
import type { ActorFacts, WorkflowActor, WorkflowTask } from './types';

type TaskUnits = Pick<
  WorkflowTask,
  | 'wardId'
  | 'leadUnitId'
  | 'cooperatorUnitIds'
  | 'reviewerUnitId'
  | 'approverUnitId'
  | 'alternateReviewerUnitId'
>;

/** Who reviews a task and which roles of that unit may: the plan's reviewer unit, or its alternate. */
interface Reviewing {
  unitId: string | null;
  roles: readonly Role[];
}

/**
 * A unit does not review its own work: when the lead unit is the plan's reviewer unit, review falls
 * to the plan's alternate reviewer unit (by default the approver unit), whose reviewers, approvers
 * or head review, since the office holds no one with the reviewer role.
 */
export function reviewingOf(task: TaskUnits): Reviewing {
  const leadReviewsItself = task.leadUnitId !== null && task.leadUnitId === task.reviewerUnitId;
  if (!leadReviewsItself) return { unitId: task.reviewerUnitId, roles: ['reviewer', 'unit_head'] };
  const alternate = task.alternateReviewerUnitId ?? task.approverUnitId;
  return {
    unitId: alternate === task.leadUnitId ? task.approverUnitId : alternate,
    roles: ['reviewer', 'approver', 'unit_head'],
  };
}

function hasAnyRole(actor: WorkflowActor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

function isUnit(actor: WorkflowActor, unitId: string | null): boolean {
  return actor.unitId !== null && unitId !== null && actor.unitId === unitId;
}

/**
 * How the actor's unit stands towards the task. Reviewer and approver units only count for users
 * who hold the matching role (or head the unit): a clerk of the office does not approve. The
 * reviewer unit is the one that reviews this task (see reviewingOf), not always the plan's.
 * Actors of another ward have no relation at all, whatever their roles.
 */
export function relationsOf(task: TaskUnits, actor: WorkflowActor): UnitRelation[] {
  if (actor.wardId !== task.wardId) return ['none'];
  const relations: UnitRelation[] = [];
  if (isUnit(actor, task.leadUnitId)) relations.push('lead');
  if (actor.unitId !== null && task.cooperatorUnitIds.includes(actor.unitId)) relations.push('cooperator');
  const reviewing = reviewingOf(task);
  if (isUnit(actor, reviewing.unitId) && hasAnyRole(actor, reviewing.roles)) {
    relations.push('reviewer_unit');
  }
  if (isUnit(actor, task.approverUnitId) && hasAnyRole(actor, ['approver', 'unit_head'])) {
    relations.push('approver_unit');
  }
  if (actor.roles.includes('leader')) relations.push('leadership');
  return relations.length > 0 ? relations : ['none'];
}

/** The actor as the machine's guards see it. */
export function actorFactsOf(task: TaskUnits, actor: WorkflowActor): ActorFacts {
  return {
    userId: actor.userId,
    unitId: actor.unitId,
    roles: [...actor.roles],
    relations: relationsOf(task, actor),
    sameWard: actor.wardId === task.wardId,
  };
}
