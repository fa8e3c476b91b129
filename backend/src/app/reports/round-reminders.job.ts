import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { WardCalendars } from '../calendar/ward-calendars';
import { vietnamToday } from '../common/vietnam-today';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitAsks } from '../org/unit-asks';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { type JobSummary, Scheduled, type ScheduledJob } from '../scheduler/scheduled-job';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { ReportRoundEntity } from './report-round.entity';
import { roundAsk } from './round-asks';
import { partReminders } from './round-reminders';

/**
 * Reminds the units whose part of a collecting round is not handed in: once when the send-by day
 * is the ward's due-soon working days away or nearer, once when it has passed. Each reminder's
 * source is unique per round, kind and unit, so a repeated run, or two processes, remind nobody
 * twice; each round's reminders commit together.
 */
@Injectable()
@Scheduled()
export class RoundRemindersJob implements ScheduledJob {
  readonly name = 'report-round-reminders';
  readonly stage = 'remind' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly asks: UnitAsks,
    private readonly calendars: WardCalendars,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const manager = this.dataSource.manager;
    const rounds = await manager.find(ReportRoundEntity, { where: { state: 'collecting' } });
    if (rounds.length === 0) return { rounds: 0, reminded: 0, notified: 0 };
    const wardIds = rounds.map((round) => round.wardId);
    const calendars = await this.calendars.calendarsOf(wardIds);
    const settings = await this.wardSettings.ofWards(wardIds);
    const plans = await manager.find(PlanEntity, {
      where: { id: In([...new Set(rounds.map((round) => round.planId))]) },
      select: { id: true, title: true },
    });
    const today = vietnamToday(now);
    let reminded = 0;
    let notified = 0;
    for (const round of rounds) {
      const calendar = calendars.get(round.wardId);
      if (!calendar) continue;
      const reminders = partReminders(round, today, {
        calendar,
        dueSoonWorkingDays: settings.get(round.wardId)?.dueSoonWorkingDays ?? 0,
      });
      if (reminders.length === 0) continue;
      const planTitle = plans.find((plan) => plan.id === round.planId)?.title ?? '';
      const asks = reminders.map(({ unitId, kind }) =>
        roundAsk(round, kind === 'due_soon' ? 'report_part_due_soon' : 'report_part_overdue', {
          planTitle,
          unitIds: [unitId],
          sourceKey: `round:${round.id}:${kind}:${unitId}`,
          actor: null,
          at: now.toISOString(),
        }),
      );
      reminded += reminders.length;
      notified += await this.unitOfWork.run((tx) => this.asks.ask(tx, asks));
    }
    return { rounds: rounds.length, reminded, notified };
  }
}
