import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { PlanSourceEntity } from './plan-source.entity';

export interface PlanSourceRecord {
  wardId: string;
  planId: string;
  sha256: string | null;
  kind: PlanSourceEntity['kind'];
  counts: Pick<PlanSourceEntity, 'added' | 'changed' | 'removed'>;
  actorId: string | null;
  at: string;
}

/**
 * Notes a document the plan was read from in the plan's history of sources; a revision read
 * from a file makes that file the plan's source. Runs in the import's transaction.
 */
export async function recordPlanSource(manager: EntityManager, record: PlanSourceRecord): Promise<void> {
  await manager.insert(PlanSourceEntity, {
    id: newId(),
    wardId: record.wardId,
    planId: record.planId,
    sha256: record.sha256,
    kind: record.kind,
    ...record.counts,
    actorId: record.actorId,
    at: record.at,
  });
  if (record.sha256 && record.kind === 'amendment')
    await manager.update(PlanEntity, { id: record.planId }, { sourceSha256: record.sha256 });
}
