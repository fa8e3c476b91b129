import {
  DIGEST_ITEMS_SHOWN,
  DIGEST_SECTIONS,
  type DigestItemDto,
  type DigestSectionDto,
  type DigestSectionKey,
  sectionTotal,
} from '@dondoc/contracts';
import { type IsoDate, timeliness, type WorkingCalendar } from '@dondoc/deadlines';
import type { BoardColumn } from '@dondoc/domain';
import { reviewingOf } from '@dondoc/workflows';
import { MAX_TASK_TEXT, shorten } from '../notification-params';

/** An open task as the digest reads it, with its plan's reviewer, approver and alternate reviewer units. */
export interface DigestTask {
  id: string;
  planId: string;
  ref: string;
  content: string;
  state: string;
  column: BoardColumn;
  leadUnitId: string | null;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /** Reviews what the reviewer unit leads itself (four eyes); null: the approver unit. */
  alternateReviewerUnitId: string | null;
  /** The due date in force (an extension's, else the plan's). */
  due: IsoDate | null;
  /** Units asked for an opinion in the current consultation, and those that gave it. */
  consultees: readonly string[];
  opinionUnitIds: readonly string[];
  hasPendingExtension: boolean;
}

export interface DigestRules {
  today: IsoDate;
  dueSoonWorkingDays: number;
  /** The working calendar of the unit's ward (WardCalendars). */
  calendar: WorkingCalendar;
}

const TO_REVIEW: readonly string[] = ['submitted', 'submitted.appraised'];

/**
 * A due date's standing, weighed once per distinct date and day: a ward's tens of thousands of
 * tasks share a few hundred due dates, and counting working days is the costly part of a digest.
 */
const standings = new WeakMap<DigestRules, Map<IsoDate, ReturnType<typeof timeliness>>>();
function standingOf(due: IsoDate, rules: DigestRules): ReturnType<typeof timeliness> {
  let known = standings.get(rules);
  if (!known) standings.set(rules, (known = new Map()));
  let standing = known.get(due);
  if (standing === undefined) {
    standing = timeliness({
      due,
      doneAt: null,
      today: rules.today,
      calendar: rules.calendar,
      dueSoonWorkingDays: rules.dueSoonWorkingDays,
    });
    known.set(due, standing);
  }
  return standing;
}
const TO_APPROVE: readonly string[] = ['reviewed', 'submitted.appraisal'];

/** Which parts of the unit's digest the task belongs to: one task can be in several. */
function sectionsOf(task: DigestTask, unitId: string, rules: DigestRules): DigestSectionKey[] {
  const keys: DigestSectionKey[] = [];
  if (task.leadUnitId === unitId) {
    const standing = task.due === null ? 'not_due' : standingOf(task.due, rules);
    if (standing === 'overdue' || standing === 'due_soon') keys.push(standing);
    if (task.column === 'returned') keys.push('returned');
  }
  // The unit that reviews this task (reviewingOf), not always the plan's reviewer unit.
  const reviewing = reviewingOf({ ...task, wardId: '', cooperatorUnitIds: [] }).unitId;
  if (reviewing === unitId && TO_REVIEW.includes(task.state)) keys.push('to_review');
  if (task.approverUnitId === unitId && TO_APPROVE.includes(task.state)) keys.push('to_approve');
  if (
    task.state === 'consultation' &&
    task.consultees.includes(unitId) &&
    !task.opinionUnitIds.includes(unitId)
  )
    keys.push('opinion_requested');
  if (task.approverUnitId === unitId && task.hasPendingExtension) keys.push('extension_to_decide');
  return keys;
}

/**
 * A unit's open asks for the day, in DIGEST_SECTIONS order, each section earliest due first and
 * listing at most DIGEST_ITEMS_SHOWN of its `total`; sections with nothing in them are left out,
 * so an empty list means a quiet day.
 */
export function digestSections(
  tasks: readonly DigestTask[],
  unitId: string,
  rules: DigestRules,
): DigestSectionDto[] {
  const bySection = new Map<DigestSectionKey, DigestTask[]>();
  for (const task of tasks) {
    for (const key of sectionsOf(task, unitId, rules)) {
      const inSection = bySection.get(key);
      if (inSection) inSection.push(task);
      else bySection.set(key, [task]);
    }
  }
  return DIGEST_SECTIONS.flatMap((key) => {
    const inSection = bySection.get(key);
    if (!inSection) return [];
    // Only the listed ones are shortened and copied: a section can hold tens of thousands.
    const items = inSection.sort(byDue).slice(0, DIGEST_ITEMS_SHOWN).map(itemOf);
    return [{ key, items, total: inSection.length }];
  });
}

function itemOf(task: DigestTask): DigestItemDto {
  return {
    taskId: task.id,
    planId: task.planId,
    ref: task.ref,
    task: shorten(task.content, MAX_TASK_TEXT),
    due: task.due,
  };
}

function byDue(a: { due: IsoDate | null }, b: { due: IsoDate | null }): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due.localeCompare(b.due);
}

/** How many tasks the sections hold (a task asked of the unit twice counts twice). */
export function itemCount(sections: readonly DigestSectionDto[]): number {
  return sections.reduce((sum, section) => sum + sectionTotal(section), 0);
}
