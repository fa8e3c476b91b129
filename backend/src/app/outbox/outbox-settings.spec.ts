import { InvalidEnvironmentError, loadEnv } from '../config/env';
import { outboxSettings } from './outbox-settings';

describe('outboxSettings', () => {
  it('reads the sweep interval and the claim length, with defaults', () => {
    expect(outboxSettings(loadEnv({}))).toMatchObject({
      sweepIntervalMs: 5000,
      claimMs: 15_000,
      crashAfterCommit: false,
    });
    expect(
      outboxSettings(loadEnv({ OUTBOX_SWEEP_INTERVAL_MS: '250', OUTBOX_CLAIM_MS: '2000' })),
    ).toMatchObject({ sweepIntervalMs: 250, claimMs: 2000 });
  });

  it('allows the crash switch only under NODE_ENV=test', () => {
    const crashing = { OUTBOX_TEST_CRASH_AFTER_COMMIT: '1' };
    expect(outboxSettings(loadEnv({ ...crashing, NODE_ENV: 'test' })).crashAfterCommit).toBe(true);
    expect(() => outboxSettings(loadEnv({ ...crashing, NODE_ENV: 'production' }))).toThrow(
      InvalidEnvironmentError,
    );
    expect(() => outboxSettings(loadEnv(crashing))).toThrow(/OUTBOX_TEST_CRASH_AFTER_COMMIT/);
  });
});
