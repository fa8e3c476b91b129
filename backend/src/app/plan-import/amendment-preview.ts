import type { ParsedPlan } from '@dondoc/plan-parser';
import type { EntityManager } from 'typeorm';
import { isSettled, loadAmendedPlan } from './amended-plan';
import { diffAmendment, numberOf } from './amendment-diff';
import type { AmendmentPreview, PreviewRow } from './dto/plan-preview.dto';
import { diffSections } from './section-diff';

/**
 * What applying the previewed rows to the plan in the system would do: the rows it adds, the
 * tasks it cancels (those already settled stay as they are), the fields it corrects, and the
 * sections it adds or renames.
 */
export async function previewAmendment(
  manager: EntityManager,
  wardId: string,
  planId: string,
  parsed: ParsedPlan,
  rows: readonly PreviewRow[],
): Promise<AmendmentPreview> {
  const amended = await loadAmendedPlan(manager, wardId, planId);
  const diff = diffAmendment(amended.planTasks, parsed.tasks);
  const rowOf = new Map(rows.map((row) => [row.ref, row]));
  return {
    planId,
    added: diff.added.flatMap((task) => rowOf.get(task.ref) ?? []),
    removed: diff.removed.map((task) => ({
      taskId: task.id,
      number: numberOf(task),
      content: task.content,
      state: task.state,
      willCancel: !isSettled(task),
    })),
    changed: diff.changed.map(({ standing, incoming, before, after }) => ({
      taskId: standing.id,
      number: incoming.number || numberOf(standing),
      ref: incoming.ref,
      before,
      after,
    })),
    unchanged: diff.kept.length,
    sections: diffSections(amended.sections, parsed.sections),
  };
}
