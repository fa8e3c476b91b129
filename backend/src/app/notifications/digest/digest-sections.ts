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
 * Units' open asks for the day, gathered task by task so that a ward's tasks can be read a chunk
 * at a time: per unit and section it keeps the count and only the earliest due tasks it will list.
 */
export class DigestFold {
  private readonly sections = new Map<string, Map<DigestSectionKey, KeptSection>>();

  constructor(
    unitIds: Iterable<string>,
    private readonly rules: DigestRules,
  ) {
    for (const unitId of unitIds) this.sections.set(unitId, new Map());
  }

  add(task: DigestTask): void {
    for (const unitId of concernedUnits(task)) {
      const sections = this.sections.get(unitId);
      if (!sections) continue;
      for (const key of sectionsOf(task, unitId, this.rules)) {
        let kept = sections.get(key);
        if (!kept) sections.set(key, (kept = new KeptSection()));
        kept.add(task);
      }
    }
  }

  /**
   * The unit's digest, in DIGEST_SECTIONS order, each section earliest due first and listing at
   * most DIGEST_ITEMS_SHOWN of its `total`; sections with nothing in them are left out, so an
   * empty list means a quiet day.
   */
  sectionsOf(unitId: string): DigestSectionDto[] {
    const sections = this.sections.get(unitId);
    return DIGEST_SECTIONS.flatMap((key) => {
      const kept = sections?.get(key);
      return kept ? [{ key, items: kept.listed().map(itemOf), total: kept.total }] : [];
    });
  }
}

/** One unit's digest made from the given tasks (DigestFold for a single unit). */
export function digestSections(
  tasks: readonly DigestTask[],
  unitId: string,
  rules: DigestRules,
): DigestSectionDto[] {
  const fold = new DigestFold([unitId], rules);
  for (const task of tasks) fold.add(task);
  return fold.sectionsOf(unitId);
}

/** The units a task can ask something of: its lead, the unit reviewing it, its approver, its consultees. */
function concernedUnits(task: DigestTask): Set<string> {
  const units = new Set<string>(task.consultees);
  if (task.leadUnitId) units.add(task.leadUnitId);
  if (task.approverUnitId) units.add(task.approverUnitId);
  const reviewing = reviewingOf({ ...task, wardId: '', cooperatorUnitIds: [] }).unitId;
  if (reviewing) units.add(reviewing);
  return units;
}

/**
 * A section's count and its earliest due tasks: sorted and cut back whenever twice as many as
 * are listed have gathered (stable, so equal dues keep the order they were read in).
 */
class KeptSection {
  total = 0;
  private kept: DigestTask[] = [];

  add(task: DigestTask): void {
    this.total += 1;
    this.kept.push(task);
    if (this.kept.length >= 2 * DIGEST_ITEMS_SHOWN) this.cut();
  }

  listed(): DigestTask[] {
    this.cut();
    return this.kept;
  }

  private cut(): void {
    this.kept.sort(byDue);
    if (this.kept.length > DIGEST_ITEMS_SHOWN) this.kept.length = DIGEST_ITEMS_SHOWN;
  }
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
