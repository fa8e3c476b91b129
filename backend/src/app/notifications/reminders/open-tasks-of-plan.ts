import type { EntityManager } from 'typeorm';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { CLOSED_COLUMNS } from '../../task-model/report-series/report-series';
import { isLeafSql } from '../../task-model/task-sql';
import type { DueAlert } from './due-alerts';

/** Open tasks read per query. */
export const TASK_CHUNK = 1000;

/** What the reminders read of an open task: its due date in force, and whether its cards stand for it. */
const REMINDER_COLUMNS = [
  'wardId',
  'planId',
  'type',
  'due',
  'context',
  'deadlineText',
  'deliverable',
  'leadUnitId',
] as const satisfies readonly (keyof TaskEntity)[];
export type OpenTaskRow = Pick<TaskEntity, (typeof REMINDER_COLUMNS)[number] | 'id' | 'position'>;

export interface OpenTaskQuery<Column extends keyof TaskEntity> {
  /** The columns read besides id and position (the reminders' by default). */
  columns: readonly Column[];
  /** Containers left out: only tasks no other task hangs under. */
  leavesOnly?: boolean;
}

/** An alert to raise, with what grouping and the audience need: its task's plan and lead unit. */
export type PlannedAlert = DueAlert & { planId: string; leadUnitId: string | null };

/**
 * A plan's open tasks, TASK_CHUNK at a time in the order of the plan (position, then id), each
 * chunk one query that walks the (plan, position) index from where the last one stopped.
 */
export function openTasksOfPlan(manager: EntityManager, planId: string): AsyncGenerator<OpenTaskRow[]>;
export function openTasksOfPlan<Column extends keyof TaskEntity>(
  manager: EntityManager,
  planId: string,
  query: OpenTaskQuery<Column>,
): AsyncGenerator<Pick<TaskEntity, Column | 'id' | 'position'>[]>;
export async function* openTasksOfPlan(
  manager: EntityManager,
  planId: string,
  { columns, leavesOnly = false }: OpenTaskQuery<keyof TaskEntity> = { columns: REMINDER_COLUMNS },
): AsyncGenerator<Partial<TaskEntity>[]> {
  let after: { position: number; id: string } | null = null;
  for (;;) {
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .select([...new Set(['id', 'position', ...columns])].map((column) => `task.${column}`))
      .where('task.planId = :planId', { planId })
      .andWhere('task.column NOT IN (:...closed)', { closed: CLOSED_COLUMNS })
      .orderBy('task.position', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .limit(TASK_CHUNK);
    if (leavesOnly) query.andWhere(isLeafSql());
    if (after)
      // The first condition alone bounds the index range; the second breaks ties of position by id.
      query
        .andWhere('task.position >= :position', after)
        .andWhere('(task.position > :position OR task.id > :id)', after);
    const chunk: TaskEntity[] = await query.getMany();
    if (chunk.length > 0) yield chunk;
    if (chunk.length < TASK_CHUNK) return;
    const last = chunk[chunk.length - 1];
    after = { position: last.position, id: last.id };
  }
}
