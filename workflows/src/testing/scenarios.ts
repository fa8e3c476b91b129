import type { Role, TaskType } from '@dondoc/domain';
import { decide } from '../lib/decide';
import { initialWorkflow } from '../lib/initial';
import type {
  WorkflowActor,
  WorkflowCommand,
  WorkflowEventType,
  WorkflowSeed,
  WorkflowTask,
} from '../lib/types';

/*
 * Shared test fixtures: one ward, one plan's units, one actor per kind of relation, a valid
 * command per event, and the paths that bring a task of each type into each situation. The
 * backend's API tests use the same ones to drive real tasks through the API.
 */

export const FIXTURE_WARD = 'ward-hai-duong';
export const FIXTURE_UNITS = {
  lead: 'unit-ktht',
  cooperator: 'unit-pvhcc',
  reviewer: 'unit-vhxh',
  approver: 'unit-vp',
  leadership: 'unit-lanh-dao',
  it: 'unit-cntt',
  other: 'unit-cong-an',
} as const;

/** Steps of the fixtures happen on this day; the tables are checked a week later. */
export const FIXTURE_STEP_TIME = '2026-03-02T02:00:00Z';
export const FIXTURE_NOW = '2026-03-10T03:00:00Z';

function actor(
  userId: string,
  unitId: string | null,
  roles: Role[],
  wardId: string = FIXTURE_WARD,
): WorkflowActor {
  return { userId, wardId, unitId, roles };
}

export const ACTOR_PROFILES = {
  lead_staff: actor('u-lead-staff', FIXTURE_UNITS.lead, ['staff']),
  lead_head: actor('u-lead-head', FIXTURE_UNITS.lead, ['unit_head']),
  /** A leader whose unit happens to lead: follows and comments, does not submit. */
  lead_unit_leader: actor('u-lead-leader', FIXTURE_UNITS.lead, ['leader']),
  cooperator: actor('u-coop', FIXTURE_UNITS.cooperator, ['staff']),
  reviewer: actor('u-reviewer', FIXTURE_UNITS.reviewer, ['reviewer']),
  /** Staff of the reviewer unit without the reviewer role. */
  reviewer_clerk: actor('u-reviewer-clerk', FIXTURE_UNITS.reviewer, ['staff']),
  approver: actor('u-approver', FIXTURE_UNITS.approver, ['approver']),
  office_head: actor('u-office-head', FIXTURE_UNITS.approver, ['unit_head']),
  /** Staff of the approver unit without the approver role. */
  office_clerk: actor('u-office-clerk', FIXTURE_UNITS.approver, ['staff']),
  leader: actor('u-leader', FIXTURE_UNITS.leadership, ['leader']),
  admin: actor('u-admin', FIXTURE_UNITS.it, ['admin']),
  outsider: actor('u-outsider', FIXTURE_UNITS.other, ['staff', 'unit_head']),
  /** Every role, in the approver unit's id, but of another ward: may do nothing. */
  foreign_all_roles: actor(
    'u-foreign',
    FIXTURE_UNITS.approver,
    ['staff', 'unit_head', 'reviewer', 'approver', 'leader', 'admin'],
    'ward-other',
  ),
} satisfies Record<string, WorkflowActor>;

export type ActorProfile = keyof typeof ACTOR_PROFILES;
export const ACTOR_PROFILE_NAMES = Object.keys(ACTOR_PROFILES) as ActorProfile[];

