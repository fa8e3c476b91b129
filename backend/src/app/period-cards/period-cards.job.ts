import type { TaskChangedMessage } from '@dondoc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { newId } from '../common/ids';
import { vietnamToday } from '../common/vietnam-today';
import { insertRows } from '../database/insert-rows';
import { isUniqueViolation } from '../database/unique-violation';
import { UnitOfWork } from '../database/unit-of-work';
import { type JobSummary, Scheduled, type ScheduledJob } from '../scheduler/scheduled-job';
import { SCHEDULER_SETTINGS, type SchedulerSettings } from '../scheduler/scheduler-settings';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskUnitEntity } from '../task-model/entities/task-unit.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import {
  periodsInWindow,
  type ReportPeriod,
  reportPeriods,
} from '../task-model/report-series/report-periods';
import { CLOSED_COLUMNS, seriesToSchedule } from '../task-model/report-series/report-series';
import { TaskCreations } from '../task-model/task-creations';
import { periodCardRow } from './period-card-row';
import { PeriodCardEntity } from './period-card.entity';

/**
 * Creates the card of each report period ahead of time, once the period's due date comes within
 * PERIOD_CARD_HORIZON_DAYS. A series' new cards are written in one transaction with their
 * period_card rows, whose primary key lets only one scheduler create a period's card.
 */
@Injectable()
@Scheduled()
export class PeriodCardsJob implements ScheduledJob {
  readonly name = 'period-cards';
  readonly stage = 'create' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    @Inject(SCHEDULER_SETTINGS) private readonly settings: SchedulerSettings,
    private readonly creations: TaskCreations,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const manager = this.dataSource.manager;
    const series = seriesToSchedule(
      await manager.find(TaskEntity, { where: { type: 'periodic_report', column: Not(In(CLOSED_COLUMNS)) } }),
    );
    if (series.length === 0) return { series: 0, created: 0, createdElsewhere: 0 };
    const plans = await manager.findBy(PlanEntity, { id: In([...new Set(series.map((row) => row.planId))]) });
    const planOf = new Map(plans.map((plan) => [plan.id, plan]));
    const existing = await manager.findBy(PeriodCardEntity, { seriesId: In(series.map((row) => row.id)) });
    const exists = new Set(existing.map((card) => `${card.seriesId}|${card.periodKey}`));
    const today = vietnamToday(now);

    let created = 0;
    let createdElsewhere = 0;
    for (const row of series) {
      const missing = periodsInWindow(reportPeriods(row, planOf.get(row.planId) as PlanEntity), {
        today,
        horizonDays: this.settings.periodCardHorizonDays,
        notBefore: vietnamToday(new Date(row.createdAt)),
      }).filter((period) => !exists.has(`${row.id}|${period.key}`));
      if (missing.length === 0) continue;
      try {
        const messages = await this.unitOfWork.run((tx) =>
          this.createCards(tx, row, missing, now.toISOString()),
        );
        // Open boards and the leadership view get the new cards at once, not at their next reload.
        await this.creations.publish(messages);
        created += missing.length;
      } catch (error) {
        // Another scheduler created them between our read and our write: its cards stand.
        if (!isUniqueViolation(error)) throw error;
        createdElsewhere += missing.length;
      }
    }
    return { series: series.length, created, createdElsewhere };
  }

  private async createCards(
    manager: EntityManager,
    series: TaskEntity,
    periods: readonly ReportPeriod[],
    now: string,
  ): Promise<TaskChangedMessage[]> {
    const links = await manager.findBy(TaskUnitEntity, { taskId: series.id });
    const messages: TaskChangedMessage[] = [];
    for (const period of periods) {
      const card = periodCardRow(series, period, newId(), now);
      await insertRows(manager, TaskEntity, card);
      await insertRows(
        manager,
        TaskUnitEntity,
        links.map((link) => ({ ...link, taskId: card.id })),
      );
      await manager.insert(PeriodCardEntity, {
        seriesId: series.id,
        periodKey: period.key,
        taskId: card.id,
        createdAt: now,
      });
      messages.push(
        await this.creations.recordCreated(manager, card, { seriesId: series.id, period: period.key }, null),
      );
    }
    return messages;
  }
}
