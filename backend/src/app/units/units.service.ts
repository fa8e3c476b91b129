import type { UnitBoardDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { UnitEntity } from '../org/entities/unit.entity';
import { CardReader } from '../task-model/card-reader';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { isLeafSql } from '../task-model/task-sql';
import { cardsOfTasks } from './cards-of-tasks';
import { groupUnitBoard, MAX_DONE_CARDS, type UnitBoardCard } from './unit-board-groups';

const CLOSED: readonly BoardColumn[] = ['approved', 'cancelled'];

/**
 * A unit's board across every plan of its ward: the tasks it leads or cooperates on, grouped by
 * what it must do next. Container tasks (with children) are left out: the unit works their children.
 */
@Injectable()
export class UnitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
  ) {}

  async myBoard(user: AuthUser): Promise<UnitBoardDto> {
    const manager = this.dataSource.manager;
    const unit = user.unitId
      ? await manager.findOneBy(UnitEntity, { id: user.unitId, wardId: user.wardId })
      : null;
    if (!unit) throw notFound('đơn vị của bạn');
    const [open, done, plans, codes] = await Promise.all([
      this.tasksOf(manager, unit, 'open'),
      this.tasksOf(manager, unit, 'done'),
      manager.find(PlanEntity, { where: { wardId: unit.wardId }, select: { id: true, title: true } }),
      this.cards.unitCodes(unit.wardId, manager),
    ]);
    const planTitles = new Map(plans.map((plan) => [plan.id, plan.title]));
    const tasks = [...open, ...done];
    const cards = await cardsOfTasks(
      manager,
      tasks,
      codes,
      await this.cards.timeliness(unit.wardId, manager),
    );
    const boardCards: UnitBoardCard[] = cards.map((card, index) => ({
      ...card,
      relation: tasks[index].leadUnitId === unit.id ? 'lead' : 'cooperator',
      planTitle: planTitles.get(card.planId) ?? '',
    }));
    return {
      unit: { id: unit.id, code: unit.code, name: unit.name },
      groups: groupUnitBoard(boardCards, unit.id),
    };
  }

  /** Open tasks in plan order; closed ones latest first, only as many as the board shows. */
  private tasksOf(manager: EntityManager, unit: UnitEntity, which: 'open' | 'done'): Promise<TaskEntity[]> {
    const query = manager
      .createQueryBuilder(TaskEntity, 'task')
      .where('task.ward_id = :wardId', { wardId: unit.wardId })
      .andWhere(
        `(task.lead_unit_id = :unitId OR EXISTS (SELECT 1 FROM task_unit link
          WHERE link.task_id = task.id AND link.unit_id = :unitId AND link.role = 'cooperator'))`,
        { unitId: unit.id },
      )
      .andWhere(isLeafSql())
      .andWhere(`task.board_column ${which === 'open' ? 'NOT IN' : 'IN'} (:...closed)`, { closed: CLOSED });
    return which === 'open'
      ? query.orderBy('task.plan_id', 'ASC').addOrderBy('task.position', 'ASC').getMany()
      : query.orderBy('task.updated_at', 'DESC').addOrderBy('task.id', 'ASC').limit(MAX_DONE_CARDS).getMany();
  }
}
