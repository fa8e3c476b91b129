import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, Not } from 'typeorm';
import { newId } from '../../common/ids';
import { vietnamToday } from '../../common/vietnam-today';
import { UnitOfWork } from '../../database/unit-of-work';
import { PlanEntity } from '../../plans/entities/plan.entity';
import { TaskEntity } from '../../tasks/entities/task.entity';
import { TaskAlertEntity } from '../entities/task-alert.entity';
import { CLOSED_COLUMNS, isTrackedThroughCards } from '../period-cards/report-series';
import type { JobSummary, ScheduledJob } from '../scheduled-job';
import { SCHEDULER_SETTINGS, type SchedulerSettings } from '../scheduler-settings';
import { alertKey, dueAlerts } from './due-alerts';

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const SLICE = 100;

/**
 * Marks open tasks due soon (DUE_SOON_WORKING_DAYS working days or fewer left) or overdue, once
 * per task, kind and due date: the unique index on task_alert makes a repeated insert a no-op.
 */
@Injectable()
export class TaskAlertsJob implements ScheduledJob {
  readonly name = 'task-alerts';

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    @Inject(SCHEDULER_SETTINGS) private readonly settings: SchedulerSettings,
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
    const wanted = dueAlerts(tracked, vietnamToday(now), this.settings.dueSoonWorkingDays);

    const raised = await manager
      .createQueryBuilder(TaskAlertEntity, 'alert')
      .innerJoin(TaskEntity, 'task', 'task.id = alert.taskId')
      .where('task.column NOT IN (:...closed)', { closed: CLOSED_COLUMNS })
      .select(['alert.taskId', 'alert.kind', 'alert.due'])
      .getMany();
    const known = new Set(raised.map(alertKey));
    const missing = wanted.filter((alert) => !known.has(alertKey(alert)));
    const createdAt = now.toISOString();
    await this.unitOfWork.run(async (tx) => {
      for (let start = 0; start < missing.length; start += SLICE) {
        await tx
          .createQueryBuilder()
          .insert()
          .into(TaskAlertEntity)
          .values(missing.slice(start, start + SLICE).map((alert) => ({ id: newId(), ...alert, createdAt })))
          .orIgnore()
          .execute();
      }
    });
    return { openTasks: open.length, raised: missing.length };
  }
}
