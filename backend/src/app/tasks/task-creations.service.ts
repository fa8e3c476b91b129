import type { TaskChangedMessage } from '@dondoc/contracts';
import { HAND_TASK_EVENTS } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { TaskCreations } from '../task-model/task-creations';
import { TaskChangeRecorder } from './task-change-recorder';

/** Tasks the system creates (period cards): a CREATE_TASK event, its chain link and live message. */
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
  ): Promise<TaskChangedMessage> {
    const recorded = await this.recorder.record(manager, { task }, null, {
      event: HAND_TASK_EVENTS.created,
      changes: {},
      payload,
      actorRole: null,
      at: this.clock.now().toISOString(),
    });
    await this.outbox.stage(manager, task.wardId, recorded.message);
    return recorded.message;
  }

  async publish(messages: readonly TaskChangedMessage[]): Promise<void> {
    for (const message of messages) await this.outbox.publishCommitted(message);
  }
}
