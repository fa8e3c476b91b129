import type { AttentionItemDto } from '@dondoc/contracts';
import type { TimelinessSettings } from '../task-model/card-timeliness';
import { rowTimeliness, type TimelinessRow } from './row-timeliness';

export const MAX_ATTENTION = 100;

/** An open task with a due date in force, as the attention query reads it. */
export interface AttentionCandidate extends TimelinessRow {
  taskId: string;
  planId: string;
  ref: string;
  title: string;
  leadUnitId: string | null;
  due: string;
}

const RANK = { overdue: 0, due_soon: 1 } as const;

/**
 * The tasks that ask for attention: overdue first, then due soon; within each, the earliest due
 * date first (the longest overdue at the top), ties kept in the order given.
 *
 * For open tasks timeliness only grows with the due date (overdue < due soon < on track), so the
 * candidates may be the first `max` open tasks by due date: nothing later can still qualify.
 */
export function pickAttention(
  candidates: readonly AttentionCandidate[],
  unitCodes: ReadonlyMap<string, string>,
  settings: TimelinessSettings,
  max = MAX_ATTENTION,
): AttentionItemDto[] {
  const items: AttentionItemDto[] = [];
  for (const candidate of candidates) {
    const timeliness = rowTimeliness(candidate, settings);
    if (timeliness !== 'overdue' && timeliness !== 'due_soon') continue;
    items.push({
      taskId: candidate.taskId,
      planId: candidate.planId,
      ref: candidate.ref,
      title: candidate.title,
      leadUnitCode: candidate.leadUnitId ? (unitCodes.get(candidate.leadUnitId) ?? null) : null,
      due: candidate.due,
      timeliness,
    });
  }
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        RANK[a.item.timeliness] - RANK[b.item.timeliness] ||
        a.item.due.localeCompare(b.item.due) ||
        a.index - b.index,
    )
    .slice(0, max)
    .map(({ item }) => item);
}