/** A payload each event accepts (dates fit FIXTURE_STEP_TIME and FIXTURE_NOW). */
export const VALID_PAYLOADS: Record<WorkflowEventType, Record<string, unknown>> = {
  SUBMIT: { deliverableRef: 'att-001 Dự thảo Kế hoạch' },
  REVIEW: {},
  APPROVE: { issuedNumber: '158/KH-UBND', issuedOn: '2026-03-01' },
  RETURN: { reason: 'Thiếu số liệu quý I' },
  CANCEL: { reason: 'Nhiệm vụ không phát sinh' },
  START_CONSULTATION: {},
  GIVE_OPINION: { opinion: 'Thống nhất với dự thảo' },
  CLOSE_CONSULTATION: {},
  APPRAISE: { note: 'Đủ điều kiện ban hành' },
  SUBMIT_VALUE: { measuredValue: 72, evidence: 'Báo cáo số 12/BC-VP' },
  REPORT_PROGRESS: { summary: 'Đã triển khai tại 5/9 khu phố', percentDone: 55 },
  CLOSE: { summary: 'Tổng kết thực hiện năm 2026' },
  RECORD_TRIGGER: { triggerDate: '2026-03-01', triggerDocument: 'Kết luận kiểm tra số 05/KL-STP' },
  REQUEST_EXTENSION: { newDue: '2026-06-30', reason: 'Chờ hướng dẫn của Sở' },
  GRANT_EXTENSION: {},
  REFUSE_EXTENSION: { reason: 'Không có căn cứ gia hạn' },
  COMMENT: {},
  CHILDREN_DONE: {},
};

export function validCommand(
  type: WorkflowEventType,
  payload: Record<string, unknown> = {},
): WorkflowCommand {
  return { type, comment: 'Ý kiến kèm theo', payload: { ...VALID_PAYLOADS[type], ...payload } };
}

/** Typical seeds: a target "≥ 60%", a quarter's report card. */
export const FIXTURE_SEEDS: Record<TaskType, WorkflowSeed> = {
  document: {},
  legal_document: {},
  periodic_report: { periodLabel: 'Quý I/2026', periodDue: '2026-03-20' },
  target: { targetOperator: '>=', targetValue: 60 },
  ongoing: {},
  triggered: {},
};

export function fixtureTask(type: TaskType, seed: WorkflowSeed = FIXTURE_SEEDS[type]): WorkflowTask {
  return {
    type,
    ...initialWorkflow(type, seed),
    leadUnitId: FIXTURE_UNITS.lead,
    cooperatorUnitIds: [FIXTURE_UNITS.cooperator],
    reviewerUnitId: FIXTURE_UNITS.reviewer,
    approverUnitId: FIXTURE_UNITS.approver,
    wardId: FIXTURE_WARD,
  };
}

export interface ScenarioStep {
  as: ActorProfile;
  event: WorkflowEventType;
  payload?: Record<string, unknown>;
}

/** The units of the fixture task a situation changes (who leads, who reviews…). */
export type SituationUnits = Partial<
  Pick<WorkflowTask, 'leadUnitId' | 'reviewerUnitId' | 'approverUnitId' | 'alternateReviewerUnitId'>
>;

export interface Situation {
  /** Unique within its type; the state's name when the state is all that matters. */
  name: string;
  state: string;
  seed?: WorkflowSeed;
  /** Units that differ from the fixture task's (FOUR_EYES_SITUATIONS); set before the steps. */
  units?: SituationUnits;
  steps: ScenarioStep[];
}

export const step = (
  as: ActorProfile,
  event: WorkflowEventType,
  payload?: Record<string, unknown>,
): ScenarioStep => ({
  as,
  event,
  ...(payload ? { payload } : {}),
});

const requestExtension = step('lead_staff', 'REQUEST_EXTENSION');
const cancel = step('approver', 'CANCEL');

/** Situations of the draft → submitted → reviewed → approved spine, after `before` steps. */
function spineSituations(
  before: ScenarioStep[],
  submit: ScenarioStep,
  start = 'draft',
  submitted = 'submitted',
  review: ScenarioStep[] = [step('reviewer', 'REVIEW')],
  returner: ActorProfile = 'reviewer',
): Situation[] {
  const reviewed = [...before, submit, ...review];
  return [
    { name: start, state: start, steps: before },
    { name: `${start} + extension pending`, state: start, steps: [...before, requestExtension] },
    { name: submitted, state: submitted, steps: [...before, submit] },
    { name: 'reviewed', state: 'reviewed', steps: reviewed },
    { name: 'returned', state: 'returned', steps: [...before, submit, step(returner, 'RETURN')] },
    { name: 'approved', state: 'approved', steps: [...reviewed, step('approver', 'APPROVE')] },
    { name: 'cancelled', state: 'cancelled', steps: [...before, cancel] },
  ];
}

