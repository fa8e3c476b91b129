import type { DataSource, EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { KnownCardParts } from '../task-model/card-reader';
import type { ChildProgress } from '../task-model/card.mapper';
import type { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskUnitEntity, type TaskUnitRole } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

/** What a transition decides on and answers with, besides the caller. */
export interface TransitionSnapshot {
  task: TaskEntity;
  plan: Pick<PlanEntity, 'reviewerUnitId' | 'approverUnitId' | 'alternateReviewerUnitId'>;
  links: TaskUnitEntity[];
  children: ChildProgress;
  /** The same links and children, for the answer's card. */
  known: KnownCardParts;
}

interface SnapshotQuery {
  sql: string;
  columns: readonly ColumnMetadata[];
}

/** Result columns beside the task's own; prefixed so that no task column can take their names. */
const EXTRA = {
  reviewer: 'snapshot_reviewer_unit_id',
  approver: 'snapshot_approver_unit_id',
  alternateReviewer: 'snapshot_alternate_reviewer_unit_id',
  children: 'snapshot_children',
  approvedChildren: 'snapshot_approved_children',
  links: 'snapshot_links',
} as const;

/**
 * Reads a task for a transition in one round trip: its row (every mapped column, hydrated as
 * TypeORM would), its plan's reviewer, approver and alternate reviewer units, its unit links and how many of its
 * children there are and are approved. A transition used to spend a query on each, plus the
 * query builder's work to write them; this is one prepared statement, built once per data source
 * from the entity metadata, so a column added to TaskEntity is read here too.
 */
export class TransitionSnapshotReader {
  private readonly queries = new WeakMap<DataSource, SnapshotQuery>();

  /** The task of the ward as it is now, or null when the ward has no such task. */
  async read(manager: EntityManager, taskId: string, wardId: string): Promise<TransitionSnapshot | null> {
    const query = this.queryFor(manager.connection);
    const rows = (await manager.query(query.sql, [taskId, wardId])) as Record<string, unknown>[];
    const row = rows[0];
    if (!row) return null;
    const driver = manager.connection.driver;
    const task = new TaskEntity();
    for (const column of query.columns)
      column.setEntityValue(task, driver.prepareHydratedValue(row[column.databaseName], column));
    const links = parseLinks(row[EXTRA.links], task);
    const children = { total: Number(row[EXTRA.children]), approved: Number(row[EXTRA.approvedChildren]) };
    return {
      task,
      plan: {
        reviewerUnitId: (row[EXTRA.reviewer] as string | null) ?? null,
        approverUnitId: (row[EXTRA.approver] as string | null) ?? null,
        alternateReviewerUnitId: (row[EXTRA.alternateReviewer] as string | null) ?? null,
      },
      links,
      children,
      known: { links, children },
    };
  }

  private queryFor(dataSource: DataSource): SnapshotQuery {
    let query = this.queries.get(dataSource);
    if (!query) this.queries.set(dataSource, (query = buildQuery(dataSource)));
    return query;
  }
}

function buildQuery(dataSource: DataSource): SnapshotQuery {
  const driver = dataSource.driver;
  const q = (name: string) => driver.escape(name);
  const columns = dataSource.getMetadata(TaskEntity).columns;
  const links = dataSource.getMetadata(TaskUnitEntity);
  const linkColumn = (property: keyof TaskUnitEntity) => {
    const column = links.findColumnWithPropertyName(property);
    if (!column) throw new Error(`task_unit has no column for ${property}`);
    return `link.${q(column.databaseName)}`;
  };
  const pair = `${linkColumn('role')} || ':' || ${linkColumn('unitId')}`;
  const aggregate =
    dataSource.options.type === 'postgres' ? `string_agg(${pair}, ',')` : `group_concat(${pair}, ',')`;
  // Ids are UUIDs and roles plain words: neither holds the separators.
  const sql = `SELECT ${columns.map((column) => `task.${q(column.databaseName)} AS ${q(column.databaseName)}`).join(', ')},
      plan.${q('reviewer_unit_id')} AS ${q(EXTRA.reviewer)},
      plan.${q('approver_unit_id')} AS ${q(EXTRA.approver)},
      plan.${q('alternate_reviewer_unit_id')} AS ${q(EXTRA.alternateReviewer)},
      (SELECT COUNT(*) FROM ${q('task')} child WHERE child.${q('parent_id')} = task.${q('id')}) AS ${q(EXTRA.children)},
      (SELECT COUNT(*) FROM ${q('task')} child WHERE child.${q('parent_id')} = task.${q('id')}
         AND child.${q('board_column')} = 'approved') AS ${q(EXTRA.approvedChildren)},
      (SELECT ${aggregate} FROM ${q(links.tableName)} link WHERE ${linkColumn('taskId')} = task.${q('id')}) AS ${q(EXTRA.links)}
    FROM ${q('task')} task
    JOIN ${q('plan')} plan ON plan.${q('id')} = task.${q('plan_id')}
    WHERE task.${q('id')} = ${driver.createParameter('taskId', 0)} AND task.${q('ward_id')} = ${driver.createParameter('wardId', 1)}`;
  return { sql, columns };
}

function parseLinks(aggregated: unknown, task: TaskEntity): TaskUnitEntity[] {
  if (typeof aggregated !== 'string' || aggregated === '') return [];
  const links = aggregated.split(',').map((pair) => {
    const separator = pair.indexOf(':');
    return Object.assign(new TaskUnitEntity(), {
      taskId: task.id,
      unitId: pair.slice(separator + 1),
      role: pair.slice(0, separator) as TaskUnitRole,
      wardId: task.wardId,
    });
  });
  // In primary-key order (unit, then role), whatever order the aggregate met them in.
  const key = (link: TaskUnitEntity) => `${link.unitId}:${link.role}`;
  return links.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
