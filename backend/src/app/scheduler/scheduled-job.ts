/** What a run did, in counts ("created": 3); stored as JSON in job_run.detail. */
export type JobSummary = Record<string, number>;

/**
 * A timer kept in the database: each run looks at the rows and does what is due at `now`, so a
 * run may repeat or be cut short without losing or doubling anything.
 */
export interface ScheduledJob {
  /** The job's lease and run name, at most 64 characters. */
  readonly name: string;
  /**
   * At most one run per this many milliseconds, counted from the start of the last run that
   * succeeded (a failed run is tried again at the next tick). Unset: every tick.
   */
  readonly everyMs?: number;
  run(now: Date): Promise<JobSummary>;
}

export const SCHEDULED_JOBS = Symbol('SCHEDULED_JOBS');