const startConsultation = step('lead_staff', 'START_CONSULTATION');
const consulted = [
  startConsultation,
  step('cooperator', 'GIVE_OPINION'),
  step('lead_staff', 'CLOSE_CONSULTATION'),
];

export const SITUATIONS: Record<TaskType, Situation[]> = {
  document: spineSituations([], step('lead_staff', 'SUBMIT')),
  periodic_report: spineSituations([], step('lead_staff', 'SUBMIT')),
  target: spineSituations([], step('lead_staff', 'SUBMIT_VALUE')),
  ongoing: [
    ...spineSituations([step('lead_staff', 'REPORT_PROGRESS')], step('lead_head', 'CLOSE'), 'in_progress'),
    { name: 'in_progress, span not ended', state: 'in_progress', seed: { spanEnd: '2026-12-31' }, steps: [] },
  ],
  triggered: [
    { name: 'waiting', state: 'waiting', steps: [] },
    { name: 'waiting + extension pending', state: 'waiting', steps: [requestExtension] },
    ...spineSituations([step('admin', 'RECORD_TRIGGER')], step('lead_staff', 'SUBMIT')).filter(
      (situation) => !situation.name.startsWith('draft +'),
    ),
  ],
  legal_document: [
    { name: 'draft', state: 'draft', steps: [] },
    { name: 'consultation', state: 'consultation', steps: [startConsultation] },
    {
      name: 'consultation, all answered',
      state: 'consultation',
      steps: [startConsultation, step('cooperator', 'GIVE_OPINION')],
    },
    {
      name: 'consultation, deadline passed',
      state: 'consultation',
      steps: [step('lead_staff', 'START_CONSULTATION', { deadline: '2026-03-05' })],
    },
    ...spineSituations(
      consulted,
      step('lead_staff', 'SUBMIT'),
      'consulted',
      'submitted.appraisal',
      [step('approver', 'APPRAISE'), step('reviewer', 'REVIEW')],
      'approver',
    ),
    {
      name: 'submitted.appraised',
      state: 'submitted.appraised',
      steps: [...consulted, step('lead_staff', 'SUBMIT'), step('approver', 'APPRAISE')],
    },
  ],
};

/**
 * Drives a fixture task through a situation's steps with decide(), as the backend would.
 * @throws when a step is refused: the fixture itself is wrong.
 */
export function taskIn(type: TaskType, situation: Situation): WorkflowTask {
  let task: WorkflowTask = {
    ...fixtureTask(type, { ...FIXTURE_SEEDS[type], ...situation.seed }),
    ...situation.units,
  };
  for (const { as, event, payload } of situation.steps) {
    const decision = decide(task, ACTOR_PROFILES[as], validCommand(event, payload), FIXTURE_STEP_TIME);
    if (!decision.ok)
      throw new Error(`Fixture step ${event} by ${as} refused: ${decision.code} ${decision.reason}`);
    task = {
      ...task,
      state: decision.state,
      context: decision.context,
      machineVersion: decision.machineVersion,
    };
  }
  return task;
}

/** decide() as a fixture profile, with a valid payload for the event unless overridden. */
export function decideAs(
  task: WorkflowTask,
  profile: ActorProfile,
  event: WorkflowEventType,
  overrides: { payload?: Record<string, unknown>; comment?: string; now?: string } = {},
) {
  const command = validCommand(event, overrides.payload);
  return decide(
    task,
    ACTOR_PROFILES[profile],
    { ...command, ...(overrides.comment === undefined ? {} : { comment: overrides.comment }) },
    overrides.now ?? FIXTURE_NOW,
  );
}

/**
 * Like decideAs, but the fixture expects acceptance and returns the task as the backend would save it.
 * @throws when the decision is a refusal.
 */
export function acceptedAs(
  task: WorkflowTask,
  profile: ActorProfile,
  event: WorkflowEventType,
  overrides: { payload?: Record<string, unknown>; comment?: string; now?: string } = {},
): WorkflowTask {
  const decision = decideAs(task, profile, event, overrides);
  if (!decision.ok) throw new Error(`${event} by ${profile} refused: ${decision.code} ${decision.reason}`);
  return {
    ...task,
    state: decision.state,
    context: decision.context,
    machineVersion: decision.machineVersion,
  };
}
