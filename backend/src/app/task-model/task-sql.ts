import type { DataSourceOptions } from 'typeorm';

/**
 * SQL for a task's due date in force (a granted extension's `context.dueOverride`, else `due`),
 * so that aggregates read one short string per task instead of the whole JSON context.
 * The context column is text on both engines.
 */
export function dueInForceSql(engine: DataSourceOptions['type'], alias = 'task'): string {
  const override =
    engine === 'postgres'
      ? `(CAST(${alias}.context AS json) ->> 'dueOverride')`
      : `json_extract(${alias}.context, '$.dueOverride')`;
  return `COALESCE(${override}, ${alias}.due)`;
}

/** Tasks that are not containers: a task with children counts through its children. */
export function isLeafSql(alias = 'task'): string {
  return `NOT EXISTS (SELECT 1 FROM task child WHERE child.parent_id = ${alias}.id)`;
}

/**
 * When an approved task was handed in, to the hour: enough for its day in Vietnam (UTC+7, whole
 * hours), and it lets a ward's approved tasks fall into a few groups instead of one row each.
 * Only ISO instants in UTC (`…T…Z`, as the application writes them) are cut; anything else is
 * kept whole. Null for tasks that are not approved.
 */
export function approvedHourSql(alias = 'task'): string {
  const at = `${alias}.submitted_at`;
  return `CASE WHEN ${alias}.board_column = 'approved' THEN CASE WHEN ${at} LIKE '____-__-__T__:%Z' THEN substr(${at}, 1, 13) ELSE ${at} END END`;
}

/** The instant an approvedHourSql value stands for: the start of its hour, or the value as kept. */
export function instantOfApprovedHour(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value) ? `${value}:00:00.000Z` : value;
}
