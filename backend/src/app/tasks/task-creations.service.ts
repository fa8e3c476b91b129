import type { TaskChangedMessage } from '@dondoc/contracts';
import { HAND_TASK_EVENTS } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { appendAllToChain } from '../audit/event-chain';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import { CardReader } from '../task-model/card-reader';
import { toEventDto } from '../task-model/card.mapper';
import { TaskEntity } from '../task-model/entities/task.entity';
import { slices } from '../task-model/slices';
import { TaskCreations } from '../task-model/task-creations';
import { eventOf, type TaskChange, TaskChangeRecorder } from './task-change-recorder';

/** Task ids per guarded UPDATE of a batch: well under SQLite's bound parameters per statement. */
const IDS_PER_UPDATE = 500;

/** Tasks created by the scheduler or an import: a CREATE_TASK event, its chain link and live message. */
@Injectable()
export class SystemTaskCreations extends TaskCreations {
  constructor(
    private readonly recorder: TaskChangeRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
    private readonly cards: CardReader,
  ) {
    super();
  }

  async recordCreated(
    manager: EntityManager,
    task: TaskEntity,
    payload: Record<string, unknown>,
    actor: AuthUser | null,
  ): Promise<TaskChangedMessage> {
    const recorded = await this.recorder.record(manager, { task }, actor, this.creation(payload, actor));
    await this.outbox.stage(manager, task.wardId, recorded.message);
    return recorded.message;
  }

  /**
   * The same rows as `recordCreated` for each task, written set by set: one guarded UPDATE per
   * 500 tasks, the events appended to the ward's chain under one lock of its head, a few hundred
   * events and outbox rows per INSERT, the cards read in a few queries. A task another writer
   * touched meanwhile (its version no longer 1) refuses the whole batch, as a single one would.
   */
  async recordAllCreated(
    manager: EntityManager,
    tasks: readonly TaskEntity[],
    payload: Record<string, unknown>,
    actor: AuthUser | null,
  ): Promise<TaskChangedMessage[]> {
    if (tasks.length === 0) return [];
    const change = this.creation(payload, actor);
    const events = tasks.map((task) => eventOf(manager, task, actor, change));
    for (const slice of slices(tasks, IDS_PER_UPDATE)) {
      const ids = slice.map((task) => task.id);
      const updated = await manager.update(
        TaskEntity,
        { id: In(ids), version: 1 },
        { version: 2, updatedAt: change.at },
      );
      if (updated.affected !== slice.length)
        throw new AppError('VERSION_CONFLICT', 'Nhiệm vụ vừa tạo đã bị thay đổi trước khi được ghi nhận');
    }
    for (const task of tasks) Object.assign(task, { version: 2, updatedAt: change.at });
    await appendAllToChain(manager, events);
    const eventOfTask = new Map(events.map((event) => [event.taskId, event]));
    const { cards, codes } = await this.cards.newCards(manager, tasks, (task) =>
      Number(eventOfTask.get(task.id)?.id),
    );
    const messages = cards.map((card, index) => ({ card, event: toEventDto(events[index], codes) }));
    await this.outbox.stageAll(manager, tasks[0].wardId, messages);
    return messages;
  }

  async publish(messages: readonly TaskChangedMessage[]): Promise<void> {
    for (const message of messages) await this.outbox.publishCommitted(message);
  }

  private creation(payload: Record<string, unknown>, actor: AuthUser | null): TaskChange {
    return {
      event: HAND_TASK_EVENTS.created,
      changes: {},
      payload,
      actorRole: actor?.roles.includes('admin') ? 'admin' : (actor?.roles[0] ?? null),
      at: this.clock.now().toISOString(),
    };
  }
}
