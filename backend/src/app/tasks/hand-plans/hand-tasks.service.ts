import type { FieldChange, TransitionResponse } from '@dondoc/contracts';
import { HAND_TASK_EVENTS } from '@dondoc/contracts';
import { initialWorkflow } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In, Not } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError, notFound } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import type { UnitEntity } from '../../org/entities/unit.entity';
import { OutboxPublisher } from '../../outbox/outbox-publisher';
import { requireImporter } from '../../plan-import/import-access';
import { ADMIN_EVENTS } from '../../task-model/admin-events';
import { PlanSectionEntity } from '../../task-model/entities/plan-section.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEventEntity } from '../../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../../task-model/entities/task-unit.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { TaskChangeRecorder } from '../task-change-recorder';
import type { CreateTaskBody, EditTaskBody } from './hand-plan.dto';
import { deadlineFields, initialRowFields } from './task-row-fields';
import { activeUnits } from './ward-units';

const CLOSED_COLUMNS = new Set(['approved', 'cancelled']);

/** Fields a person edits, compared one by one to say what changed from what to what. */
const WRITTEN_FIELDS = ['content', 'sectionKey', 'deliverable', 'deadlineText', 'type'] as const;

/**
 * Tasks added to a plan and corrected by hand, as administrative corrections: each change is an
 * event of the task's log (CREATE_TASK, EDIT_TASK) on the ward's hash chain, staged in the outbox
 * with the card and published after the commit, so every open board hears of it at once.
 */
