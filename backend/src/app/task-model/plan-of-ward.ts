import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { PlanEntity } from './entities/plan.entity';

/** The plan, if it belongs to the ward; otherwise 404, like every other row of another ward. */
export async function planOfWard(
  manager: EntityManager,
  planId: string,
  wardId: string,
): Promise<PlanEntity> {
  const plan = await manager.findOneBy(PlanEntity, { id: planId, wardId });
  if (!plan) throw notFound('kế hoạch');
  return plan;
}
