import type { TransitionResponse } from '@dondoc/contracts';
import type { TaskType } from '@dondoc/domain';
import { workflowSeedFor } from '@dondoc/plan-parser';
import { initialWorkflow } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, Not } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { insertRows } from '../database/insert-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { NotificationWriter } from '../notifications/notification-writer';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import { ADMIN_EVENTS } from '../task-model/admin-events';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { type TaskChange, TaskChangeRecorder } from './task-change-recorder';

/** Corrections people make to an imported task: its one primary lead, and its type while a draft. */
@Injectable()
export class TaskAdminService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recorder: TaskChangeRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly notifications: NotificationWriter,
    private readonly clock: Clock,
  ) {}

  /** "Một việc – một đầu mối": one of the leads the plan named becomes the lead, the rest cooperate. */
  chooseLead(
    taskId: string,
    user: AuthUser,
    unitId: string,
    expectedVersion: number,
  ): Promise<TransitionResponse> {
    return this.publishAfter(async (manager) => {
      const task = await this.recorder.load(manager, taskId, user, expectedVersion);
      const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
      const isApprover = user.roles.includes('approver') && user.unitId === plan.approverUnitId;
      if (!user.roles.includes('admin') && !isApprover) {
        throw new AppError('FORBIDDEN', 'Chỉ quản trị viên hoặc đơn vị phê duyệt được chọn đơn vị chủ trì');
      }
      if (!task.needsPrimaryLead)
        throw new AppError('EVENT_NOT_ACCEPTED', 'Nhiệm vụ đã có một đơn vị chủ trì');
      const leads = await manager.find(TaskUnitEntity, { where: { taskId, role: 'lead' } });
      if (!leads.some((link) => link.unitId === unitId)) {
        throw new AppError(
          'INVALID_PAYLOAD',
          'Đơn vị được chọn không nằm trong các đơn vị chủ trì mà kế hoạch nêu',
        );
      }
      const others = leads.filter((link) => link.unitId !== unitId);
      await manager.delete(TaskUnitEntity, {
        taskId,
        role: 'lead',
        unitId: In(others.map((link) => link.unitId)),
      });
      const cooperating = await manager.find(TaskUnitEntity, { where: { taskId, role: 'cooperator' } });
      const newCooperators = others.filter(
        (link) => !cooperating.some((existing) => existing.unitId === link.unitId),
      );
      await insertRows(
        manager,
        TaskUnitEntity,
        newCooperators.map((link) => Object.assign(new TaskUnitEntity(), { ...link, role: 'cooperator' })),
      );
      return this.correct(manager, task, user, {
        event: 'CHOOSE_PRIMARY_LEAD',
        changes: { leadUnitId: unitId, needsPrimaryLead: false },
        payload: { unitId, nowCooperating: others.map((link) => link.unitId) },
        actorRole: isApprover ? 'approver_unit' : 'admin',
        at: this.clock.now().toISOString(),
      });
    });
  }

  /** An admin may retype a task the parser guessed wrong, as long as nothing has happened to it yet. */
  changeType(
    taskId: string,
    user: AuthUser,
    type: TaskType,
    expectedVersion: number,
  ): Promise<TransitionResponse> {
    return this.publishAfter(async (manager) => {
      if (!user.roles.includes('admin'))
        throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được đổi loại nhiệm vụ');
      const task = await this.recorder.load(manager, taskId, user, expectedVersion);
      const moves = await manager.count(TaskEventEntity, {
        where: { taskId, event: Not(In([...ADMIN_EVENTS])) },
      });
      if (moves > 0 || task.state !== initialWorkflow(task.type, task.workflowSeed ?? {}).state) {
        throw new AppError(
          'EVENT_NOT_ACCEPTED',
          'Chỉ đổi loại nhiệm vụ khi nhiệm vụ còn ở trạng thái ban đầu',
        );
      }
      const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
      const deadline = task.deadline as { kind?: string; until?: string } | null;
      const seed = workflowSeedFor({
        type,
        content: task.content,
        deliverable: task.deliverable,
        ongoingUntil: deadline?.kind === 'ongoing' ? (deadline.until ?? null) : null,
        planYear: plan.year,
      });
      const workflow = initialWorkflow(type, seed);
      return this.correct(manager, task, user, {
        event: 'CHANGE_TYPE',
        changes: {
          type,
          state: workflow.state,
          column: workflow.column,
          context: workflow.context,
          machineVersion: workflow.machineVersion,
          workflowSeed: seed,
        },
        payload: { from: task.type, to: type },
        actorRole: 'admin',
        at: this.clock.now().toISOString(),
      });
    });
  }

  /** The same write sequence as a move, without a machine to decide: record → stage → notify. */
  private async correct(
    manager: EntityManager,
    task: TaskEntity,
    user: AuthUser,
    change: TaskChange,
  ): Promise<TransitionResponse> {
    const recorded = await this.recorder.record(manager, { task }, user, change);
    await this.outbox.stage(manager, recorded.task.wardId, recorded.message);
    await this.notifications.forEvent(manager, recorded.event, recorded.task);
    return recorded.message;
  }

  private async publishAfter(
    work: (manager: EntityManager) => Promise<TransitionResponse>,
  ): Promise<TransitionResponse> {
    const message = await this.unitOfWork.run(work);
    await this.outbox.publishCommitted(message);
    return message;
  }
}
