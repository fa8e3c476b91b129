import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { insertRows } from '../database/insert-rows';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { ChainCheckpointEntity } from './chain-checkpoint.entity';
import { WardChainEntity } from './ward-chain.entity';

type Sealed = Pick<ChainCheckpointEntity, 'wardId' | 'lastEventId' | 'lastHash' | 'at'>;

/** HMAC-SHA256 over the checkpoint's fields, each on its own line so no two readings collide. */
export function checkpointMac(key: string, checkpoint: Sealed): string {
  return createHmac('sha256', key)
    .update(
      [
        'dondoc-chain-checkpoint-v1',
        checkpoint.wardId,
        checkpoint.lastEventId,
        checkpoint.lastHash,
        checkpoint.at,
      ].join('\n'),
    )
    .digest('hex');
}

function macMatches(key: string, checkpoint: ChainCheckpointEntity): boolean {
  const expected = Buffer.from(checkpointMac(key, checkpoint), 'hex');
  const found = Buffer.from(checkpoint.mac, 'hex');
  return expected.length === found.length && timingSafeEqual(expected, found);
}

/**
 * Seals every ward's chain head that moved since its last checkpoint. Returns the new checkpoints.
 * A checkpoint only records what the head says: a log rewritten before it is sealed is sealed as is.
 */
export async function recordCheckpoints(
  manager: EntityManager,
  key: string,
  now: Date,
): Promise<ChainCheckpointEntity[]> {
  const heads = await manager.find(WardChainEntity);
  const latest = (await manager
    .createQueryBuilder(ChainCheckpointEntity, 'checkpoint')
    .select('checkpoint.ward_id', 'wardId')
    .addSelect('MAX(checkpoint.last_event_id)', 'lastEventId')
    .groupBy('checkpoint.ward_id')
    .getRawMany()) as { wardId: string; lastEventId: number | string }[];
  const sealedUpTo = new Map(latest.map((row) => [row.wardId, Number(row.lastEventId)]));
  const at = now.toISOString();
  const fresh = heads
    .filter((head) => head.lastHash !== null && head.lastEventId > (sealedUpTo.get(head.wardId) ?? 0))
    .map((head) => {
      const sealed: Sealed = {
        wardId: head.wardId,
        lastEventId: head.lastEventId,
        lastHash: head.lastHash as string,
        at,
      };
      return manager.create(ChainCheckpointEntity, { ...sealed, mac: checkpointMac(key, sealed) });
    });
  if (fresh.length > 0) await insertRows(manager, ChainCheckpointEntity, fresh);
  return fresh;
}

export interface CheckpointProblem {
  checkpointId: number;
  wardId: string;
  eventId: number;
  problem: string;
}

export interface CheckpointVerification {
  checkpoints: number;
  problems: CheckpointProblem[];
}

/**
 * Each checkpoint's MAC under the key, and the event it names still carrying the hash it sealed: a
 * log rewritten with recomputed hashes at or before a checkpoint shows here, a forged checkpoint
 * fails its MAC. What happened after the last checkpoint is only as safe as the hash chain.
 */
export async function verifyCheckpoints(
  dataSource: DataSource,
  key: string,
): Promise<CheckpointVerification> {
  const checkpoints = await dataSource.manager.find(ChainCheckpointEntity, { order: { id: 'ASC' } });
  const problems: CheckpointProblem[] = [];
  for (const checkpoint of checkpoints) {
    const where = { checkpointId: checkpoint.id, wardId: checkpoint.wardId, eventId: checkpoint.lastEventId };
    if (!macMatches(key, checkpoint)) {
      problems.push({
        ...where,
        problem: 'its MAC does not match: forged, altered, or sealed with another key',
      });
      continue;
    }
    const event = await dataSource.manager.findOne(TaskEventEntity, {
      select: { id: true, wardId: true, hash: true },
      where: { id: checkpoint.lastEventId },
    });
    if (!event || event.wardId !== checkpoint.wardId) {
      problems.push({ ...where, problem: 'the event it sealed is no longer in the ward’s log' });
    } else if (event.hash !== checkpoint.lastHash) {
      problems.push({
        ...where,
        problem: `the log was rewritten at or before this event: sealed hash ${checkpoint.lastHash}, found ${event.hash ?? 'null'}`,
      });
    }
  }
  return { checkpoints: checkpoints.length, problems };
}

/** One line per problem, for people. */
export function describeCheckpointProblem(found: CheckpointProblem): string {
  return `ward ${found.wardId}: checkpoint ${found.checkpointId} (event ${found.eventId}): ${found.problem}`;
}
