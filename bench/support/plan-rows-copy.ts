import { randomUUID } from 'node:crypto';
import type { BenchDb } from './bench-db';

type Row = Record<string, unknown>;

/** Rows per INSERT: under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters for any table here. */
const ROWS_PER_STATEMENT = 200;

/** The rows of a plan in the database, read once so that copying them can be timed alone. */
export interface PlanRows {
  plan: Row;
  sections: Row[];
  tasks: Row[];
  links: Row[];
}

export async function readPlanRows(db: BenchDb, planId: string): Promise<PlanRows> {
  const [plan] = await db.all<Row>('SELECT * FROM plan WHERE id = ?', [planId]);
  if (!plan) throw new Error(`no plan ${planId}`);
  return {
    plan,
    sections: await db.all<Row>('SELECT * FROM plan_section WHERE plan_id = ?', [planId]),
    tasks: await db.all<Row>('SELECT * FROM task WHERE plan_id = ?', [planId]),
    links: await db.all<Row>(
      'SELECT task_unit.* FROM task_unit JOIN task ON task.id = task_unit.task_id WHERE task.plan_id = ?',
      [planId],
    ),
  };
}

/**
 * The floor an import's writes stand on: the same plan, sections, task rows and unit links inserted
 * anew (fresh ids) through the driver in one transaction, a few hundred rows per statement, with no
 * event, chain link, outbox row or card.
 */
export async function insertPlanCopy(db: BenchDb, rows: PlanRows, symbol: string): Promise<void> {
  const planId = randomUUID();
  const taskIds = new Map(rows.tasks.map((task) => [task['id'] as string, randomUUID()]));
  const newTaskId = (id: unknown) => (id === null ? null : (taskIds.get(id as string) ?? null));
  await db.transaction(async (tx) => {
    await insertMany(tx, 'plan', [{ ...rows.plan, id: planId, symbol }]);
    await insertMany(
      tx,
      'plan_section',
      rows.sections.map((section) => ({ ...section, id: randomUUID(), plan_id: planId })),
    );
    await insertMany(
      tx,
      'task',
      rows.tasks.map((task) => ({
        ...task,
        id: newTaskId(task['id']),
        parent_id: newTaskId(task['parent_id']),
        plan_id: planId,
      })),
    );
    await insertMany(
      tx,
      'task_unit',
      rows.links.map((link) => ({ ...link, task_id: newTaskId(link['task_id']) })),
    );
  });
}

async function insertMany(tx: Pick<BenchDb, 'run'>, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.run(
      `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${chunk
        .map(() => tuple)
        .join(', ')}`,
      chunk.flatMap((row) => columns.map((column) => row[column])),
    );
  }
}
