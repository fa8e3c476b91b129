import type { TaskDetailDto } from '@dondoc/contracts';
import { allowedMoves } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { CardReader } from '../task-model/card-reader';
import { toEventDto } from '../task-model/card.mapper';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { toWorkflowActor, toWorkflowTask } from '../task-model/workflow-adapter';

@Injectable()
export class TaskDetailService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
  ) {}

  async detail(taskId: string, user: AuthUser): Promise<TaskDetailDto> {
    const manager = this.dataSource.manager;
    const task = await manager.findOneBy(TaskEntity, { id: taskId, wardId: user.wardId });
    if (!task) throw notFound('nhiệm vụ');
    const [plan, links, events, codes] = await Promise.all([
      manager.findOneByOrFail(PlanEntity, { id: task.planId }),
      manager.find(TaskUnitEntity, { where: { taskId } }),
      manager.find(TaskEventEntity, { where: { taskId }, order: { id: 'ASC' } }),
      this.cards.unitCodes(task.wardId, manager),
    ]);
    const cooperatorIds = links.filter((link) => link.role === 'cooperator').map((link) => link.unitId);
    const lastEvent = events.at(-1);
    return {
      card: await this.cards.card(task, manager, lastEvent?.id ?? null),
      content: task.content,
      type: task.type,
      deliverable: task.deliverable,
      budgetText: task.budgetText,
      leadUnitIds: links.filter((link) => link.role === 'lead').map((link) => link.unitId),
      context: task.context as unknown as Record<string, unknown>,
      moves: allowedMoves(toWorkflowTask(task, plan, cooperatorIds), toWorkflowActor(user)),
      history: events.map((event) => toEventDto(event, codes)),
    };
  }
}
