import type { CardDto, UnitDto } from '@dondoc/contracts';
import { BOARD_COLUMNS } from '@dondoc/domain';
import { planProgress, type ReportFigures } from '@dondoc/reports';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { vietnamToday } from '../common/vietnam-today';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { CardReader } from '../task-model/card-reader';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import type { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { planOfWard } from '../task-model/plan-of-ward';
import { slices } from '../task-model/slices';
import { LeadershipWards } from '../task-model/ward-scope/leadership-wards';
import { readAsOfDay } from './as-of-day';
import type { AsOfBoardResponse, AsOfLeadershipResponse, LeadershipChartsResponse } from './as-of.dto';
import { attentionItem, cardAsOf, overdueAt, timelinessByUnit } from './board-as-of';
import { FiguresService } from './figures.service';

/** As many as the live leadership board lists. */
const MAX_ATTENTION = 100;

/**
 * The plan board and the leadership board "tại ngày dd/mm/yyyy", and the leadership's charts:
 * all from the as-of fold the reports count with, so a board then and a report then agree.
 */
@Injectable()
export class BoardsAsOfService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly figures: FiguresService,
    private readonly cards: CardReader,
    private readonly wards: LeadershipWards,
    private readonly clock: Clock,
  ) {}

  /** The plan's cards as they stood at the day's end: only tasks that existed then, in plan order. */
  async planBoard(user: AuthUser, planId: string, asOf: string | undefined): Promise<AsOfBoardResponse> {
    const manager = this.dataSource.manager;
    const plan = await planOfWard(manager, planId, user.wardId);
    const day = readAsOfDay(asOf, this.clock.now());
    const { cards, figures } = await this.cardsAt(plan, day.instant);
    const sections = await manager.find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } });
    return {
      day: day.day,
      asOf: figures.asOf,
      counts: figures.overall,
      plan: {
        id: plan.id,
        wardId: plan.wardId,
        reviewerUnitId: plan.reviewerUnitId,
        approverUnitId: plan.approverUnitId,
        alternateReviewerUnitId: plan.alternateReviewerUnitId,
        symbol: plan.symbol,
        title: plan.title,
        year: plan.year,
        beforeDateInclusive: plan.beforeDateInclusive,
        taskCount: cards.length,
      },
      sections: sections.map((section) => ({ key: section.key, title: section.title })),
      units: await this.units(user.wardId),
      columns: [...BOARD_COLUMNS],
      cards,
      cursor: null,
    };
  }

  /** The leadership board at the day's end: counts per unit, the overdue tasks then; no ticker. */
  async leadership(
    user: AuthUser,
    wardId: string | undefined,
    asOf: string | undefined,
  ): Promise<AsOfLeadershipResponse> {
    const shown = await this.wards.resolve(user, wardId);
    const day = readAsOfDay(asOf, this.clock.now());
    const ward = await this.dataSource.manager.findOneBy(WardEntity, { id: shown });
    if (!ward) throw notFound('phường');
    const { figures } = await this.figures.foldWard(shown, day.instant);
    const units = await this.units(shown);
    const codes = new Map(units.map((unit) => [unit.id, unit.code]));
    const overdue = overdueAt(figures.standings, MAX_ATTENTION);
    const rows = await this.taskTexts(overdue.map((standing) => standing.taskId));
    return {
      day: day.day,
      ward: { id: ward.id, code: ward.code, name: ward.name },
      asOf: figures.asOf,
      ...timelinessByUnit(figures.standings, units),
      attention: overdue.flatMap((standing) => {
        const task = rows.get(standing.taskId);
        return task ? [attentionItem(standing, task, codes)] : [];
      }),
      ticker: [],
    };
  }

  /** The year week by week and each plan against its deadlines, now or at a day's end. */
  async charts(
    user: AuthUser,
    wardId: string | undefined,
    asOf: string | undefined,
  ): Promise<LeadershipChartsResponse> {
    const shown = await this.wards.resolve(user, wardId);
    const now = this.clock.now();
    const day =
      asOf === undefined ? { day: vietnamToday(now), instant: now.toISOString() } : readAsOfDay(asOf, now);
    const year = Number(day.day.slice(0, 4));
    const { plans, figures, weeks } = await this.figures.foldWard(shown, day.instant, { weeksOf: year });
    const planOf = new Map(plans.map((plan) => [plan.id, plan]));
    return {
      day: day.day,
      asOf: figures.asOf,
      year,
      weeks: weeks ?? [],
      plans: planProgress(figures.standings, figures.today).map((row) => ({
        ...row,
        symbol: planOf.get(row.planId)?.symbol ?? '',
        title: planOf.get(row.planId)?.title ?? '',
      })),
    };
  }

  /**
   * A plan's cards and the fold they agree with: as they stood at an instant, or (null) the live
   * cards, which also say what is due soon, beside the fold of now.
   */
  async cardsAt(
    plan: PlanEntity,
    instant: string | null,
  ): Promise<{ cards: CardDto[]; figures: ReportFigures }> {
    const { figures } = await this.figures.foldPlan(plan, instant ?? this.clock.now().toISOString());
    const live = await this.cards.planCards(plan.id, plan.wardId);
    if (instant === null) return { cards: live, figures };
    const byId = new Map(live.map((card) => [card.id, card]));
    const codes = await this.cards.unitCodes(plan.wardId);
    const cards = figures.standings.flatMap((standing) => {
      const card = byId.get(standing.taskId);
      return card ? [cardAsOf(card, standing, codes)] : [];
    });
    return { cards, figures };
  }

  private async units(wardId: string): Promise<UnitDto[]> {
    const units = await this.dataSource.manager.find(UnitEntity, {
      where: { wardId },
      select: { id: true, code: true, name: true },
      order: { code: 'ASC' },
    });
    return units.map(({ id, code, name }) => ({ id, code, name }));
  }

  private async taskTexts(ids: readonly string[]): Promise<Map<string, { ref: string; content: string }>> {
    const rows: Pick<TaskEntity, 'id' | 'ref' | 'content'>[] = [];
    for (const slice of slices(ids, 500))
      rows.push(
        ...(await this.dataSource.manager.find(TaskEntity, {
          where: { id: In(slice) },
          select: { id: true, ref: true, content: true },
        })),
      );
    return new Map(rows.map((row) => [row.id, row]));
  }
}
