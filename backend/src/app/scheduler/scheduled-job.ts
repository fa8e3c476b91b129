import { DiscoveryService } from '@nestjs/core';

/** What a run did, in counts ("created": 3); stored as JSON in job_run.detail. */
export type JobSummary = Record<string, number>;

/**
 * When in a pass a job runs: jobs that create tasks come first, so that a card created in a run
 * is marked, reminded of and counted in the same run; housekeeping comes last.
 */
export const JOB_STAGES = ['create', 'expire', 'remind', 'digest', 'housekeeping'] as const;
export type JobStage = (typeof JOB_STAGES)[number];

/**
 * A timer kept in the database: each run looks at the rows and does what is due at `now`, so a
 * run may repeat or be cut short without losing or doubling anything.
 */
export interface ScheduledJob {
  /** The job's lease and run name, at most 64 characters. */
  readonly name: string;
  readonly stage: JobStage;
  /**
   * At most one run per this many milliseconds, counted from the start of the last run that
   * succeeded (a failed run is tried again at the next tick). Unset: every tick.
   */
  readonly everyMs?: number;
  run(now: Date): Promise<JobSummary>;
}

/**
 * Marks a provider as a scheduled job. Each context declares its jobs in its own module with this
 * decorator; the scheduler finds them at start and knows none of them by name.
 */
export const Scheduled = DiscoveryService.createDecorator<void>();

/** The jobs the runner runs, in the order of a pass. */
export abstract class ScheduledJobs {
  abstract list(): readonly ScheduledJob[];
}

export function inStageOrder(jobs: readonly ScheduledJob[]): ScheduledJob[] {
  const rank = (job: ScheduledJob) => JOB_STAGES.indexOf(job.stage);
  return jobs
    .map((job, index) => ({ job, index }))
    .sort((a, b) => rank(a.job) - rank(b.job) || a.index - b.index)
    .map(({ job }) => job);
}
