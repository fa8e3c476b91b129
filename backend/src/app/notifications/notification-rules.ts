import type { NotificationKind } from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';
import { relationsOf, reviewingOf } from '@dondoc/workflows';
import type { TaskAlertKind } from './reminders/task-alert.entity';

/** Who is asked: people standing in a relation to the task, or named directly. */
export type Audience =
  /** Everyone whose relation to the task is this one (the workflow's own rule: a clerk of the
   * reviewer unit does not review, its reviewers and head do). */
  | { kind: 'relation'; relation: 'lead' | 'reviewer_unit' | 'approver_unit' }
  /** Every member of these units (the units consulted on a draft). */
  | { kind: 'units'; unitIds: string[] }
  /** These users of the task's ward, by id or username. */
  | { kind: 'users'; ids: string[] }
  /** The lead unit's members who do not head it (the head hears of it as an escalation). */
  | { kind: 'lead_staff' }
  | { kind: 'lead_heads' }
  | { kind: 'ward_leaders' };

export interface Ask {
  kind: NotificationKind;
  audience: Audience;
}

/** The facts of a logged event that decide what it asks of whom. */
export interface EventFacts {
  event: string;
  toState: string;
  fromState: string;
  payload: Record<string, unknown> | null;
}

function stringsIn(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item !== '')
    : [];
}

/**
 * What an accepted event asks of someone, if anything. Moves are read from the state they lead
 * to, so every task type's spine is covered the same way: a submission waits for its reviewer
 * (for a legal document first for the office's appraisal), reviewed work for its approver, returned
 * work for its lead. Approvals, opinions and cancellations ask nothing of anyone.
 */
export function askOfEvent(event: EventFacts): Ask | null {
  switch (event.event) {
    case 'START_CONSULTATION':
      return {
        kind: 'opinion_requested',
        audience: { kind: 'units', unitIds: stringsIn(event.payload?.['consultees']) },
      };
    case 'REQUEST_EXTENSION':
      return { kind: 'extension_requested', audience: { kind: 'relation', relation: 'approver_unit' } };
    case 'GRANT_EXTENSION':
      return { kind: 'extension_granted', audience: { kind: 'relation', relation: 'lead' } };
    case 'REFUSE_EXTENSION':
      return { kind: 'extension_refused', audience: { kind: 'relation', relation: 'lead' } };
    case 'COMMENT': {
      const mentioned = stringsIn(event.payload?.['mentions']);
      return mentioned.length > 0 ? { kind: 'mentioned', audience: { kind: 'users', ids: mentioned } } : null;
    }
  }
  if (event.fromState === event.toState) return null;
  switch (event.toState) {
    case 'submitted':
    case 'submitted.appraised':
      return { kind: 'review_requested', audience: { kind: 'relation', relation: 'reviewer_unit' } };
    case 'submitted.appraisal':
      return { kind: 'appraisal_requested', audience: { kind: 'relation', relation: 'approver_unit' } };
    case 'reviewed':
      return { kind: 'approval_requested', audience: { kind: 'relation', relation: 'approver_unit' } };
    case 'returned':
      return { kind: 'returned', audience: { kind: 'relation', relation: 'lead' } };
    default:
      return null;
  }
}

const ALERT_ASKS: Readonly<Record<TaskAlertKind, Ask>> = {
  due_soon: { kind: 'due_soon', audience: { kind: 'relation', relation: 'lead' } },
  overdue: { kind: 'overdue', audience: { kind: 'lead_staff' } },
  escalated_unit_head: { kind: 'escalated_unit_head', audience: { kind: 'lead_heads' } },
  escalated_leadership: { kind: 'escalated_leadership', audience: { kind: 'ward_leaders' } },
};

/** Due soon and overdue go to the lead unit; an escalation to its head, then to the ward's leaders. */
export function askOfAlert(kind: TaskAlertKind): Ask {
  return ALERT_ASKS[kind];
}

export interface Candidate {
  id: string;
  username: string;
  wardId: string;
  unitId: string | null;
  roles: Role[];
}

export interface TaskParties {
  wardId: string;
  leadUnitId: string | null;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /** The plan's setting for work its reviewer unit leads (four eyes); null: the approver unit. */
  alternateReviewerUnitId: string | null;
}

function isAudience(audience: Audience, task: TaskParties, user: Candidate): boolean {
  const inLead = task.leadUnitId !== null && user.unitId === task.leadUnitId;
  switch (audience.kind) {
    case 'relation': {
      const actor = { userId: user.id, wardId: user.wardId, unitId: user.unitId, roles: user.roles };
      return relationsOf({ ...task, cooperatorUnitIds: [] }, actor).includes(audience.relation);
    }
    case 'units':
      return user.unitId !== null && audience.unitIds.includes(user.unitId);
    case 'users':
      return audience.ids.includes(user.id) || audience.ids.includes(user.username);
    case 'lead_staff':
      return inLead && !user.roles.includes('unit_head');
    case 'lead_heads':
      return inLead && user.roles.includes('unit_head');
    case 'ward_leaders':
      return user.roles.includes('leader');
  }
}

/** The users of the task's ward the audience names, never the one who acted. */
export function recipientsOf(
  audience: Audience,
  task: TaskParties,
  candidates: readonly Candidate[],
  actorId: string | null,
): string[] {
  return candidates
    .filter((user) => user.wardId === task.wardId && user.id !== actorId && isAudience(audience, task, user))
    .map((user) => user.id);
}

/** Which of the ward's users can be in the audience: the units to read, or every user. */
export function candidateUnits(audience: Audience, task: TaskParties): string[] | 'all' {
  const only = (unitId: string | null) => (unitId === null ? [] : [unitId]);
  switch (audience.kind) {
    case 'relation':
      // The unit that reviews this task, as the workflow decides it (reviewingOf): the plan's
      // alternate when the lead unit is the plan's reviewer unit, which does not review itself.
      return only(
        audience.relation === 'lead'
          ? task.leadUnitId
          : audience.relation === 'reviewer_unit'
            ? reviewingOf({ ...task, cooperatorUnitIds: [] }).unitId
            : task.approverUnitId,
      );
    case 'units':
      return audience.unitIds;
    case 'lead_staff':
    case 'lead_heads':
      return only(task.leadUnitId);
    case 'users':
    case 'ward_leaders':
      return 'all';
  }
}
