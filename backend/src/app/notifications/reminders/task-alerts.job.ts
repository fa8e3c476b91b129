import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { WardCalendars } from '../../calendar/ward-calendars';
import { newId } from '../../common/ids';
import { vietnamToday } from '../../common/vietnam-today';
import { yieldToEventLoop } from '../../common/yield-to-event-loop';
import { leanStatements } from '../../database/lean-statements';
import { UnitOfWork } from '../../database/unit-of-work';
import { WardSettingsReader } from '../../org/ward-settings-reader';
import { type JobSummary, Scheduled, type ScheduledJob } from '../../scheduler/scheduled-job';
import { SCHEDULER_SETTINGS, type SchedulerSettings } from '../../scheduler/scheduler-settings';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { isTrackedThroughCards } from '../../task-model/report-series/report-series';
import { slices } from '../../task-model/slices';
import { MAX_TASK_TEXT, shorten } from '../notification-params';
import { NotificationWriter } from '../notification-writer';
import { NoticeCounts, splitNotices, SUMMARY_ABOVE } from './alert-grouping';
import { AlertSummaries, type SummaryShare } from './alert-summaries';
import { alertKey, type AlertRules, type DueAlert, dueAlertsOn } from './due-alerts';
import { type OpenTaskRow, openTasksOfPlan, type PlannedAlert } from './open-tasks-of-plan';
import { TaskAlertEntity } from './task-alert.entity';
import { WardAudience } from './ward-audience';

/** Alerts per transaction: each batch commits with its notifications, or not at all. */
export const ALERT_BATCH = 500;

interface RunTotals {
  openTasks: number;
  raised: number;
  notified: number;
  summaries: Set<string>;
}

/**
 * Marks open tasks due soon (the ward's due-soon working days or fewer left) or overdue, and
 * escalates overdue ones to the lead unit's head at once and to the ward's leadership after
 * ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS working days — once per task, kind and due date: the
 * unique index on task_alert makes a repeated insert a no-op.
 *
 * Plan by plan: its open tasks are read a chunk at a time, twice (counting whom the missing alerts
 * reach, then raising them), and the alerts written a batch per transaction, set-based, giving the
 * event loop back in between, so requests go on while a ward's first run raises tens of thousands. Whoever would hear of more than SUMMARY_ABOVE alerts
 * of one kind in a plan is told once, by today's summary with the count, not once per task. Each
 * batch commits its alerts with their notifications and its share of the summaries, so a run cut
 * short leaves whole batches behind and the next run raises exactly what is still missing.
 */
