import type { Env } from '../config/env';

export interface SchedulerSettings {
  /** False in the integration tests, which call JobRunner.runDueJobs themselves. */
  enabled: boolean;
  intervalMs: number;
  /**
   * How long a claimed job stays with its scheduler: two intervals, so the holder keeps it from
   * tick to tick and another process takes over within two intervals after the holder stops.
   */
  leaseMs: number;
  /** An overdue task escalates from its unit head to the ward's leadership this many working days late. */
  escalateToLeadershipAfterWorkingDays: number;
  periodCardHorizonDays: number;
}

export const SCHEDULER_SETTINGS = Symbol('SCHEDULER_SETTINGS');

export function schedulerSettings(env: Env): SchedulerSettings {
  return {
    enabled: env.SCHEDULER_ENABLED,
    intervalMs: env.SCHEDULER_INTERVAL_MS,
    leaseMs: 2 * env.SCHEDULER_INTERVAL_MS,
    escalateToLeadershipAfterWorkingDays: env.ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS,
    periodCardHorizonDays: env.PERIOD_CARD_HORIZON_DAYS,
  };
}
