import type { TransitionResponse } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { asUpdate, insertRows } from '../database/insert-rows';
import { CardReader } from './card-reader';
import { toEventDto } from './card.mapper';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskEntity } from './entities/task.entity';

export interface TaskChange {
  event: string;
  /** The row's new values; the version and updatedAt are set here. */
  changes: Partial<TaskEntity>;
  comment?: string | null;
  payload: Record<string, unknown> | null;
  actorRole: string | null;
  at: string;
}

/**
 * The one way a task row changes: an UPDATE guarded by the version the caller read, and the event
 * that says why, appended in the same transaction. A version that moved in between is a 409.
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
    task: TaskEntity,
    user: AuthUser | null,
    change: TaskChange,
  ): Promise<TransitionResponse> {
    const next: Partial<TaskEntity> = { ...change.changes, version: task.version + 1, updatedAt: change.at };
    const updated = await manager
      .createQueryBuilder()
      .update(TaskEntity)
      .set(asUpdate(next))
      .where('id = :id AND version = :version', { id: task.id, version: task.version })
      .execute();
    if (updated.affected !== 1) throw await this.conflict(manager, task);

    const event = manager.create(TaskEventEntity, {
      wardId: task.wardId,
      planId: task.planId,
      taskId: task.id,
      actorId: user?.id ?? null,
      actorName: user?.fullName ?? 'Hệ thống',
      actorUnitId: user?.unitId ?? null,
      actorRole: change.actorRole,
      event: change.event,
      fromState: task.state,
      toState: next.state ?? task.state,
      version: task.version + 1,
      comment: change.comment?.trim() || null,
      payload: change.payload,
      at: change.at,
    });
    await insertRows(manager, TaskEventEntity, event, { generated: true });

    const saved = Object.assign(task, next);
    const codes = await this.cards.unitCodes(task.wardId, manager);
    return { card: await this.cards.card(saved, manager, event.id, codes), event: toEventDto(event, codes) };
  }

  private async conflict(manager: EntityManager, stale: TaskEntity): Promise<AppError> {
    const current = (await manager.findOneBy(TaskEntity, { id: stale.id })) ?? stale;
    return new AppError(
      'VERSION_CONFLICT',
      'Nhiệm vụ vừa được người khác cập nhật; màn hình đã hiển thị trạng thái mới nhất',
      { current: await this.cards.card(current, manager) },
    );
  }
}
