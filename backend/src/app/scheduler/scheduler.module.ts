import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { DiscoveredJobs } from './discovered-jobs';
import { JobLeases } from './job-leases';
import { JobRunner } from './job-runner';
import { JobRuns } from './job-runs';
import { ScheduledJobs } from './scheduled-job';
import { SCHEDULER_SETTINGS, schedulerSettings } from './scheduler-settings';
import { SCHEDULER_ENTITIES } from './scheduler.entities';

/**
 * Timers that live in the database: the runner, its leases and its log. It knows no job: each
 * context declares its own with @Scheduled() (see JOB_STAGES for the order of a pass).
 */
@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature(SCHEDULER_ENTITIES)],
  providers: [
    { provide: SCHEDULER_SETTINGS, inject: [ENV], useFactory: (env: Env) => schedulerSettings(env) },
    { provide: ScheduledJobs, useClass: DiscoveredJobs },
    JobLeases,
    JobRuns,
    JobRunner,
  ],
  exports: [JobRunner, SCHEDULER_SETTINGS],
})
export class SchedulerModule {}
