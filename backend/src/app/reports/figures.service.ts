import type { FiguresDto } from '@dondoc/contracts';
import {
  FiguresFold,
  type FiguresOptions,
  type ReportFigures,
  type ReportTask,
  TimelineFold,
  type WeekPoint,
} from '@dondoc/reports';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { WardCalendars } from '../calendar/ward-calendars';
import { Clock } from '../common/clock';
import { UnitEntity } from '../org/entities/unit.entity';
import { PlanSectionEntity } from '../task-model/entities/plan-section.entity';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { planOfWard } from '../task-model/plan-of-ward';
import { type AsOf, type AsOfQuery, resolveAsOf } from './as-of';
import { TaskLogReader } from './task-log-reader';

/** The figures of a plan or a whole ward as they stood at an instant, folded from the event log. */
@Injectable()
export class FiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logs: TaskLogReader,
    private readonly calendars: WardCalendars,
    private readonly clock: Clock,
  ) {}

  async ofPlan(user: AuthUser, planId: string, query: AsOfQuery): Promise<FiguresDto> {
    const asOf = resolveAsOf(query, this.clock.now());
    const plan = await planOfWard(this.dataSource.manager, planId, user.wardId);
    const { figures } = await this.foldPlan(plan, asOf.instant);
    return { ...(await this.labelled(user.wardId, [plan], figures, asOf)), standings: figures.standings };
  }

  /** The raw fold of one plan, for the exports. */
  async foldPlan(plan: PlanEntity, instant: string): Promise<{ figures: ReportFigures }> {
    const tasks = await this.logs.planTasks(plan.id);
    const fold = new FiguresFold(tasks, instant, {
      calendar: await this.calendars.calendarOf(plan.wardId),
    });
    await this.logs.eachTaskLog(tasks, (task, events) => fold.add(task, events));
    return { figures: fold.result() };
  }

  /** Every plan of the caller's ward, read plan by plan and folded once. */
  async ofWard(user: AuthUser, query: AsOfQuery): Promise<FiguresDto> {
    const asOf = resolveAsOf(query, this.clock.now());
    const { plans, figures } = await this.foldWard(user.wardId, asOf.instant);
    return this.labelled(user.wardId, plans, figures, asOf);
  }

  /**
   * The raw fold of a whole ward, for the boards and charts as of a day: its tasks first, then
   * their logs a slice at a time, each log folded and dropped (a ward's whole log would not fit
   * comfortably in memory). With `weeksOf` a year, the year chart is folded from the same reading.
   */
  async foldWard(
    wardId: string,
    instant: string,
    { weeksOf }: { weeksOf?: number } = {},
  ): Promise<{ plans: PlanEntity[]; figures: ReportFigures; weeks: WeekPoint[] | null }> {
    const plans = await this.dataSource.manager.find(PlanEntity, {
      where: { wardId },
      order: { createdAt: 'ASC' },
    });
    const tasks: ReportTask[] = [];
    for (const plan of plans) for (const task of await this.logs.planTasks(plan.id)) tasks.push(task);
    const options: FiguresOptions = { calendar: await this.calendars.calendarOf(wardId) };
    const figures = new FiguresFold(tasks, instant, options);
    const weeks = weeksOf === undefined ? null : new TimelineFold(tasks, weeksOf, instant, options);
    await this.logs.eachTaskLog(tasks, (task, events) => {
      figures.add(task, events);
      weeks?.add(task, events);
    });
    return { plans, figures: figures.result(), weeks: weeks?.result() ?? null };
  }

  private async labelled(
    wardId: string,
    plans: PlanEntity[],
    figures: ReportFigures,
    asOf: AsOf,
  ): Promise<FiguresDto> {
    const manager = this.dataSource.manager;
    const units = await manager.find(UnitEntity, { where: { wardId } });
    const sections = await manager.find(PlanSectionEntity, { where: { wardId } });
    const unitName = new Map(units.map((unit) => [unit.id, unit.name]));
    const planOf = new Map(plans.map((plan) => [plan.id, plan]));
    const sectionTitle = new Map(
      sections.map((section) => [`${section.planId}/${section.key}`, section.title]),
    );
    return {
      asOf: figures.asOf,
      today: figures.today,
      period: asOf.period,
      overall: figures.overall,
      byPlan: figures.byPlan.map(({ planId, counts }) => ({
        planId,
        title: planOf.get(planId)?.title ?? '',
        symbol: planOf.get(planId)?.symbol ?? '',
        counts,
      })),
      byUnit: figures.byUnit.map(({ unitId, counts }) => ({
        unitId,
        unitName: unitId === null ? 'Chưa có đơn vị chủ trì' : (unitName.get(unitId) ?? ''),
        counts,
      })),
      bySection: figures.bySection.map(({ planId, sectionKey, counts }) => ({
        planId,
        sectionKey,
        title: sectionKey === null ? '' : (sectionTitle.get(`${planId}/${sectionKey}`) ?? sectionKey),
        counts,
      })),
      byType: figures.byType,
    };
  }
}
