import type { BoardDto, BoardSectionDto, CardDto, PlanSummaryDto, UnitDto } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UnitEntity } from '../org/entities/unit.entity';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { PlanFeed } from '../task-model/plan-feed';
import { planOfWard } from '../task-model/plan-of-ward';
import { BoardCards } from './board-cards';

/** A whole board: everything but its cards, and its cards in batches of plan order. */
export interface WholeBoard {
  frame: Omit<BoardDto, 'cards'>;
  cards: AsyncIterable<CardDto[]>;
}

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
    private readonly boardCards: BoardCards,
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
  planInWard(planId: string, wardId: string): Promise<PlanEntity> {
    return planOfWard(this.dataSource.manager, planId, wardId);
  }

  /**
   * Every card of the plan: the board without its cards, and the cards batch by batch for the
   * caller to write as they come (see writeBoardJson). The cursor is read before the cards, so a
   * client that resumes from it misses nothing that changed while it read (it may see a change
   * twice; versions sort that out).
   */
  async board(planId: string, wardId: string): Promise<WholeBoard> {
    const plan = await this.planInWard(planId, wardId);
    const cursor = await this.feed.latestEventId(planId);
    const { sections, units, codes } = await this.frame(planId, wardId);
    const counts = await this.columnCounts(planId);
    return {
      frame: {
        plan: toSummary(plan, sumOf(counts)),
        sections,
        units,
        columns: [...BOARD_COLUMNS],
        cursor,
      },
      cards: this.boardCards.batchesOfPlan(planId, wardId, codes),
    };
  }

  /**
   * One column of the board, page by page in plan order: what a client of a plan with thousands
   * of cards asks for first. The cursor is read before the page, as for the whole board.
   */
  async boardPage(planId: string, wardId: string, page: BoardPage): Promise<BoardDto> {
    return this.partialBoard(planId, wardId, async (codes, counts) => ({
      cards: await this.boardCards.page(planId, wardId, page, codes),
      page: { ...page, total: counts[page.column] ?? 0 },
    }));
  }

  /**
   * The first `perColumn` cards of every column in plan order, with every column's total: what a
   * big board draws first while the rest loads. The cursor is read first, as for the whole board.
   */
  async firstOfEachColumn(planId: string, wardId: string, perColumn: number): Promise<BoardDto> {
    return this.partialBoard(planId, wardId, async (codes, counts) => {
      const columns = BOARD_COLUMNS.filter((column) => counts[column] > 0);
      return { cards: await this.boardCards.firstOfColumns(planId, wardId, columns, perColumn, codes) };
    });
  }

  /** A board answer holding some of the plan's cards, with every column's total and the cursor read first. */
  private async partialBoard(
    planId: string,
    wardId: string,
    read: (
      codes: Awaited<ReturnType<PlansService['frame']>>['codes'],
      counts: Record<BoardColumn, number>,
    ) => Promise<Pick<BoardDto, 'cards' | 'page'>>,
  ): Promise<BoardDto> {
    const plan = await this.planInWard(planId, wardId);
    const cursor = await this.feed.latestEventId(planId);
    const { sections, units, codes } = await this.frame(planId, wardId);
    const counts = await this.columnCounts(planId);
    const { cards, page } = await read(codes, counts);
    return {
      plan: toSummary(plan, sumOf(counts)),
      sections,
      units,
      columns: [...BOARD_COLUMNS],
      cards,
      cursor,
      ...(page ? { page } : {}),
      columnTotals: counts,
    };
  }

  /** How many cards each column of the plan holds (columns without cards are 0). */
  private async columnCounts(planId: string): Promise<Record<BoardColumn, number>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.board_column', 'column')
      .addSelect('COUNT(*)', 'count')
      .where('task.plan_id = :planId', { planId })
      .groupBy('task.board_column')
      .getRawMany<{ column: BoardColumn; count: number | string }>();
    const counts = Object.fromEntries(BOARD_COLUMNS.map((column) => [column, 0])) as Record<
      BoardColumn,
      number
    >;
    for (const row of rows) counts[row.column] = Number(row.count);
    return counts;
  }

  /** What every board answer carries beside its cards: the plan's sections and the ward's units. */
  private async frame(
    planId: string,
    wardId: string,
  ): Promise<{ sections: BoardSectionDto[]; units: UnitDto[]; codes: Map<string, string> }> {
    const manager = this.dataSource.manager;
    const sections = await manager.find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } });
    const units = await manager.find(UnitEntity, {
      where: { wardId },
      select: { id: true, code: true, name: true },
      order: { code: 'ASC' },
    });
    return {
      sections: sections.map((section) => ({ key: section.key, title: section.title })),
      units: units.map((unit) => ({ id: unit.id, code: unit.code, name: unit.name })),
      codes: new Map(units.map((unit) => [unit.id, unit.code])),
    };
  }
}

function sumOf(counts: Record<BoardColumn, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

function toSummary(plan: PlanEntity, taskCount: number): PlanSummaryDto {
  return {
    id: plan.id,
    wardId: plan.wardId,
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    alternateReviewerUnitId: plan.alternateReviewerUnitId,
    symbol: plan.symbol,
    title: plan.title,
    year: plan.year,
    beforeDateInclusive: plan.beforeDateInclusive,
    taskCount,
  };
}
