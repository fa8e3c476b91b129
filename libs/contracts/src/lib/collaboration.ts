import type { Role } from '@dondoc/domain';

/*
 * Working together on a task: cooperators' opinions (ý kiến phối hợp), comments with mentions,
 * and stand-ins (ủy quyền) who act for a unit head or approver for a while.
 */

export const COLLABORATION_API = {
  /** GET each consulted unit's contribution to the task's consultation. */
  opinions: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/opinions`,
  /** POST a comment ({ text }); "@username" of the ward's users become payload.mentions. */
  comments: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/comments`,
  /** POST creates a delegation from the caller; GET …/mine lists the caller's, given and received. */
  delegations: '/api/delegations',
  myDelegations: '/api/delegations/mine',
  /** DELETE revokes a delegation (its giver, or an admin of the ward). */
  delegation: (delegationId: string) => `/api/delegations/${encodeURIComponent(delegationId)}`,
} as const;

/**
 * waiting: consulted, no answer yet, deadline not passed; given: answered by the deadline;
 * late: answered after it; none_recorded: closed without an answer ("không có ý kiến");
 * overdue: no answer and the deadline has passed, not yet closed.
 */
export type OpinionStatus = 'waiting' | 'given' | 'late' | 'none_recorded' | 'overdue';

export interface TaskOpinionDto {
  unitId: string;
  unitCode: string | null;
  status: OpinionStatus;
  text: string | null;
  /** Who answered for the unit (null when nobody did). */
  byName: string | null;
  /** When it was answered or recorded as none. */
  at: string | null;
}

export interface TaskOpinionsDto {
  taskId: string;
  /** The consultation deadline (ISO date, Vietnam) or null. */
  deadline: string | null;
  /** True while the task sits in consultation. */
  open: boolean;
  given: number;
  total: number;
  opinions: TaskOpinionDto[];
}

/** On a card: how many consulted units have answered, shown as "3/4 ý kiến". */
export interface OpinionCountDto {
  given: number;
  total: number;
}

/** The longest comment the API takes (characters); the comment box counts towards it. */
export const COMMENT_MAX_LENGTH = 4000;

export interface CommentRequest {
  text: string;
}

export interface DelegationPersonDto {
  id: string;
  username: string;
  fullName: string;
  unitId: string | null;
  /** The person's roles: a stand-in's client offers the moves the giver may make. */
  roles: Role[];
}

export interface DelegationDto {
  id: string;
  from: DelegationPersonDto;
  to: DelegationPersonDto;
  /** Inclusive Vietnam dates (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
  createdAt: string;
  revokedAt: string | null;
  /** In force today (not revoked, today within the dates). */
  active: boolean;
}

export interface CreateDelegationRequest {
  /** The colleague who will act (same ward and unit as the caller). */
  toUsername: string;
  startsOn: string;
  endsOn: string;
}

export interface MyDelegationsDto {
  /** Delegations the caller gave. */
  given: DelegationDto[];
  /** Delegations the caller holds: whom they may act for. */
  received: DelegationDto[];
}

/** In an event's payload when a stand-in acted: the event's actor acted for this user. */
export interface OnBehalfOfDto {
  id: string;
  name: string;
}
