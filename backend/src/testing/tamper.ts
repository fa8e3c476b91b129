import type { DataSource } from 'typeorm';
import type { DatabaseKind } from '../app/database/data-source-options';
import { createAppendOnlyTriggers } from '../app/schema/migrations/1796000000000-audit-chain-and-outbox';

/**
 * Runs SQL on task_event past its append-only triggers, as someone with the owner's access to the
 * database could; the application never does this.
 */
export async function aroundTheTriggers(
  dataSource: DataSource,
  kind: DatabaseKind,
  statements: readonly { sql: string; parameters: unknown[] }[],
): Promise<void> {
  if (kind === 'postgres') {
    await dataSource.query('ALTER TABLE task_event DISABLE TRIGGER USER');
    try {
      for (const { sql, parameters } of statements) await dataSource.query(sql, parameters);
    } finally {
      await dataSource.query('ALTER TABLE task_event ENABLE TRIGGER USER');
    }
    return;
  }
  await dataSource.query('DROP TRIGGER task_event_no_update');
  await dataSource.query('DROP TRIGGER task_event_no_delete');
  const queryRunner = dataSource.createQueryRunner();
  try {
    for (const { sql, parameters } of statements) await dataSource.query(sql, parameters);
  } finally {
    await createAppendOnlyTriggers(queryRunner);
    await queryRunner.release();
  }
}
