import type { TransitionRequest, TransitionResponse } from '@dondoc/contracts';
import { decide, relationsOf } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { asUpdate, insertRows } from '../database/insert-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { PlanEntity } from '../plans/entities/plan.entity';
import { SocketHub } from '../realtime/socket-hub';
import { CardReader } from './card-reader';
import { toEventDto } from './card.mapper';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';
import { errorCodeOf } from './refusal';
import { toWorkflowActor, toWorkflowTask } from './workflow-adapter';

/**
 * The stateless engine shell: load the row, let the pure machine decide, save the next state with
 * its event and the new version in one transaction, publish only after the commit.
 */
@Injectable()
export class TaskTransitionService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly cards: CardReader,
    private readonly hub: SocketHub,
    private readonly clock: Clock,
  ) {}

  async transition(taskId: string, user: AuthUser, request: TransitionRequest): Promise<TransitionResponse> {
    const message = await this.unitOfWork.run((manager) => this.applyWithin(manager, taskId, user, request));
    this.hub.taskChanged(message);
    return message;
  }

  /** The transition inside a transaction the caller owns; nothing is published. */
  async applyWithin(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    request: TransitionRequest,
  ): Promise<TransitionResponse> {
    const task = await manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    if (task.version !== request.expectedVersion) throw await this.conflict(manager, task);

    const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
    const cooperators = await manager.find(TaskUnitEntity, {
      where: { taskId, role: 'cooperator' },
      select: { unitId: true },
    });
    const workflowTask = toWorkflowTask(
      task,
      plan,
      cooperators.map((link) => link.unitId),
    );
    const actor = toWorkflowActor(user);
    const now = this.clock.now().toISOString();
    const decision = decide(
      workflowTask,
      actor,
      { type: request.event as never, comment: request.comment, payload: request.payload },
      now,
    );
    if (!decision.ok) throw new AppError(errorCodeOf(decision.code), decision.reason);

    const next: Partial<TaskEntity> = {
      state: decision.state,
      column: decision.column,
      context: decision.context,
      machineVersion: decision.machineVersion,
      version: task.version + 1,
      updatedAt: now,
    };
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
      actorId: user.id,
      actorName: user.fullName,
      actorUnitId: user.unitId,
      actorRole: relationsOf(workflowTask, actor)[0] ?? user.roles[0] ?? null,
      event: request.event,
      fromState: task.state,
      toState: decision.state,
      version: task.version + 1,
      comment: request.comment?.trim() || null,
      payload: decision.recordedPayload,
      at: now,
    });
    await insertRows(manager, TaskEventEntity, event);

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
