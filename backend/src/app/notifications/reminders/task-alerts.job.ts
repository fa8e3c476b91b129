import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { WardCalendars } from '../../calendar/ward-calendars';
import { newId } from '../../common/ids';
import { vietnamToday } from '../../common/vietnam-today';
import { UnitOfWork } from '../../database/unit-of-work';
import { WardSettingsReader } from '../../org/ward-settings-reader';
import { type JobSummary, Scheduled, type ScheduledJob } from '../../scheduler/scheduled-job';
import { SCHEDULER_SETTINGS, type SchedulerSettings } from '../../scheduler/scheduler-settings';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { CLOSED_COLUMNS, isTrackedThroughCards } from '../../task-model/report-series/report-series';
import { NotificationWriter, type RaisedAlert } from '../notification-writer';
import { alertKey, type DueAlert, dueAlerts, type OpenTask } from './due-alerts';
import { TaskAlertEntity } from './task-alert.entity';

/** Alerts per transaction: each batch commits with its notifications, or not at all. */
export const ALERT_BATCH = 100;

/**
 * Marks open tasks due soon (the ward's due-soon working days or fewer left) or overdue, and
 * escalates overdue ones to the lead unit's head at once and to the ward's leadership after
 * ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS working days — once per task, kind and due date: the
 * unique index on task_alert makes a repeated insert a no-op. Each batch of alerts is written with
 * the notifications it yields in one transaction, so a run cut short leaves whole batches behind,
 * and the next run raises exactly what is still missing.
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
    @Inject(SCHEDULER_SETTINGS) private readonly settings: SchedulerSettings,
    private readonly calendars: WardCalendars,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const manager = this.dataSource.manager;
    const open = await manager.find(TaskEntity, {
      where: { column: Not(In(CLOSED_COLUMNS)) },
      select: {
        id: true,
        wardId: true,
        planId: true,
        type: true,
        due: true,
        context: true,
        deadlineText: true,
        deliverable: true,
      },
    });
    const plans = new Map((await manager.find(PlanEntity)).map((plan) => [plan.id, plan]));
    const tracked = open.filter((task) => !isTrackedThroughCards(task, plans.get(task.planId) as PlanEntity));
    const wanted = await this.alertsByWardCalendar(tracked, vietnamToday(now));

    const raised = await manager
      .createQueryBuilder(TaskAlertEntity, 'alert')
      .innerJoin(TaskEntity, 'task', 'task.id = alert.taskId')
      .where('task.column NOT IN (:...closed)', { closed: CLOSED_COLUMNS })
      .select(['alert.taskId', 'alert.kind', 'alert.due'])
      .getMany();
    const known = new Set(raised.map(alertKey));
    const missing = wanted.filter((alert) => !known.has(alertKey(alert)));
    let notified = 0;
    for (let start = 0; start < missing.length; start += ALERT_BATCH) {
      const batch = missing.slice(start, start + ALERT_BATCH);
      notified += await this.unitOfWork.run((tx) => this.raise(tx, batch, now));
    }
    return { openTasks: open.length, raised: missing.length, notified };
  }

  /** Each ward's tasks counted by that ward's working calendar and its due-soon working days. */
  private async alertsByWardCalendar(tasks: readonly OpenTask[], today: string): Promise<DueAlert[]> {
    const wardIds = tasks.map((task) => task.wardId);
    const calendars = await this.calendars.calendarsOf(wardIds);
    const settings = await this.wardSettings.ofWards(wardIds);
    return [...calendars].flatMap(([wardId, calendar]) =>
      dueAlerts(
        tasks.filter((task) => task.wardId === wardId),
        today,
        {
          escalateToLeadershipAfterWorkingDays: this.settings.escalateToLeadershipAfterWorkingDays,
          dueSoonWorkingDays: (settings.get(wardId) ?? this.wardSettings.defaults).dueSoonWorkingDays,
          calendar,
        },
      ),
    );
  }

  /** Inserts the batch's alerts (a concurrent run may have raised some) and notifies each once. */
  private async raise(tx: EntityManager, batch: readonly DueAlert[], now: Date): Promise<number> {
    const createdAt = now.toISOString();
    await tx
      .createQueryBuilder()
      .insert()
      .into(TaskAlertEntity)
      .values(
        batch.map(({ taskId, wardId, kind, due }) => ({ id: newId(), taskId, wardId, kind, due, createdAt })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
    const stored = await tx.find(TaskAlertEntity, {
      where: { taskId: In([...new Set(batch.map((alert) => alert.taskId))]) },
      select: { id: true, taskId: true, kind: true, due: true },
    });
    const idOf = new Map(stored.map((alert) => [alertKey(alert), alert.id]));
    const alerts: RaisedAlert[] = batch.flatMap((alert) => {
      const id = idOf.get(alertKey(alert));
      return id ? [{ ...alert, id }] : [];
    });
    return this.notifications.forAlerts(tx, alerts, now);
  }
}
