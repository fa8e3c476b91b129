import type { Role, UnitRelation } from '@dondoc/domain';
import type { ActorFacts, WorkflowActor } from '../lib/types';

/** The roles that do a unit's own work; a reviewer or leader of the lead unit does not submit. */
const WORKING_ROLES: readonly Role[] = ['staff', 'unit_head'];
/** Relations that let a user follow a task and comment on it. */
const RELATED: readonly UnitRelation[] = [
  'lead',
  'cooperator',
  'reviewer_unit',
  'approver_unit',
  'leadership',
];

function has(actor: ActorFacts, relation: UnitRelation): boolean {
  return actor.sameWard && actor.relations.includes(relation);
}

function works(actor: ActorFacts): boolean {
  return actor.roles.some((role) => WORKING_ROLES.includes(role));
}

/** Staff or head of the lead unit: prepares, submits, reports, asks for more time. */
export function actsAsLead(actor: ActorFacts): boolean {
  return has(actor, 'lead') && works(actor);
}

/** Staff or head of a cooperating unit: gives the unit's opinion. */
export function actsAsCooperator(actor: ActorFacts): boolean {
  return has(actor, 'cooperator') && works(actor);
}

/** The plan's reviewer unit (the relation already requires the reviewer role or unit head). */
export function actsAsReviewerUnit(actor: ActorFacts): boolean {
  return has(actor, 'reviewer_unit');
}

/** The plan's approver unit (the relation already requires the approver role or unit head). */
export function actsAsApproverUnit(actor: ActorFacts): boolean {
  return has(actor, 'approver_unit');
}

/** An administrator of the task's ward (may cancel and record triggers, nothing else by role). */
export function actsAsAdmin(actor: ActorFacts): boolean {
  return actor.sameWard && actor.roles.includes('admin');
}

/** Anyone who follows the task: its units and the ward's leadership. */
export function isRelatedToTask(actor: ActorFacts): boolean {
  return actor.sameWard && actor.relations.some((relation) => RELATED.includes(relation));
}

/**
 * The id the engine acts under when it applies a rule itself (a fan-out parent finishing with its
 * children). The log records such events without a person (actor null, read back as this id).
 */
export const ENGINE_ACTOR_ID = 'system';

/** The engine itself: no person, no role. Never offered to a user; the API refuses it from clients. */
export function actsAsEngine(actor: ActorFacts): boolean {
  return actor.sameWard && actor.userId === ENGINE_ACTOR_ID && actor.roles.length === 0;
}

/** The actor the backend engine decides CHILDREN_DONE as. */
export function engineActor(wardId: string): WorkflowActor {
  return { userId: ENGINE_ACTOR_ID, wardId, unitId: null, roles: [] };
}
