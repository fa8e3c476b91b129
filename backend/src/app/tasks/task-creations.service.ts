import type { TaskChangedMessage } from '@dondoc/contracts';
import { HAND_TASK_EVENTS } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { Clock } from '../common/clock';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { TaskCreations } from '../task-model/task-creations';
import { TaskChangeRecorder } from './task-change-recorder';

/** Tasks created by the scheduler or an import: a CREATE_TASK event, its chain link and live message. */
@Injectable()
export class SystemTaskCreations extends TaskCreations {
  constructor(
    private readonly recorder: TaskChangeRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {
    super();
  }

  async recordCreated(
    manager: EntityManager,
    task: TaskEntity,
    payload: Record<string, unknown>,
    actor: AuthUser | null,
  ): Promise<TaskChangedMessage> {
    const recorded = await this.recorder.record(manager, { task }, actor, {
      event: HAND_TASK_EVENTS.created,
      changes: {},
      payload,
      actorRole: actor?.roles.includes('admin') ? 'admin' : (actor?.roles[0] ?? null),
      at: this.clock.now().toISOString(),
    });
    await this.outbox.stage(manager, task.wardId, recorded.message);
    return recorded.message;
  }

  async publish(messages: readonly TaskChangedMessage[]): Promise<void> {
    for (const message of messages) await this.outbox.publishCommitted(message);
  }
}
