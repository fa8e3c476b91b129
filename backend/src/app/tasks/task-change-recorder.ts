import type { TransitionResponse } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendToChainAlong, type GuardedWrite } from '../audit/event-chain';
import { storedText } from '../audit/stored-text';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { leanStatements } from '../database/lean-statements';
import { CardReader, type KnownCardParts } from '../task-model/card-reader';
import { toEventDto } from '../task-model/card.mapper';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

export interface TaskChange {
  event: string;
  /** The row's new values; the version and updatedAt are set here. */
  changes: Partial<TaskEntity>;
  comment?: string | null;
  payload: Record<string, unknown> | null;
  actorRole: string | null;
  at: string;
}

/** The task as the caller read it, with what else it read that the answer's card needs. */
export interface ReadTask {
  task: TaskEntity;
  known?: KnownCardParts;
}

/** A change written: the task as it is now, the event that says why, and the live message. */
export interface RecordedChange {
  task: TaskEntity;
  event: TaskEventEntity;
  message: TransitionResponse;
}

/** A task row changed, with its event not yet appended to the ward's chain. */
export interface ChangedTask {
  task: TaskEntity;
  event: TaskEventEntity;
  /** PostgreSQL: the row's guarded UPDATE, still to be sent with the append. */
  guard: GuardedWrite | null;
  card: Awaited<ReturnType<CardReader['card']>>;
  codes: Awaited<ReturnType<CardReader['unitCodes']>>;
}

/** The event that says why `task` changes, by `user` (the system when null), not yet in the chain. */
export function eventOf(
  manager: EntityManager,
  task: TaskEntity,
  user: AuthUser | null,
  change: TaskChange,
): TaskEventEntity {
  return manager.create(TaskEventEntity, {
    wardId: task.wardId,
    planId: task.planId,
    taskId: task.id,
    actorId: user?.id ?? null,
    actorName: storedText(user?.fullName ?? 'Hệ thống'),
    actorUnitId: user?.unitId ?? null,
    actorRole: change.actorRole,
    event: change.event,
    fromState: task.state,
    toState: change.changes.state ?? task.state,
    version: task.version + 1,
    comment: change.comment?.trim() ? storedText(change.comment.trim()) : null,
    payload: change.payload,
    at: change.at,
  });
}

/**
 * The one way a task row changes: an UPDATE guarded by the version the caller read, and the event
 * that says why, appended to its ward's hash chain in the same transaction. A version that moved
 * in between is a 409 with the task as it is now.
 */
@Injectable()
export class TaskChangeRecorder {
  constructor(private readonly cards: CardReader) {}

  /** The task of the caller's ward, at the version the caller saw; otherwise 404 or 409. */
  async load(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    expectedVersion: number,
  ): Promise<TaskEntity> {
    const task = await manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    if (task.version !== expectedVersion) throw await this.conflict(manager, task);
    return task;
  }

  async record(
    manager: EntityManager,
    read: ReadTask,
    user: AuthUser | null,
    change: TaskChange,
  ): Promise<RecordedChange> {
    return this.append(manager, await this.change(manager, read, user, change));
  }

  /**
   * The first half of `record`: the row's guarded UPDATE and the event that will say why, not yet
   * in the ward's chain. A caller reads what it still needs between the halves, before `append`
   * locks the chain.
   */
  async change(
    manager: EntityManager,
    { task, known }: ReadTask,
    user: AuthUser | null,
    change: TaskChange,
  ): Promise<ChangedTask> {
    const next: Partial<TaskEntity> = { ...change.changes, version: task.version + 1, updatedAt: change.at };
    const guarded = { id: task.id, version: task.version };
    // PostgreSQL sends the UPDATE with the append, one round trip fewer; SQLite has none to save.
    const guard =
      manager.connection.options.type === 'postgres'
        ? leanStatements.updateStatement(manager, TaskEntity, next, guarded)
        : null;
    if (!guard && (await leanStatements.update(manager, TaskEntity, next, guarded)) !== 1)
      throw await this.conflict(manager, task);

    const event = eventOf(manager, task, user, change);
    const saved = Object.assign(task, next);
    const codes = await this.cards.unitCodes(task.wardId, manager, [
      task.leadUnitId,
      user?.unitId,
      ...(known?.links ?? []).map((link) => link.unitId),
    ]);
    const card = await this.cards.card(saved, manager, null, codes, known);
    return { task: saved, event, card, codes, guard };
  }

  /** The second half of `record`: the event joins its ward's chain; the live message is made. */
  async append(
    manager: EntityManager,
    { task, event, card, codes, guard }: ChangedTask,
  ): Promise<RecordedChange> {
    // From here to the commit the ward's chain head is locked (PostgreSQL): every other change of
    // the ward waits, so whatever follows should be a few inserts, not reads.
    if (!(await appendToChainAlong(manager, event, guard))) throw await this.conflict(manager, task);
    const message = { card: { ...card, lastEventId: String(event.id) }, event: toEventDto(event, codes) };
    return { task, event, message };
  }

  /** 409 with the task as it is now, its last event included, for the client to redraw. */
  async conflict(manager: EntityManager, stale: TaskEntity): Promise<AppError> {
    const current = (await manager.findOneBy(TaskEntity, { id: stale.id })) ?? stale;
    const lastEvent = await manager.findOne(TaskEventEntity, {
      where: { taskId: current.id },
      order: { id: 'DESC' },
      select: { id: true },
    });
    return new AppError(
      'VERSION_CONFLICT',
      'Nhiệm vụ vừa được người khác cập nhật; màn hình đã hiển thị trạng thái mới nhất',
      { current: await this.cards.card(current, manager, lastEvent ? Number(lastEvent.id) : null) },
    );
  }
}
