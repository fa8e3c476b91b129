import type { TaskChangedMessage } from '@dondoc/contracts';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { TaskEntity } from './entities/task.entity';

/**
 * How a context that creates tasks (the scheduler's period cards) announces them without reaching
 * into the engine: the engine provides it (tasks/task-creations.module.ts) to every module.
 */
export abstract class TaskCreations {
  /**
   * In the creating transaction, right after the task's row (version 1) is inserted: its
   * CREATE_TASK event by its actor (the system when none) on the ward's chain (version 2) and its live message staged.
   */
  abstract recordCreated(
    manager: EntityManager,
    task: TaskEntity,
    payload: Record<string, unknown>,
    actor: AuthUser | null,
  ): Promise<TaskChangedMessage>;

  /**
   * `recordCreated` for many new tasks of one ward (an import), written set by set: the same
   * events, in the tasks' order on the ward's chain, and the same staged messages.
   */
  abstract recordAllCreated(
    manager: EntityManager,
    tasks: readonly TaskEntity[],
    payload: Record<string, unknown>,
    actor: AuthUser | null,
  ): Promise<TaskChangedMessage[]>;

  /** After the commit: the staged messages go out (`task.created`) to the boards. */
  abstract publish(messages: readonly TaskChangedMessage[]): Promise<void>;
}
