import type { TaskChangedMessage } from '@dondoc/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { TaskCreations } from '../task-model/task-creations';
import type { ImportedPlan } from './plan-import.service';

/**
 * Each task of an import gets its CREATE_TASK event by the person who imported it, in the
 * import's transaction: the log says who brought each task in, and the leadership view and the
 * unit boards hear of the new tasks at once (the messages go out after the commit).
 */
export async function recordImportedTasks(
  manager: EntityManager,
  creations: TaskCreations,
  imported: ImportedPlan,
  user: AuthUser,
): Promise<TaskChangedMessage[]> {
  const messages: TaskChangedMessage[] = [];
  for (const task of imported.tasks)
    messages.push(await creations.recordCreated(manager, task, { importedInto: imported.plan.symbol }, user));
  return messages;
}
