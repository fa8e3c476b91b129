import { foldVietnamese } from '@dondoc/domain';
import type { ParsedTask } from '@dondoc/plan-parser';

/** The fields of a task a revised plan may change, as the plan writes them. */
export const AMENDABLE_FIELDS = [
  'number',
  'sectionKey',
  'content',
  'leadText',
  'cooperatorText',
  'deliverable',
  'deadlineText',
  'budgetText',
] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];
export type AmendableValues = Partial<Record<AmendableField, string | null>>;

/** A task of the plan in the system, as the comparison reads it. */
export interface StandingTask {
  id: string;
  ref: string;
  sectionKey: string | null;
  content: string;
  leadText: string;
  cooperatorText: string;
  deliverable: string;
  deadlineText: string;
  budgetText: string;
}

export interface ChangedTask<Standing extends StandingTask = StandingTask> {
  standing: Standing;
  incoming: ParsedTask;
  /** Only the fields that differ, before and after. */
  before: AmendableValues;
  after: AmendableValues;
}

export interface AmendmentDiff<Standing extends StandingTask = StandingTask> {
  added: ParsedTask[];
  removed: Standing[];
  changed: ChangedTask<Standing>[];
  /** Pairs read as the same task with nothing to change. */
  kept: { standing: Standing; incoming: ParsedTask }[];
}

/**
 * A task matched by its section and number must still say roughly the same thing: a revision
 * that inserts a task renumbers the ones after it, and task 3 of the new plan is then task 2 of
 * the old, found by its content instead.
 */
const SAME_NUMBER_MIN_SIMILARITY = 0.5;
/** Content alone must be closer to call two tasks one. */
const CONTENT_MIN_SIMILARITY = 0.6;

/**
 * What a revised plan changes in the plan in the system: tasks matched by section and number
 * (the ref the parser gives), falling back to the content read without diacritics; a standing
 * task nothing matches is removed, a new row nothing matches is added.
 */
export function diffAmendment<Standing extends StandingTask>(
  standing: readonly Standing[],
  incoming: readonly ParsedTask[],
): AmendmentDiff<Standing> {
  const free = new Set(standing);
  const pairs = new Map<ParsedTask, Standing>();
  const claim = (task: ParsedTask, match: Standing) => {
    pairs.set(task, match);
    free.delete(match);
  };
  for (const task of incoming) {
    const match = [...free].find(
      (candidate) =>
        candidate.sectionKey === task.sectionKey &&
        numberOf(candidate) !== '' &&
        numberOf(candidate) === task.number &&
        similarity(candidate.content, task.content) >= SAME_NUMBER_MIN_SIMILARITY,
    );
    if (match) claim(task, match);
  }
  const scored = incoming
    .filter((task) => !pairs.has(task))
    .flatMap((task) =>
      [...free].map((candidate) => ({ task, candidate, score: similarity(candidate.content, task.content) })),
    )
    .filter(({ score }) => score >= CONTENT_MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  for (const { task, candidate } of scored) {
    if (!pairs.has(task) && free.has(candidate)) claim(task, candidate);
  }

  const diff: AmendmentDiff<Standing> = { added: [], removed: [], changed: [], kept: [] };
  for (const task of incoming) {
    const match = pairs.get(task);
    if (!match) {
      diff.added.push(task);
      continue;
    }
    const { before, after } = differences(match, task);
    if (Object.keys(after).length === 0) diff.kept.push({ standing: match, incoming: task });
    else diff.changed.push({ standing: match, incoming: task, before, after });
  }
  diff.removed = standing.filter((task) => free.has(task));
  return diff;
}

/** The number as printed, from the ref the parser gave ("VII.3" for a 3 repeated in VII, "3#2"). */
export function numberOf(task: Pick<StandingTask, 'ref' | 'sectionKey'>): string {
  let ref = task.ref.replace(/#\d+$/, '');
  if (task.sectionKey && ref.startsWith(`${task.sectionKey}.`)) ref = ref.slice(task.sectionKey.length + 1);
  return ref.includes('@') ? '' : ref;
}

function differences(
  standing: StandingTask,
  incoming: ParsedTask,
): { before: AmendableValues; after: AmendableValues } {
  const before: AmendableValues = {};
  const after: AmendableValues = {};
  const was: Record<AmendableField, string | null> = { ...standing, number: numberOf(standing) };
  for (const field of AMENDABLE_FIELDS) {
    if (normalized(was[field]) === normalized(incoming[field])) continue;
    before[field] = was[field];
    after[field] = incoming[field];
  }
  return { before, after };
}

function normalized(value: string | null): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Dice coefficient of the two texts' words, without diacritics or case: 1 is the same words. */
export function similarity(left: string, right: string): number {
  const words = (text: string) =>
    foldVietnamese(text)
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const a = words(left);
  const b = words(right);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of b) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
