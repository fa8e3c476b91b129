import type { EntityManager } from 'typeorm';
import { insertRows } from '../database/insert-rows';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { eventHash } from './event-hash';
import { WardChainEntity } from './ward-chain.entity';

/**
 * Appends an event to its ward's hash chain inside the caller's transaction: locks the ward's head
 * row, links the event to the head's hash, inserts it and moves the head.
 *
 * On PostgreSQL the head is locked with SELECT … FOR UPDATE, so concurrent appends to one ward
 * wait for each other and get their ids in chain order; on SQLite the transaction already holds
 * the database's one write lock (the task's UPDATE came first). The lock is taken as late as
 * possible, just before the insert, and is held to the commit. A transaction that records changes
 * of several tasks should record them in a fixed order, as it holds the head from the first one.
 */
export async function appendToChain(manager: EntityManager, event: TaskEventEntity): Promise<void> {
  const head = await lockHead(manager, event.wardId);
  event.at = inChainOrder(head, event.at);
  event.prevHash = head.lastHash;
  event.hash = eventHash(event, head.lastHash);
  await insertRows(manager, TaskEventEntity, event, { generated: true });
  await manager
    .createQueryBuilder()
    .update(WardChainEntity)
    .set({ lastEventId: event.id, lastHash: event.hash })
    .where('ward_id = :wardId', { wardId: event.wardId })
    .execute();
}

/** The ward's chain head with the time of its last event, read (and on PostgreSQL locked) in one query. */
interface LockedHead {
  lastEventId: number;
  lastHash: string | null;
  lastAt: string | null;
}

/**
 * The event's time, never earlier than the previous event of its ward. The engine reads the clock
 * before it waits for the head: two moves of one ward could otherwise be chained in one order and
 * dated in the other, and a log read by time would disagree with the chain.
 */
function inChainOrder(head: LockedHead, at: string): string {
  return head.lastAt !== null && head.lastAt > at ? head.lastAt : at;
}

async function lockHead(manager: EntityManager, wardId: string): Promise<LockedHead> {
  const head = await readHead(manager, wardId);
  if (head) return head;
  // The ward's first event: create its head (a concurrent first append waits here on the key,
  // then finds the row the other one committed), then lock it like any other.
  await manager
    .createQueryBuilder()
    .insert()
    .into(WardChainEntity)
    .values({ wardId, lastEventId: 0, lastHash: null })
    .orIgnore()
    .execute();
  const created = await readHead(manager, wardId);
  if (!created) throw new Error(`ward_chain row of ward ${wardId} vanished`);
  return created;
}

/** The head and its last event's time in one round trip: the lock is held from here to the commit. */
async function readHead(manager: EntityManager, wardId: string): Promise<LockedHead | null> {
  const query = manager
    .createQueryBuilder(WardChainEntity, 'head')
    .select('head.last_event_id', 'lastEventId')
    .addSelect('head.last_hash', 'lastHash')
    .addSelect('previous.at', 'lastAt')
    .leftJoin(TaskEventEntity, 'previous', 'previous.id = head.last_event_id')
    .where('head.ward_id = :wardId', { wardId });
  // Only the head row is locked; the previous event is append-only and never changes.
  if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write', undefined, ['head']);
  const row = await query.getRawOne<{
    lastEventId: number | string;
    lastHash: string | null;
    lastAt: string | null;
  }>();
  if (!row) return null;
  return { lastEventId: Number(row.lastEventId), lastHash: row.lastHash, lastAt: row.lastAt ?? null };
}
