import type { BoardDto, PlanSummaryDto } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../common/app-error';
import { UnitEntity } from '../org/entities/unit.entity';
import { CardReader } from '../tasks/card-reader';
import { TaskEntity } from '../tasks/entities/task.entity';
import { PlanFeed } from '../tasks/plan-feed';
import { cardsOfTasks } from '../units/cards-of-tasks';
import { PlanSectionEntity } from './entities/plan-section.entity';
import { PlanEntity } from './entities/plan.entity';

/** One page of one column of a plan board. */
export interface BoardPage {
  column: BoardColumn;
  offset: number;
  limit: number;
}

@Injectable()
export class PlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cards: CardReader,
    private readonly feed: PlanFeed,
  ) {}

  async list(wardId: string): Promise<PlanSummaryDto[]> {
    const manager = this.dataSource.manager;
    const [plans, counts] = await Promise.all([
      manager.find(PlanEntity, { where: { wardId }, order: { createdAt: 'ASC' } }),
      manager
        .createQueryBuilder(TaskEntity, 'task')
        .select('task.plan_id', 'planId')
        .addSelect('COUNT(*)', 'count')
        .where('task.ward_id = :wardId', { wardId })
        .groupBy('task.plan_id')
        .getRawMany<{ planId: string; count: number | string }>(),
    ]);
    const countOf = new Map(counts.map((row) => [row.planId, Number(row.count)]));
    return plans.map((plan) => toSummary(plan, countOf.get(plan.id) ?? 0));
  }

  /** The plan must belong to the caller's ward; anything else is "not found", never a hint. */
  async planInWard(planId: string, wardId: string): Promise<PlanEntity> {
    const plan = await this.dataSource.manager.findOneBy(PlanEntity, { id: planId, wardId });
    if (!plan) throw notFound('kế hoạch');
    return plan;
  }

  async board(planId: string, wardId: string): Promise<BoardDto> {
    const plan = await this.planInWard(planId, wardId);
    const manager = this.dataSource.manager;
    const [sections, units, cards, cursor] = await Promise.all([
      manager.find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } }),
      manager.find(UnitEntity, { where: { wardId }, order: { code: 'ASC' } }),
      this.cards.planCards(planId, wardId),
      this.feed.latestEventId(planId),
    ]);
    return {
      plan: toSummary(plan, cards.length),
      sections: sections.map((section) => ({ key: section.key, title: section.title })),
      units: units.map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
      columns: [...BOARD_COLUMNS],
      cards,
      cursor,
    };
  }

  /**
   * One column of the board, page by page in plan order: what a client of a plan with thousands
   * of cards asks for first. The cursor is read before the page, so a client that resumes from it
   * misses nothing that changed while it read.
   */
  async boardPage(planId: string, wardId: string, page: BoardPage): Promise<BoardDto> {
    const plan = await this.planInWard(planId, wardId);
    const manager = this.dataSource.manager;
    const cursor = await this.feed.latestEventId(planId);
    const [sections, units, tasks, columnCounts] = await Promise.all([
      manager.find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } }),
      manager.find(UnitEntity, { where: { wardId }, order: { code: 'ASC' } }),
      manager.find(TaskEntity, {
        where: { planId, wardId, column: page.column },
        order: { position: 'ASC' },
        skip: page.offset,
        take: page.limit,
      }),
      manager
        .createQueryBuilder(TaskEntity, 'task')
        .select('task.board_column', 'column')
        .addSelect('COUNT(*)', 'count')
        .where('task.plan_id = :planId', { planId })
        .groupBy('task.board_column')
        .getRawMany<{ column: BoardColumn; count: number | string }>(),
    ]);
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    const countOf = (column?: BoardColumn) =>
      columnCounts
        .filter((row) => column === undefined || row.column === column)
        .reduce((sum, row) => sum + Number(row.count), 0);
    const total = countOf(page.column);
    return {
      plan: toSummary(plan, countOf()),
      sections: sections.map((section) => ({ key: section.key, title: section.title })),
      units: units.map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
      columns: [...BOARD_COLUMNS],
      cards: await cardsOfTasks(manager, tasks, codes, this.cards.timeliness()),
      cursor,
      page: { ...page, total },
    };
  }
}

function toSummary(plan: PlanEntity, taskCount: number): PlanSummaryDto {
  return {
    id: plan.id,
    wardId: plan.wardId,
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    symbol: plan.symbol,
    title: plan.title,
    year: plan.year,
    taskCount,
  };
}
