import type { Env } from '../config/env';
import { InvalidEnvironmentError } from '../config/env';

export interface OutboxSettings {
  sweepIntervalMs: number;
  /** How long the process that committed a change alone may publish it. */
  claimMs: number;
  /** Published rows older than this are deleted by OutboxPruneJob (OUTBOX_RETENTION_DAYS). */
  keepPublishedMs: number;
  /** Rows a sweep claims at a time. */
  batchSize: number;
  /** Tests only: die right after a commit, before publishing (see the crash integration test). */
  crashAfterCommit: boolean;
}

export const OUTBOX_SETTINGS = Symbol('OUTBOX_SETTINGS');

export function outboxSettings(env: Env): OutboxSettings {
  if (env.OUTBOX_TEST_CRASH_AFTER_COMMIT && env.NODE_ENV !== 'test') {
    throw new InvalidEnvironmentError(
      'Invalid environment:\n  OUTBOX_TEST_CRASH_AFTER_COMMIT: kills the process after every commit; only allowed with NODE_ENV=test',
    );
  }
  return {
    sweepIntervalMs: env.OUTBOX_SWEEP_INTERVAL_MS,
    claimMs: env.OUTBOX_CLAIM_MS,
    keepPublishedMs: env.OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000,
    batchSize: 200,
    crashAfterCommit: env.OUTBOX_TEST_CRASH_AFTER_COMMIT,
  };
}
