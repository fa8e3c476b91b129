import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { eventHash, type HashedEventFields } from '../../audit/event-hash';
import { col } from './column-kit';

/** Events chained per read of this many rows, so memory stays flat on a large log. */
const PAGE = 1000;

interface EventRow extends Omit<HashedEventFields, 'payload' | 'version'> {
  id: number | string;
  version: number | string;
  payload: string | null;
}

/**
 * The tamper-evident, append-only event log and the outbox of live messages:
 *
 * - `task_event.prev_hash` / `hash`: each event carries the hash of its ward's previous event and its
 *   own (audit/event-hash); existing events are chained here in id order, per ward;
 * - `ward_chain`: each ward's chain head, locked by every append;
 * - `outbox`: the live message of each change, written in the change's transaction;
 * - triggers that refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) of `task_event`.
 *
 * On SQLite, TypeORM alters a table by recreating it, which drops its triggers: a later migration
 * that alters `task_event` must create them again (`createAppendOnlyTriggers`).
 */
export class AuditChainAndOutbox1796000000000 implements MigrationInterface {
  name = 'AuditChainAndOutbox1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('task_event', [
      new TableColumn(col.string('prev_hash', 64, true)),
      new TableColumn(col.string('hash', 64, true)),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'ward_chain',
        columns: [
          { ...col.ref('ward_id'), isPrimary: true },
          col.int('last_event_id'),
          col.string('last_hash', 64, true),
        ],
      }),
    );
    await chainExistingEvents(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'outbox',
        columns: [
          { ...col.int('event_id'), isPrimary: true },
          col.ref('ward_id'),
          col.text('payload'),
          col.instant('created_at'),
          { ...col.instant('claimed_until'), isNullable: true },
          col.string('claim_token', 64, true),
          { ...col.instant('published_at'), isNullable: true },
        ],
        indices: [{ columnNames: ['published_at'] }],
      }),
    );
    await createAppendOnlyTriggers(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppendOnlyTriggers(queryRunner);
    await queryRunner.dropTable('outbox');
    await queryRunner.dropTable('ward_chain');
    await queryRunner.dropColumns('task_event', ['hash', 'prev_hash']);
  }
}

function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.options.type === 'postgres';
}

/** Links every existing event to its ward's previous one, in id order, and records each ward's head. */
async function chainExistingEvents(queryRunner: QueryRunner): Promise<void> {
  const mark = (index: number) => (isPostgres(queryRunner) ? `$${index}` : '?');
  const heads = new Map<string, { lastEventId: number; lastHash: string }>();
  let after = 0;
  for (;;) {
    const rows = (await queryRunner.query(
      `SELECT id, ward_id AS "wardId", plan_id AS "planId", task_id AS "taskId", actor_id AS "actorId",
              actor_name AS "actorName", actor_unit_id AS "actorUnitId", actor_role AS "actorRole",
              event, from_state AS "fromState", to_state AS "toState", version, comment, payload, at
       FROM task_event WHERE id > ${mark(1)} ORDER BY id LIMIT ${PAGE}`,
      [after],
    )) as EventRow[];
    for (const row of rows) {
      const id = Number(row.id);
      const prevHash = heads.get(row.wardId)?.lastHash ?? null;
      const hash = eventHash(
        {
          ...row,
          version: Number(row.version),
          payload: row.payload === null ? null : (JSON.parse(row.payload) as Record<string, unknown>),
        },
        prevHash,
      );
      await queryRunner.query(
        `UPDATE task_event SET prev_hash = ${mark(1)}, hash = ${mark(2)} WHERE id = ${mark(3)}`,
        [prevHash, hash, id],
      );
      heads.set(row.wardId, { lastEventId: id, lastHash: hash });
      after = id;
    }
    if (rows.length < PAGE) break;
  }
  for (const [wardId, head] of heads) {
    await queryRunner.query(
      `INSERT INTO ward_chain (ward_id, last_event_id, last_hash) VALUES (${mark(1)}, ${mark(2)}, ${mark(3)})`,
      [wardId, head.lastEventId, head.lastHash],
    );
  }
}

const REFUSAL = 'task_event is append-only: events are never updated or deleted';

export async function createAppendOnlyTriggers(queryRunner: QueryRunner): Promise<void> {
  if (isPostgres(queryRunner)) {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION task_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION '${REFUSAL} (% refused)', TG_OP;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER task_event_no_change BEFORE UPDATE OR DELETE ON task_event
       FOR EACH ROW EXECUTE FUNCTION task_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER task_event_no_truncate BEFORE TRUNCATE ON task_event
       FOR EACH STATEMENT EXECUTE FUNCTION task_event_append_only()`,
    );
    return;
  }
  for (const [name, operation] of [
    ['task_event_no_update', 'UPDATE'],
    ['task_event_no_delete', 'DELETE'],
  ]) {
    await queryRunner.query(
      `CREATE TRIGGER ${name} BEFORE ${operation} ON task_event
       BEGIN SELECT RAISE(ABORT, '${REFUSAL} (${operation} refused)'); END`,
    );
  }
}

async function dropAppendOnlyTriggers(queryRunner: QueryRunner): Promise<void> {
  if (isPostgres(queryRunner)) {
    await queryRunner.query('DROP TRIGGER IF EXISTS task_event_no_truncate ON task_event');
    await queryRunner.query('DROP TRIGGER IF EXISTS task_event_no_change ON task_event');
    await queryRunner.query('DROP FUNCTION IF EXISTS task_event_append_only()');
    return;
  }
  await queryRunner.query('DROP TRIGGER IF EXISTS task_event_no_update');
  await queryRunner.query('DROP TRIGGER IF EXISTS task_event_no_delete');
}
