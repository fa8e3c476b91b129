import type { TaskType } from '@dondoc/domain';
import { WORKFLOW_EVENT_TYPES, type WorkflowEventType } from '../lib/types';
import { ACTOR_PROFILE_NAMES, type ActorProfile, SITUATIONS, type Situation } from './scenarios';

/*
 * What every actor profile may do in every situation of every type, written out by hand from the
 * design, independently of the guards. An event missing from a situation is not declared by its
 * state (EVENT_NOT_ACCEPTED for everyone). The foreign-ward profile is refused everything.
 */

/** Profiles who may; everyone else is FORBIDDEN... */
type Allowed = readonly ActorProfile[];
/** ...or: the state declares the event but the task's condition refuses it, for these or all. */
interface NotNow {
  allow: readonly ActorProfile[];
  notNow: readonly ActorProfile[] | 'everyone';
}
export type Expectation = Allowed | NotNow;
export type ExpectedOutcome = 'ok' | 'FORBIDDEN' | 'EVENT_NOT_ACCEPTED';

const LEAD: Allowed = ['lead_staff', 'lead_head'];
const REVIEWER: Allowed = ['reviewer'];
const APPROVER: Allowed = ['approver', 'office_head'];
const CANCELLERS: Allowed = [...APPROVER, 'admin'];
const RELATED: Allowed = [
  'lead_staff',
  'lead_head',
  'lead_unit_leader',
  'cooperator',
  'reviewer',
  'approver',
  'office_head',
  'leader',
];
const NOBODY_NOW: NotNow = { allow: [], notNow: 'everyone' };

type Row = Partial<Record<WorkflowEventType, Expectation>>;

/** Every open state: cancel, extensions (depending on whether one is pending), comments. */
function open(extensionPending = false): Row {
  return {
    CANCEL: CANCELLERS,
    REQUEST_EXTENSION: extensionPending ? NOBODY_NOW : LEAD,
    GRANT_EXTENSION: extensionPending ? APPROVER : NOBODY_NOW,
    REFUSE_EXTENSION: extensionPending ? APPROVER : NOBODY_NOW,
    COMMENT: RELATED,
  };
}
const FINAL: Row = { COMMENT: RELATED };

function documentSpine(submit: WorkflowEventType): Record<string, Row> {
  return {
    draft: { [submit]: LEAD, ...open() },
    'draft + extension pending': { [submit]: LEAD, ...open(true) },
    submitted: { REVIEW: REVIEWER, RETURN: REVIEWER, ...open() },
    reviewed: { APPROVE: APPROVER, RETURN: APPROVER, ...open() },
    returned: { [submit]: LEAD, ...open() },
    approved: FINAL,
    cancelled: FINAL,
  };
}

const ongoingWork: Row = { REPORT_PROGRESS: LEAD, CLOSE: LEAD };

export const PERMISSION_EXPECTATIONS: Record<TaskType, Record<string, Row>> = {
  document: documentSpine('SUBMIT'),
  periodic_report: documentSpine('SUBMIT'),
  target: documentSpine('SUBMIT_VALUE'),
  ongoing: {
    in_progress: { ...ongoingWork, ...open() },
    'in_progress + extension pending': { ...ongoingWork, ...open(true) },
    'in_progress, span not ended': { REPORT_PROGRESS: LEAD, CLOSE: NOBODY_NOW, ...open() },
    submitted: { REVIEW: REVIEWER, RETURN: REVIEWER, ...open() },
    reviewed: { APPROVE: APPROVER, RETURN: APPROVER, ...open() },
    returned: { ...ongoingWork, ...open() },
    approved: FINAL,
    cancelled: FINAL,
  },
  triggered: {
    waiting: { RECORD_TRIGGER: [...LEAD, ...APPROVER, 'admin'], ...open() },
    'waiting + extension pending': { RECORD_TRIGGER: [...LEAD, ...APPROVER, 'admin'], ...open(true) },
    draft: { SUBMIT: LEAD, ...open() },
    submitted: { REVIEW: REVIEWER, RETURN: REVIEWER, ...open() },
    reviewed: { APPROVE: APPROVER, RETURN: APPROVER, ...open() },
    returned: { SUBMIT: LEAD, ...open() },
    approved: FINAL,
    cancelled: FINAL,
  },
  legal_document: {
    draft: { START_CONSULTATION: LEAD, ...open() },
    consultation: { GIVE_OPINION: ['cooperator'], CLOSE_CONSULTATION: NOBODY_NOW, ...open() },
    'consultation, all answered': {
      GIVE_OPINION: { allow: [], notNow: ['cooperator'] },
      CLOSE_CONSULTATION: LEAD,
      ...open(),
    },
    'consultation, deadline passed': {
      GIVE_OPINION: ['cooperator'],
      CLOSE_CONSULTATION: [...LEAD, ...APPROVER, 'admin'],
      ...open(),
    },
    consulted: { SUBMIT: LEAD, ...open() },
    'consulted + extension pending': { SUBMIT: LEAD, ...open(true) },
    'submitted.appraisal': { APPRAISE: APPROVER, RETURN: APPROVER, ...open() },
    'submitted.appraised': { REVIEW: REVIEWER, RETURN: REVIEWER, ...open() },
    reviewed: { APPROVE: APPROVER, RETURN: APPROVER, ...open() },
    returned: { SUBMIT: LEAD, START_CONSULTATION: LEAD, ...open() },
    approved: FINAL,
    cancelled: FINAL,
  },
};

/** What the decision must be when `profile` sends `event` (with a valid payload) in the situation. */
export function expectedOutcome(
  type: TaskType,
  situation: string,
  event: WorkflowEventType,
  profile: ActorProfile,
): ExpectedOutcome {
  if (profile === 'foreign_all_roles') return 'FORBIDDEN';
  const expectation = PERMISSION_EXPECTATIONS[type][situation]?.[event];
  if (expectation === undefined) return 'EVENT_NOT_ACCEPTED';
  if (isNotNow(expectation)) {
    if (expectation.notNow === 'everyone' || expectation.notNow.includes(profile))
      return 'EVENT_NOT_ACCEPTED';
    return expectation.allow.includes(profile) ? 'ok' : 'FORBIDDEN';
  }
  return expectation.includes(profile) ? 'ok' : 'FORBIDDEN';
}

function isNotNow(expectation: Expectation): expectation is NotNow {
  return !Array.isArray(expectation);
}

export interface PermissionCase {
  type: TaskType;
  situation: Situation;
  event: WorkflowEventType;
  profile: ActorProfile;
  expected: ExpectedOutcome;
}

/** Every type × situation × event × profile with its expected outcome (for API tests: filter FORBIDDEN). */
export function permissionCases(
  events: readonly WorkflowEventType[] = WORKFLOW_EVENT_TYPES,
): PermissionCase[] {
  return (Object.keys(SITUATIONS) as TaskType[]).flatMap((type) =>
    SITUATIONS[type].flatMap((situation) =>
      events.flatMap((event) =>
        ACTOR_PROFILE_NAMES.map((profile) => ({
          type,
          situation,
          event,
          profile,
          expected: expectedOutcome(type, situation.name, event, profile),
        })),
      ),
    ),
  );
}
