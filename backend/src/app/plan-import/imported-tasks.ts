import type { TaskChangedMessage } from '@dondoc/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { TaskCreations } from '../task-model/task-creations';
import type { ImportedPlan } from './plan-import.service';

/**
 * Each task of an import gets its CREATE_TASK event by the person who imported it, in the
 * import's transaction: the log says who brought each task in, and the leadership view and the
 * unit boards hear of the new tasks at once (the messages go out after the commit). Written set by
 * set: a 3,000-row plan is a few dozen statements, not six per task.
 */
export async function recordImportedTasks(
  manager: EntityManager,
  creations: TaskCreations,
  imported: ImportedPlan,
  user: AuthUser,
): Promise<TaskChangedMessage[]> {
  return creations.recordAllCreated(manager, imported.tasks, { importedInto: imported.plan.symbol }, user);
}