@Injectable()
export class HandTasks {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recorder: TaskChangeRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
  ) {}

  add(planId: string, user: AuthUser, body: CreateTaskBody): Promise<TransitionResponse> {
    return this.publishAfter(async (manager) => {
      await requireImporter(manager, user);
      const plan = await manager.findOneBy(PlanEntity, { id: planId, wardId: user.wardId });
      if (!plan) throw notFound('kế hoạch');
      await requireSection(manager, plan, body.sectionKey);
      const { lead, cooperators } = await this.units(manager, user.wardId, body);
      const siblings = await manager.find(TaskEntity, {
        where: { planId },
        select: { id: true, ref: true, position: true },
      });
      const now = this.clock.now().toISOString();
      const task = manager.create(TaskEntity, {
        id: newId(),
        wardId: plan.wardId,
        planId,
        parentId: null,
        sectionKey: body.sectionKey,
        ref: nextRef(siblings.map((row) => row.ref)),
        position: Math.max(-1, ...siblings.map((row) => row.position)) + 1,
        level: 'task',
        content: body.content.trim(),
        leadUnitId: lead.id,
        needsPrimaryLead: false,
        leadText: lead.name,
        cooperatorText: cooperators.map((unit) => unit.name).join(', '),
        deliverable: body.deliverable.trim(),
        deliverableKind: null,
        budgetText: '',
        submittedAt: null,
        ...initialRowFields({ ...body, content: body.content.trim() }, plan),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await insertRows(manager, TaskEntity, task);
      await insertRows(manager, TaskUnitEntity, links(task, lead, cooperators));
      const recorded = await this.recorder.record(manager, { task }, user, {
        event: HAND_TASK_EVENTS.created,
        changes: {},
        payload: {
          ref: task.ref,
          content: task.content,
          sectionKey: task.sectionKey,
          leadUnitId: lead.id,
          cooperatorUnitIds: cooperators.map((unit) => unit.id),
          deliverable: task.deliverable,
          deadlineText: task.deadlineText,
          type: task.type,
        },
        actorRole: actorRoleOf(user),
        at: now,
      });
      await this.outbox.stage(manager, recorded.task.wardId, recorded.message);
      return recorded.message;
    });
  }

  edit(taskId: string, user: AuthUser, body: EditTaskBody): Promise<TransitionResponse> {
    return this.publishAfter(async (manager) => {
      await requireImporter(manager, user);
      const task = await this.recorder.load(manager, taskId, user, body.expectedVersion);
      if (CLOSED_COLUMNS.has(task.column))
        throw new AppError(
          'EVENT_NOT_ACCEPTED',
          'Nhiệm vụ đã kết thúc (đã duyệt hoặc đã huỷ), không sửa được',
        );
      const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
      const written = {
        content: body.content?.trim() ?? task.content,
        sectionKey: body.sectionKey === undefined ? task.sectionKey : body.sectionKey,
        deliverable: body.deliverable?.trim() ?? task.deliverable,
        deadlineText: body.deadlineText?.trim() ?? task.deadlineText,
        type: body.type ?? task.type,
      };
      const changed: Record<string, FieldChange> = {};
      for (const field of WRITTEN_FIELDS)
        if (written[field] !== task[field]) changed[field] = { from: task[field], to: written[field] };
      if (changed['sectionKey']) await requireSection(manager, plan, written.sectionKey);

      const moved = await hasMoved(manager, task);
      if (changed['type'] && moved)
        throw new AppError(
          'EVENT_NOT_ACCEPTED',
          'Chỉ đổi loại nhiệm vụ khi nhiệm vụ còn ở trạng thái ban đầu',
        );
      const row: Partial<TaskEntity> = {
        content: written.content,
        sectionKey: written.sectionKey,
        deliverable: written.deliverable,
        // Before anything happened the machine starts again from what is written now (a deadline
        // may make the task ongoing); afterwards only the deadline's reading and due date follow.
        ...(moved ? deadlineFields(written.deadlineText, plan) : initialRowFields(written, plan)),
      };
      Object.assign(row, await this.relinked(manager, task, body, changed));
      if (Object.keys(changed).length === 0)
        throw new AppError('VALIDATION_FAILED', 'Không có gì thay đổi so với nhiệm vụ hiện tại');

      const recorded = await this.recorder.record(manager, { task }, user, {
        event: HAND_TASK_EVENTS.edited,
        changes: row,
        payload: { changes: changed },
        actorRole: actorRoleOf(user),
        at: this.clock.now().toISOString(),
      });
      await this.outbox.stage(manager, recorded.task.wardId, recorded.message);
      return recorded.message;
    });
  }

  /** A new lead or new cooperators: the task's unit links rewritten, and the change noted. */
  private async relinked(
    manager: EntityManager,
    task: TaskEntity,
    body: EditTaskBody,
    changed: Record<string, FieldChange>,
  ): Promise<Partial<TaskEntity>> {
    const current = await manager.find(TaskUnitEntity, { where: { taskId: task.id } });
    const currentCooperators = current
      .filter((link) => link.role === 'cooperator')
      .map((link) => link.unitId);
    const leadUnitId = body.leadUnitId ?? task.leadUnitId;
    const cooperatorUnitIds = body.cooperatorUnitIds ?? currentCooperators;
    const sameCooperators =
      [...new Set(cooperatorUnitIds)]
        .filter((id) => id !== leadUnitId)
        .sort()
        .join() === [...currentCooperators].sort().join();
    if (leadUnitId === task.leadUnitId && !task.needsPrimaryLead && sameCooperators) return {};
    if (!leadUnitId) throw new AppError('VALIDATION_FAILED', 'Cần chọn đơn vị chủ trì');
    if (await manager.existsBy(TaskEntity, { parentId: task.id }))
      throw new AppError(
        'EVENT_NOT_ACCEPTED',
        'Nhiệm vụ đã chia cho từng đơn vị; hãy sửa đơn vị ở từng nhiệm vụ con',
      );
    const { lead, cooperators } = await this.units(manager, task.wardId, { leadUnitId, cooperatorUnitIds });
    if (lead.id !== task.leadUnitId || task.needsPrimaryLead)
      changed['leadUnitId'] = { from: task.leadUnitId, to: lead.id };
    if (!sameCooperators)
      changed['cooperatorUnitIds'] = { from: currentCooperators, to: cooperators.map((unit) => unit.id) };
    await manager.delete(TaskUnitEntity, { taskId: task.id });
    await insertRows(manager, TaskUnitEntity, links(task, lead, cooperators));
    return {
      leadUnitId: lead.id,
      needsPrimaryLead: false,
      leadText: lead.name,
      cooperatorText: cooperators.map((unit) => unit.name).join(', '),
    };
  }

  private async units(
    manager: EntityManager,
    wardId: string,
    asked: { leadUnitId: string; cooperatorUnitIds: readonly string[] },
  ): Promise<{ lead: UnitEntity; cooperators: UnitEntity[] }> {
    const [lead] = await activeUnits(manager, wardId, [asked.leadUnitId]);
    const cooperators = await activeUnits(
      manager,
      wardId,
      asked.cooperatorUnitIds.filter((id) => id !== lead.id),
    );
    return { lead, cooperators };
  }

  private async publishAfter(
    work: (manager: EntityManager) => Promise<TransitionResponse>,
  ): Promise<TransitionResponse> {
    const message = await this.unitOfWork.run(work);
    await this.outbox.publishCommitted(message);
    return message;
  }
}

async function requireSection(manager: EntityManager, plan: PlanEntity, key: string | null): Promise<void> {
  if (key === null) return;
  if (!(await manager.existsBy(PlanSectionEntity, { planId: plan.id, key })))
    throw new AppError('VALIDATION_FAILED', `Kế hoạch không có mục ${key}`);
}

/** Whether the task's machine has taken any event (corrections by hand do not count). */
async function hasMoved(manager: EntityManager, task: TaskEntity): Promise<boolean> {
  const moves = await manager.count(TaskEventEntity, {
    where: { taskId: task.id, event: Not(In([...ADMIN_EVENTS])) },
  });
  return moves > 0 || task.state !== initialWorkflow(task.type, task.workflowSeed ?? {}).state;
}

function links(task: TaskEntity, lead: UnitEntity, cooperators: readonly UnitEntity[]): TaskUnitEntity[] {
  const link = (unitId: string, role: TaskUnitEntity['role']) =>
    Object.assign(new TaskUnitEntity(), { taskId: task.id, unitId, role, wardId: task.wardId });
  return [link(lead.id, 'lead'), ...cooperators.map((unit) => link(unit.id, 'cooperator'))];
}

/** The next number after the plan's highest whole number ("12" after "11"), never one in use. */
export function nextRef(refs: readonly string[]): string {
  const used = new Set(refs);
  let next = Math.max(0, ...refs.map((ref) => Number.parseInt(ref, 10)).filter(Number.isFinite)) + 1;
  while (used.has(String(next))) next += 1;
  return String(next);
}

function actorRoleOf(user: AuthUser): string {
  return user.roles.includes('admin') ? 'admin' : 'office';
}
