import { Module } from '@nestjs/common';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { DeliverableFilesSweepJob } from '../deliverables/deliverable-files-sweep.job';
import { DailyDigestJob } from '../notifications/digest/daily-digest.job';
import { TasksModule } from '../tasks/tasks.module';
import { TaskAlertsJob } from './alerts/task-alerts.job';
import { ConsultationDeadlinesJob } from './consultations/consultation-deadlines.job';
import { JobLeases } from './job-leases';
import { JobRunner } from './job-runner';
import { JobRuns } from './job-runs';
import { PeriodCardsJob } from './period-cards/period-cards.job';
import { SCHEDULED_JOBS, type ScheduledJob } from './scheduled-job';
import { SCHEDULER_SETTINGS, schedulerSettings } from './scheduler-settings';

/**
 * Timers that live in the database: period cards of report series, consultation deadlines, and
 * due-soon / overdue marks with their escalations, the units' daily digests (from the
 * notifications module) and the daily sweep of unreferenced deliverable files. Jobs run in this
 * order, so a card created in a run is marked in it.
 */
@Module({
  imports: [TasksModule],
  providers: [
    { provide: SCHEDULER_SETTINGS, inject: [ENV], useFactory: (env: Env) => schedulerSettings(env) },
    PeriodCardsJob,
    ConsultationDeadlinesJob,
    TaskAlertsJob,
    DeliverableFilesSweepJob,
    {
      provide: SCHEDULED_JOBS,
      inject: [
        PeriodCardsJob,
        ConsultationDeadlinesJob,
        TaskAlertsJob,
        DailyDigestJob,
        DeliverableFilesSweepJob,
      ],
      useFactory: (...jobs: ScheduledJob[]) => jobs,
    },
    JobLeases,
    JobRuns,
    JobRunner,
  ],
  exports: [JobRunner],
})
export class SchedulerModule {}
