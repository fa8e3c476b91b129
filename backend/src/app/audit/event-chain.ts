import type { EntityManager } from 'typeorm';
import { leanStatements, runStructured } from '../database/lean-statements';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { slices } from '../task-model/slices';
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
  await appendToChainAlong(manager, event, null);
}

/** Events per INSERT when many are appended at once: about 3,200 bound values, under SQLite's limit. */
const EVENTS_PER_INSERT = 200;

/**
 * Appends many events of one ward at once (an import's CREATE_TASKs), in their order: the head is
 * locked once, the events are linked and hashed here, inserted a few hundred per statement and the
 * head moved once. Their ids are read back and must follow the chain's order, which the head's lock
 * guarantees (no other append of the ward runs meanwhile); should they not, the append throws and
 * the caller's transaction rolls back rather than leave a chain that `verify` would call broken.
 */
export async function appendAllToChain(
  manager: EntityManager,
  events: readonly TaskEventEntity[],
): Promise<void> {
  if (events.length === 0) return;
  const wardId = events[0].wardId;
  if (events.some((event) => event.wardId !== wardId)) throw new Error('one ward’s events at a time');
  const head = await lockHead(manager, wardId);
  linkAfter(head, events);
  for (const slice of slices(events, EVENTS_PER_INSERT))
    await leanStatements.insert(manager, TaskEventEntity, slice);
  const appended = (await manager.query(appendedQuery(manager), [wardId, head.lastEventId])) as Array<{
    id: number | string;
    hash: string;
  }>;
  if (appended.length !== events.length || appended.some((row, index) => row.hash !== events[index].hash))
    throw new Error(`events of ward ${wardId} were not given ids in chain order`);
  appended.forEach((row, index) => (events[index].id = Number(row.id)));
  await moveHead(manager, events[events.length - 1]);
}

/**
 * The ward's events after the head the caller locked: the ones it has just appended, in id order.
 * The ward comes first in the text as in the parameters: SQLite binds its `?` by position.
 */
function appendedQuery(manager: EntityManager): string {
  const driver = manager.connection.driver;
  const q = (name: string) => driver.escape(name);
  return `SELECT ${q('id')}, ${q('hash')} FROM ${q('task_event')}
    WHERE ${q('ward_id')} = ${driver.createParameter('wardId', 0)} AND ${q('id')} > ${driver.createParameter('after', 1)}
    ORDER BY ${q('id')}`;
}

/** A statement whose placeholders come first, run in the append's own round trip. */
export interface GuardedWrite {
  sql: string;
  parameters: unknown[];
}

/**
 * `appendToChain` with a guarded write sent in the same statement on PostgreSQL (a task's
 * versioned UPDATE): one round trip fewer while the head is locked. Answers whether the write
 * changed a row; when it did not, the event and the head moved anyway, and the caller must roll
 * the transaction back. `guard` must be null on SQLite, where the caller runs it first.
 */
export async function appendToChainAlong(
  manager: EntityManager,
  event: TaskEventEntity,
  guard: GuardedWrite | null,
): Promise<boolean> {
  linkAfter(await lockHead(manager, event.wardId), [event]);
  if (manager.connection.options.type === 'postgres') {
    const appended = await appendInOneTrip(manager, event, guard);
    event.id = appended.id;
    return appended.guardHeld;
  }
  if (guard) throw new Error('a guarded write joins the append on PostgreSQL only');
  event.id = Number(await leanStatements.insert(manager, TaskEventEntity, event, { returning: 'id' }));
  await moveHead(manager, event);
  return true;
}

/** Links the events, in their order, after the locked head: each dated no earlier than it and hashed on the one before. */
function linkAfter(head: LockedHead, events: readonly TaskEventEntity[]): void {
  let previous = head.lastHash;
  for (const event of events) {
    event.at = inChainOrder(head, event.at);
    event.prevHash = previous;
    event.hash = eventHash(event, previous);
    previous = event.hash;
  }
}

/** The ward's head moves to its newest appended event. */
async function moveHead(manager: EntityManager, last: TaskEventEntity): Promise<void> {
  await leanStatements.update(
    manager,
    WardChainEntity,
    { lastEventId: last.id, lastHash: last.hash },
    { wardId: last.wardId },
  );
}

/**
 * PostgreSQL: the event's INSERT and the head's UPDATE in one statement, since the ward's other
 * moves wait on the head's lock for every round trip from here to the commit. (SQLite has no
 * round trips to save and no INSERT inside WITH.)
 */
async function appendInOneTrip(
  manager: EntityManager,
  event: TaskEventEntity,
  guard: GuardedWrite | null,
): Promise<{ id: number; guardHeld: boolean }> {
  const first = guard?.parameters.length ?? 0;
  const insert = leanStatements.insertStatement(manager, TaskEventEntity, [event], {
    returning: 'id',
    firstParameter: first,
  });
  const next = first + insert.parameters.length;
  // Every data-modifying part of a WITH runs to its end, so the event is appended even when the
  // guard changed nothing: the caller then rolls the whole transaction back.
  const result = await runStructured(
    manager,
    `WITH ${guard ? `guarded AS (${guard.sql} RETURNING 1), ` : ''}appended AS (${insert.sql})
     UPDATE ward_chain SET last_event_id = appended.returned, last_hash = $${next + 1}
     FROM appended WHERE ward_chain.ward_id = $${next + 2}
     RETURNING appended.returned AS id${guard ? ', (SELECT count(*) FROM guarded) AS guarded' : ''}`,
    [...(guard?.parameters ?? []), ...insert.parameters, event.hash, event.wardId],
  );
  const row = result.records[0] as { id: number | string; guarded?: number | string } | undefined;
  if (!row) throw new Error(`ward_chain row of ward ${event.wardId} vanished`);
  return { id: Number(row.id), guardHeld: !guard || Number(row.guarded) === 1 };
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
  const rows = (await manager.query(headQuery(manager), [wardId])) as Array<{
    lastEventId: number | string;
    lastHash: string | null;
    lastAt: string | null;
  }>;
  const row = rows[0];
  if (!row) return null;
  return { lastEventId: Number(row.lastEventId), lastHash: row.lastHash, lastAt: row.lastAt ?? null };
}

const headQueries = new WeakMap<object, string>();

/** Written once per data source: a move reads the head every time. */
function headQuery(manager: EntityManager): string {
  const driver = manager.connection.driver;
  let sql = headQueries.get(driver);
  if (!sql) {
    const q = (name: string) => driver.escape(name);
    // Only the head row is locked; the previous event is append-only and never changes.
    const lock = manager.connection.options.type === 'postgres' ? ` FOR UPDATE OF ${q('head')}` : '';
    sql = `SELECT head.${q('last_event_id')} AS ${q('lastEventId')}, head.${q('last_hash')} AS ${q('lastHash')},
        previous.${q('at')} AS ${q('lastAt')}
      FROM ${q('ward_chain')} head LEFT JOIN ${q('task_event')} previous ON previous.${q('id')} = head.${q('last_event_id')}
      WHERE head.${q('ward_id')} = ${driver.createParameter('wardId', 0)}${lock}`;
    headQueries.set(driver, sql);
  }
  return sql;
}
