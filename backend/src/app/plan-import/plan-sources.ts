import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { PlanSourceEntity } from './plan-source.entity';
import { hasSectionChanges, type SectionDiff } from './section-diff';

export interface PlanSourceRecord {
  wardId: string;
  planId: string;
  sha256: string | null;
  kind: PlanSourceEntity['kind'];
  counts: Pick<PlanSourceEntity, 'added' | 'changed' | 'removed'>;
  /** A revision's section changes. */
  sections?: SectionDiff;
  actorId: string | null;
  at: string;
}

/**
 * Notes a document the plan was read from in the plan's history of sources, with what a revision
 * changed (its counts of tasks, its sections by title); a revision read from a file makes that
 * file the plan's source. Runs in the import's transaction.
 */
export async function recordPlanSource(manager: EntityManager, record: PlanSourceRecord): Promise<void> {
  await manager.insert(PlanSourceEntity, {
    id: newId(),
    wardId: record.wardId,
    planId: record.planId,
    sha256: record.sha256,
    kind: record.kind,
    ...record.counts,
    sections: record.sections && hasSectionChanges(record.sections) ? record.sections : null,
    actorId: record.actorId,
    at: record.at,
  });
  if (record.sha256 && record.kind === 'amendment')
    await manager.update(PlanEntity, { id: record.planId }, { sourceSha256: record.sha256 });
}
