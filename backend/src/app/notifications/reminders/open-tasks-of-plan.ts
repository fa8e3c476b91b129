import type { EntityManager } from 'typeorm';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { CLOSED_COLUMNS } from '../../task-model/report-series/report-series';
import type { DueAlert } from './due-alerts';

/** Open tasks read per query. */
export const TASK_CHUNK = 1000;

/** What the reminders read of an open task: its due date in force, and whether its cards stand for it. */
export type OpenTaskRow = Pick<
  TaskEntity,
  | 'id'
  | 'wardId'
  | 'planId'
  | 'type'
  | 'due'
  | 'context'
  | 'deadlineText'
  | 'deliverable'
  | 'leadUnitId'
  | 'position'
>;

/** An alert to raise, with what grouping and the audience need: its task's plan and lead unit. */
export type PlannedAlert = DueAlert & { planId: string; leadUnitId: string | null };

/**
 * A plan's open tasks, TASK_CHUNK at a time in the order of the plan (position, then id), each
 * chunk one query that walks the (plan, position) index from where the last one stopped.
 */
export async function* openTasksOfPlan(
  manager: EntityManager,
  planId: string,
): AsyncGenerator<OpenTaskRow[]> {
  let after: { position: number; id: string } | null = null;
  for (;;) {
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .select([
        'task.id',
        'task.wardId',
        'task.planId',
        'task.type',
        'task.due',
        'task.context',
        'task.deadlineText',
        'task.deliverable',
        'task.leadUnitId',
        'task.position',
      ])
      .where('task.planId = :planId', { planId })
      .andWhere('task.column NOT IN (:...closed)', { closed: CLOSED_COLUMNS })
      .orderBy('task.position', 'ASC')
      .addOrderBy('task.id', 'ASC')
      .limit(TASK_CHUNK);
    if (after)
      // The first condition alone bounds the index range; the second breaks ties of position by id.
      query
        .andWhere('task.position >= :position', after)
        .andWhere('(task.position > :position OR task.id > :id)', after);
    const chunk: OpenTaskRow[] = await query.getMany();
    if (chunk.length > 0) yield chunk;
    if (chunk.length < TASK_CHUNK) return;
    const last = chunk[chunk.length - 1];
    after = { position: last.position, id: last.id };
  }
}
