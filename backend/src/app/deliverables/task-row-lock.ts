import type { EntityManager } from 'typeorm';
import { TaskEntity } from '../task-model/entities/task.entity';

/**
 * The task row, held until the transaction ends, so an upload and a submission of the same task
 * run one after the other: a file lands either in the draft the submission freezes or is refused
 * because the task has been handed in. SQLite needs no lock: UnitOfWork already runs its
 * transactions one at a time.
 */
export function lockedTask(
  manager: EntityManager,
  taskId: string,
  wardId: string,
): Promise<TaskEntity | null> {
  const query = manager
    .createQueryBuilder(TaskEntity, 'task')
    .where('task.id = :taskId AND task.ward_id = :wardId', { taskId, wardId });
  return (
    manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query
  ).getOne();
}
