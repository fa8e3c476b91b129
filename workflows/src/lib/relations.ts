import type { Role, UnitRelation } from '@dondoc/domain';
import type { ActorFacts, WorkflowActor, WorkflowTask } from './types';

type TaskUnits = Pick<
  WorkflowTask,
  'wardId' | 'leadUnitId' | 'cooperatorUnitIds' | 'reviewerUnitId' | 'approverUnitId'
>;

function hasAnyRole(actor: WorkflowActor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

function isUnit(actor: WorkflowActor, unitId: string | null): boolean {
  return actor.unitId !== null && unitId !== null && actor.unitId === unitId;
}

/**
 * How the actor's unit stands towards the task. Reviewer and approver units only count for users
 * who hold the matching role (or head the unit): a clerk of the office does not approve.
 * Actors of another ward have no relation at all, whatever their roles.
 */
export function relationsOf(task: TaskUnits, actor: WorkflowActor): UnitRelation[] {
  if (actor.wardId !== task.wardId) return ['none'];
  const relations: UnitRelation[] = [];
  if (isUnit(actor, task.leadUnitId)) relations.push('lead');
  if (actor.unitId !== null && task.cooperatorUnitIds.includes(actor.unitId)) relations.push('cooperator');
  if (isUnit(actor, task.reviewerUnitId) && hasAnyRole(actor, ['reviewer', 'unit_head'])) {
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
