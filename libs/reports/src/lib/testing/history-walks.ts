import { addDays } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import type { ActorProfile, WorkflowEventType } from '@dondoc/workflows';
import type { ReportEvent } from '../figures/report-inputs';
import { TaskHistory } from './task-history';

/*
 * Random task histories walked through the real machines, shared by the property tests of the
 * figures and the report-figures benchmark: both draw attempts their own way (fast-check, a seeded
 * generator) and hand them here, so what a walk means is written once.
 */

/** A move: who tries which event. */
export type WalkMove = readonly [ActorProfile, WorkflowEventType];

const SPINE_END: WalkMove[] = [
  ['reviewer', 'REVIEW'],
  ['approver', 'APPROVE'],
];

/** The moves that take each type forward, drawn most often so that tasks get far. */
export const FORWARD_MOVES: Readonly<Record<TaskType, readonly WalkMove[]>> = {
  document: [['lead_staff', 'SUBMIT'], ...SPINE_END],
  periodic_report: [['lead_staff', 'SUBMIT'], ...SPINE_END],
  target: [['lead_staff', 'SUBMIT_VALUE'], ...SPINE_END],
  ongoing: [['lead_staff', 'REPORT_PROGRESS'], ['lead_staff', 'CLOSE'], ...SPINE_END],
  triggered: [['lead_staff', 'RECORD_TRIGGER'], ['lead_staff', 'SUBMIT'], ...SPINE_END],
  legal_document: [
    ['lead_staff', 'START_CONSULTATION'],
    ['cooperator', 'GIVE_OPINION'],
    ['lead_staff', 'CLOSE_CONSULTATION'],
    ['lead_staff', 'SUBMIT'],
    ['approver', 'APPRAISE'],
    ...SPINE_END,
  ],
};

/** Returns, cancellations and extensions: what makes the timeliness of a history interesting. */
export const DETOUR_MOVES: readonly WalkMove[] = [
  ['reviewer', 'RETURN'],
  ['approver', 'RETURN'],
  ['approver', 'CANCEL'],
  ['lead_staff', 'REQUEST_EXTENSION'],
  ['approver', 'GRANT_EXTENSION'],
  ['approver', 'REFUSE_EXTENSION'],
];

export interface WalkAttempt {
  /** A number picks one of the task type's forward moves (modulo their count); a pair is any move by anyone. */
  move: number | WalkMove;
  /** Hours after the previous attempt (the first: after `startsAt`). */
  gapHours: number;
  /** An extension asked asks for this many days after the day it is asked. */
  newDueDays: number;
}

/**
 * The log of one task after trying each attempt in turn through decide(): refused attempts leave
 * no event, so every log is one the machines accept.
 */
export function walkHistory(
  taskId: string,
  type: TaskType,
  startsAt: string,
  attempts: readonly WalkAttempt[],
): ReportEvent[] {
  const history = new TaskHistory(taskId, type);
  let clock = Date.parse(startsAt);
  for (const { move, gapHours, newDueDays } of attempts) {
    clock += gapHours * 3_600_000;
    const at = new Date(clock).toISOString();
    const forward = FORWARD_MOVES[type];
    const [as, event] = typeof move === 'number' ? forward[move % forward.length] : move;
    const payload =
      event === 'REQUEST_EXTENSION' ? { newDue: addDays(at.slice(0, 10), newDueDays) } : undefined;
    history.tryStep({ as, event, at, ...(payload ? { payload } : {}) });
  }
  return history.events;
}
