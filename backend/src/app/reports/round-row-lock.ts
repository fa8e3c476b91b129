import type { EntityManager } from 'typeorm';
import { notFound } from '../common/app-error';
import { ReportRoundEntity } from './report-round.entity';

/**
 * The round's row of the ward, held until the transaction ends, so a command and a change of the
 * part's files run one after the other: a file lands in the results a hand-in names, or is refused
 * because the part was handed in. SQLite needs no lock: UnitOfWork runs its transactions one at a time.
 */
export async function lockedRound(
  manager: EntityManager,
  roundId: string,
  wardId: string,
): Promise<ReportRoundEntity> {
  const query = manager
    .createQueryBuilder(ReportRoundEntity, 'round')
    .where('round.id = :roundId AND round.ward_id = :wardId', { roundId, wardId });
  const round = await (
    manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query
  ).getOne();
  if (!round) throw notFound('đợt báo cáo');
  return round;
}
