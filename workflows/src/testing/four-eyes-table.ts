import type { TaskType } from '@dondoc/domain';
import type { RefusalRule, WorkflowEventType } from '../lib/types';
import {
  ACTOR_PROFILE_NAMES,
  type ActorProfile,
  FIXTURE_UNITS,
  type ScenarioStep,
  type Situation,
  type SituationUnits,
  step,
} from './scenarios';

/*
 * Four eyes, written out by hand like the permission table: nobody acts on two steps of the same
 * version. The fixture task's own units never meet (its lead, reviewer and approver units differ,
 * and the steps are taken by different people), so these situations change who leads:
 *
 * - the office (the approver unit) leads: its head submits, so the head may not appraise or approve;
 * - the reviewer unit leads: review falls to the office, so the office's approver who reviewed may
 *   not approve, and the head of the office approves;
 * - the office reviews, approves and leads (a plan naming it for both steps): its head submits, the
 *   approver reviews, and then neither may approve — a third person of the office must.
 *
 * Only the steps four eyes concerns are listed. Profiles not named in a row are FORBIDDEN.
 */

export type FourEyesOutcome = 'ok' | 'FORBIDDEN' | RefusalRule;
type FourEyesRow = Partial<Record<WorkflowEventType, Partial<Record<ActorProfile, FourEyesOutcome>>>>;

const OFFICE_LEADS: SituationUnits = { leadUnitId: FIXTURE_UNITS.approver };
const REVIEWER_LEADS: SituationUnits = { leadUnitId: FIXTURE_UNITS.reviewer };
const OFFICE_DOES_ALL: SituationUnits = {
  leadUnitId: FIXTURE_UNITS.approver,
  reviewerUnitId: FIXTURE_UNITS.approver,
};

/** How a task of the type gets to its submission, as a unit (its submitter) would take it. */
interface Path {
  before: (submitter: ActorProfile) => ScenarioStep[];
  submit: WorkflowEventType;
  /** The legal document's appraisal between submission and review. */
  appraisal: boolean;
}

const PATHS: Record<TaskType, Path> = {
  document: { before: () => [], submit: 'SUBMIT', appraisal: false },
  periodic_report: { before: () => [], submit: 'SUBMIT', appraisal: false },
  target: { before: () => [], submit: 'SUBMIT_VALUE', appraisal: false },
  ongoing: { before: (who) => [step(who, 'REPORT_PROGRESS')], submit: 'CLOSE', appraisal: false },
  triggered: { before: () => [step('admin', 'RECORD_TRIGGER')], submit: 'SUBMIT', appraisal: false },
  legal_document: {
    before: (who) => [
      step(who, 'START_CONSULTATION'),
      step('cooperator', 'GIVE_OPINION'),
      step(who, 'CLOSE_CONSULTATION'),
    ],
    submit: 'SUBMIT',
    appraisal: true,
  },
};

export interface FourEyesSituation extends Situation {
  expected: FourEyesRow;
}

function situationsOf(type: TaskType): FourEyesSituation[] {
  const { before, submit, appraisal } = PATHS[type];
  const submitted = (who: ActorProfile) => [...before(who), step(who, submit)];
  const appraised = (who: ActorProfile) =>
    appraisal ? [...submitted(who), step('approver', 'APPRAISE')] : submitted(who);
  const submittedState = appraisal ? 'submitted.appraised' : 'submitted';
  const situations: FourEyesSituation[] = [
    {
      name: 'office leads, reviewed',
      state: 'reviewed',
      units: OFFICE_LEADS,
      steps: [...appraised('office_head'), step('reviewer', 'REVIEW')],
      expected: {
        APPROVE: { approver: 'ok', office_head: 'FOUR_EYES_SUBMITTER' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
    {
      name: 'reviewer unit leads, submitted',
      state: submittedState,
      units: REVIEWER_LEADS,
      steps: appraised('reviewer_clerk'),
      expected: {
        REVIEW: { approver: 'ok', office_head: 'ok' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
    {
      name: 'reviewer unit leads, reviewed by the office',
      state: 'reviewed',
      units: REVIEWER_LEADS,
      steps: [...appraised('reviewer_clerk'), step('approver', 'REVIEW')],
      expected: {
        APPROVE: { approver: 'FOUR_EYES_REVIEWER', office_head: 'ok' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
    {
      name: 'office does all, submitted by its head',
      state: submittedState,
      units: OFFICE_DOES_ALL,
      steps: appraised('office_head'),
      expected: {
        REVIEW: { approver: 'ok', office_head: 'FOUR_EYES_SUBMITTER' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
    {
      name: 'office does all, reviewed by its approver',
      state: 'reviewed',
      units: OFFICE_DOES_ALL,
      steps: [...appraised('office_head'), step('approver', 'REVIEW')],
      expected: {
        APPROVE: { approver: 'FOUR_EYES_REVIEWER', office_head: 'FOUR_EYES_SUBMITTER' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
  ];
  if (!appraisal) return situations;
  return [
    ...situations,
    {
      name: 'office leads, in appraisal',
      state: 'submitted.appraisal',
      units: OFFICE_LEADS,
      steps: submitted('office_head'),
      expected: {
        APPRAISE: { approver: 'ok', office_head: 'FOUR_EYES_SUBMITTER' },
        RETURN: { approver: 'ok', office_head: 'ok' },
      },
    },
  ];
}

export const FOUR_EYES_SITUATIONS = {
  document: situationsOf('document'),
  legal_document: situationsOf('legal_document'),
  periodic_report: situationsOf('periodic_report'),
  target: situationsOf('target'),
  ongoing: situationsOf('ongoing'),
  triggered: situationsOf('triggered'),
} satisfies Record<TaskType, FourEyesSituation[]>;

export interface FourEyesCase {
  type: TaskType;
  situation: FourEyesSituation;
  event: WorkflowEventType;
  profile: ActorProfile;
  expected: FourEyesOutcome;
}

/**
 * Every type × four-eyes situation × listed event × profile with its expected outcome. For API
 * tests: build each situation's task with its `units`, and expect 403 for FORBIDDEN and for both
 * four-eyes rules (the foreign-ward profile gets 404 from the API, FORBIDDEN from decide()).
 */
export function fourEyesCases(): FourEyesCase[] {
  return (Object.keys(FOUR_EYES_SITUATIONS) as TaskType[]).flatMap((type) =>
    FOUR_EYES_SITUATIONS[type].flatMap((situation) =>
      (Object.keys(situation.expected) as WorkflowEventType[]).flatMap((event) =>
        ACTOR_PROFILE_NAMES.map((profile) => ({
          type,
          situation,
          event,
          profile,
          expected: situation.expected[event]?.[profile] ?? 'FORBIDDEN',
        })),
      ),
    ),
  );
}