@Injectable()
@Scheduled()
export class TaskAlertsJob implements ScheduledJob {
  readonly name = 'task-alerts';
  readonly stage = 'remind' as const;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationWriter,
    private readonly summaries: AlertSummaries,
    @Inject(SCHEDULER_SETTINGS) private readonly settings: SchedulerSettings,
    private readonly calendars: WardCalendars,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const today = vietnamToday(now);
    const plans = await this.dataSource.manager.find(PlanEntity, { order: { id: 'ASC' } });
    // One per ward, so each distinct due date is weighed once for all its plans.
    const dueAlertsOf = new Map(
      [...(await this.rulesOfWards(plans.map((plan) => plan.wardId)))].map(([wardId, rules]) => [
        wardId,
        dueAlertsOn(today, rules),
      ]),
    );
    const audiences = new Map<string, WardAudience>();
    const audienceOf = async (wardId: string) => {
      let audience = audiences.get(wardId);
      if (!audience)
        audiences.set(wardId, (audience = await WardAudience.read(this.dataSource.manager, wardId)));
      return audience;
    };
    const totals: RunTotals = { openTasks: 0, raised: 0, notified: 0, summaries: new Set() };
    for (const plan of plans) {
      const dueAlerts = dueAlertsOf.get(plan.wardId);
      if (dueAlerts) await this.remindOfPlan(plan, dueAlerts, audienceOf, totals, now, today);
    }
    return {
      openTasks: totals.openTasks,
      raised: totals.raised,
      notified: totals.notified,
      summaries: totals.summaries.size,
    };
  }

  /** Each ward's working calendar and due-soon working days, and the process's escalation setting. */
  private async rulesOfWards(wardIds: readonly string[]): Promise<Map<string, AlertRules>> {
    const calendars = await this.calendars.calendarsOf(wardIds);
    const settings = await this.wardSettings.ofWards(wardIds);
    return new Map(
      [...calendars].map(([wardId, calendar]) => [
        wardId,
        {
          escalateToLeadershipAfterWorkingDays: this.settings.escalateToLeadershipAfterWorkingDays,
          dueSoonWorkingDays: (settings.get(wardId) ?? this.wardSettings.defaults).dueSoonWorkingDays,
          calendar,
        },
      ]),
    );
  }

  /**
   * The plan's missing alerts in two passes over its open tasks, neither holding more than a chunk:
   * the first counts whom they would reach, to know who gets a summary; the second raises them.
   */
  private async remindOfPlan(
    plan: PlanEntity,
    dueAlerts: (tasks: readonly OpenTaskRow[]) => DueAlert[],
    audienceOf: (wardId: string) => Promise<WardAudience>,
    totals: RunTotals,
    now: Date,
    today: string,
  ): Promise<void> {
    let audience: WardAudience | null = null;
    let counts: NoticeCounts<PlannedAlert> | null = null;
    for await (const { openTasks, missing } of this.missingAlerts(plan, dueAlerts)) {
      totals.openTasks += openTasks;
      if (missing.length === 0) continue;
      if (!audience || !counts) {
        const found: WardAudience = (audience = await audienceOf(plan.wardId));
        counts = new NoticeCounts((alert: PlannedAlert) => found.recipientsOf(alert));
      }
      counts.add(missing);
    }
    if (!audience || !counts) return;
    const wardAudience = audience;
    const summarized = counts.summarized({
      above: SUMMARY_ABOVE,
      alreadySummarized: await this.summaries.madeToday(
        this.dataSource.manager,
        plan.id,
        audience.everyone,
        today,
      ),
    });
    const summaryIds = new Set<string>();
    try {
      for await (const { missing } of this.missingAlerts(plan, dueAlerts)) {
        for (const batch of slices(missing, ALERT_BATCH)) {
          const committed = await this.unitOfWork.run((tx) =>
            this.raiseBatch(tx, plan, batch, wardAudience, summarized, now, today),
          );
          totals.raised += committed.raised;
          totals.notified += committed.notified;
          committed.summaryIds.forEach((id) => summaryIds.add(id));
          await yieldToEventLoop();
        }
      }
    } finally {
      // What the committed batches added reaches the open sockets once, even if a later batch failed.
      await this.summaries.publish(summaryIds);
      summaryIds.forEach((id) => totals.summaries.add(id));
    }
  }

  /** Per chunk of the plan's open tasks, the alerts they call for today that are not raised yet. */
  private async *missingAlerts(
    plan: PlanEntity,
    dueAlerts: (tasks: readonly OpenTaskRow[]) => DueAlert[],
  ): AsyncGenerator<{ openTasks: number; missing: PlannedAlert[] }> {
    for await (const chunk of openTasksOfPlan(this.dataSource.manager, plan.id)) {
      const tracked = chunk.filter((task) => !isTrackedThroughCards(task, plan));
      const leadUnitOf = new Map(tracked.map((task) => [task.id, task.leadUnitId]));
      const wanted = dueAlerts(tracked);
      const missing: PlannedAlert[] = [];
      if (wanted.length > 0) {
        const raised = await this.dataSource.manager.find(TaskAlertEntity, {
          where: { taskId: In([...leadUnitOf.keys()]) },
          select: { taskId: true, kind: true, due: true },
        });
        const known = new Set(raised.map(alertKey));
        for (const alert of wanted)
          if (!known.has(alertKey(alert)))
            missing.push({ ...alert, planId: plan.id, leadUnitId: leadUnitOf.get(alert.taskId) ?? null });
      }
      yield { openTasks: chunk.length, missing };
      await yieldToEventLoop();
    }
  }

  /** One transaction: the batch's alerts, the lines per task, and its share of the summaries. */
  private async raiseBatch(
    tx: EntityManager,
    plan: PlanEntity,
    batch: readonly PlannedAlert[],
    audience: WardAudience,
    summarized: ReadonlySet<string>,
    now: Date,
    today: string,
  ): Promise<{ raised: number; notified: number; summaryIds: string[] }> {
    const raised = await this.insertAlerts(tx, batch, now);
    const { oneByOne, summaries } = splitNotices(raised, (alert) => audience.recipientsOf(alert), summarized);
    const shares = summaries.map((group): SummaryShare => ({
      ...group,
      wardId: plan.wardId,
      count: group.alerts.length,
      params: this.summaryParams(plan, group.kind, audience.unitCode(group.alerts[0].leadUnitId)),
    }));
    return {
      raised: raised.length,
      notified: await this.notifications.forAlertNotices(tx, oneByOne, now),
      summaryIds: await this.summaries.add(tx, shares, now, today),
    };
  }

  /** Inserts the batch's alerts in one statement; answers those this transaction wrote (a racing run may have some). */
  private async insertAlerts(
    tx: EntityManager,
    batch: readonly PlannedAlert[],
    now: Date,
  ): Promise<(PlannedAlert & { id: string })[]> {
    const createdAt = now.toISOString();
    const rows = batch.map((alert) => ({ ...alert, id: newId() }));
    await leanStatements.insert(
      tx,
      TaskAlertEntity,
      rows.map(({ id, taskId, wardId, kind, due }): TaskAlertEntity => ({
        id,
        taskId,
        wardId,
        kind,
        due,
        createdAt,
      })),
      { ignoreConflicts: true },
    );
    // A batch is at most ALERT_BATCH rows: one IN list reads back which of them are ours.
    const written = await tx.find(TaskAlertEntity, {
      where: { id: In(rows.map((row) => row.id)) },
      select: { id: true },
    });
    const ours = new Set(written.map((row) => row.id));
    return rows.filter((row) => ours.has(row.id));
  }

  /** The summary's words: the plan's title, the lead unit where the group is one unit's, the days late. */
  private summaryParams(
    plan: PlanEntity,
    kind: PlannedAlert['kind'],
    unitCode: string | null,
  ): SummaryShare['params'] {
    return {
      ref: '',
      task: shorten(plan.title, MAX_TASK_TEXT),
      ...(kind !== 'escalated_leadership' && unitCode ? { unit: unitCode } : {}),
      ...(kind === 'escalated_leadership'
        ? { lateDays: String(this.settings.escalateToLeadershipAfterWorkingDays) }
        : {}),
    };
  }
}
