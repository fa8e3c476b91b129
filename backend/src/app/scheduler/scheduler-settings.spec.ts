import { InvalidEnvironmentError, loadEnv } from '../config/env';
import { schedulerSettings } from './scheduler-settings';

describe('schedulerSettings', () => {
  it('runs every minute by default, holding a lease for two intervals', () => {
    expect(schedulerSettings(loadEnv({}))).toEqual({
      enabled: true,
      intervalMs: 60_000,
      leaseMs: 120_000,
      escalateToLeadershipAfterWorkingDays: 3,
      periodCardHorizonDays: 45,
    });
  });

  it('reads the variables and names a wrong one', () => {
    const env = loadEnv({
      SCHEDULER_ENABLED: 'false',
      SCHEDULER_INTERVAL_MS: '5000',
      PERIOD_CARD_HORIZON_DAYS: '30',
      ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS: '5',
    });
    expect(schedulerSettings(env)).toMatchObject({
      enabled: false,
      intervalMs: 5000,
      leaseMs: 10_000,
      periodCardHorizonDays: 30,
      escalateToLeadershipAfterWorkingDays: 5,
    });
    expect(() => loadEnv({ SCHEDULER_INTERVAL_MS: '10' })).toThrow(InvalidEnvironmentError);
    expect(() => loadEnv({ DUE_SOON_WORKING_DAYS: '-1' })).toThrow(/DUE_SOON_WORKING_DAYS/);
    expect(() => loadEnv({ ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS: '0' })).toThrow(
      /ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS/,
    );
  });
});
