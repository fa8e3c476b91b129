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
  event.at = await stampInChainOrder(manager, head, event.at);
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

/**
 * The event's time, never earlier than the previous event of its ward. The engine reads the clock
 * before it waits for the head: two moves of one ward could otherwise be chained in one order and
 * dated in the other, and a log read by time would disagree with the chain. Read under the lock.
 */
async function stampInChainOrder(manager: EntityManager, head: WardChainEntity, at: string): Promise<string> {
  if (head.lastEventId === 0) return at;
  const previous = await manager.findOne(TaskEventEntity, {
    select: { id: true, at: true },
    where: { id: head.lastEventId },
  });
  return previous && previous.at > at ? previous.at : at;
}

async function lockHead(manager: EntityManager, wardId: string): Promise<WardChainEntity> {
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

function readHead(manager: EntityManager, wardId: string): Promise<WardChainEntity | null> {
  const query = manager
    .createQueryBuilder(WardChainEntity, 'head')
    .where('head.ward_id = :wardId', { wardId });
  if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
  return query.getOne();
}
