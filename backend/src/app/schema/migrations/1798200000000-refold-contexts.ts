import { replay } from '@dondoc/workflows';
import { isDeepStrictEqual } from 'node:util';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type ReplayedEvent, toLogged } from '../../audit/log-verification';
import { isAdminEvent } from '../../task-model/admin-events';

interface TaskRow {
  id: string;
  type: string;
  state: string;
  context: string;
  workflow_seed: string | null;
}

interface EventRow {
  task_id: string;
  ward_id: string;
  actor_id: string | null;
  actor_unit_id: string | null;
  event: string;
  comment: string | null;
  payload: string | null;
  at: string;
}

const parsed = (text: string | null): Record<string, unknown> | null =>
  text === null ? null : (JSON.parse(text) as Record<string, unknown>);

/**
 * Four eyes (#13) made the machines remember who submitted and reviewed, and bounded the context's
 * lists. Rows written before still hold the old context, so `verify` found every submitted task
 * folding to "a different context". This sets each task's context to what its own log folds to,
 * where the log reaches the row's state; the log itself, the chain and the versions stay as they are.
 */
export class RefoldContexts1798200000000 implements MigrationInterface {
  name = 'RefoldContexts1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const tasks = (await queryRunner.query(
      'SELECT id, type, state, context, workflow_seed FROM task',
    )) as TaskRow[];
    const events = (await queryRunner.query(
      'SELECT task_id, ward_id, actor_id, actor_unit_id, event, comment, payload, at FROM task_event ORDER BY id',
    )) as EventRow[];
    const byTask = new Map<string, ReplayedEvent[]>();
    for (const row of events) {
      if (isAdminEvent(row.event)) continue;
      const logged: ReplayedEvent = {
        wardId: row.ward_id,
        actorId: row.actor_id,
        actorUnitId: row.actor_unit_id,
        event: row.event,
        comment: row.comment,
        payload: parsed(row.payload),
        at: row.at,
      };
      byTask.set(row.task_id, [...(byTask.get(row.task_id) ?? []), logged]);
    }
    const parameter = queryRunner.connection.driver.options.type === 'postgres' ? ['$1', '$2'] : ['?', '?'];
    for (const task of tasks) {
      const moves = byTask.get(task.id);
      if (!moves) continue;
      let folded: ReturnType<typeof replay>;
      try {
        folded = replay(task.type as never, moves.map(toLogged), parsed(task.workflow_seed) ?? {});
      } catch {
        continue; // verify reports a log that does not fold; nothing here can mend it
      }
      if (folded.state !== task.state || isDeepStrictEqual(folded.context, parsed(task.context))) continue;
      await queryRunner.query(`UPDATE task SET context = ${parameter[0]} WHERE id = ${parameter[1]}`, [
        JSON.stringify(folded.context),
        task.id,
      ]);
    }
  }

  async down(): Promise<void> {
    // The old contexts are not kept: the log is the truth, and refolding it again is harmless.
  }
}
