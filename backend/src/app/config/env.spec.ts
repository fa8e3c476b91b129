import { InvalidEnvironmentError, loadEnv } from './env';

describe('loadEnv', () => {
  it('fills defaults for an empty environment', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', SEED_DEMO_DATA: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong variable in one message', () => {
    const attempt = () => loadEnv({ PORT: 'http', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
    expect(attempt).toThrow(InvalidEnvironmentError);
    expect(attempt).toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*JWT_SECRET/);
  });

  it('reads flags and numbers', () => {
    expect(loadEnv({ PORT: '4000', SEED_DEMO_DATA: 'false' })).toMatchObject({
      PORT: 4000,
      SEED_DEMO_DATA: false,
    });
  });

  it('keeps sessions short and login attempts limited by default', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      ACCESS_TOKEN_TTL: '15m',
      REFRESH_TOKEN_TTL: '14d',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
      LOGIN_BLOCK_DURATION: '15m',
      ADMIN_USERNAME: 'admin',
    });
    expect(env.ADMIN_PASSWORD).toBeUndefined();
    expect(env.TRUST_PROXY).toBeUndefined();
  });

  it('reads TRUST_PROXY as Express does: a flag, a hop count or addresses', () => {
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
  });

  it('refuses a short admin password and a lifetime it cannot read', () => {
    expect(() => loadEnv({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadEnv({ REFRESH_TOKEN_TTL: '2 weeks' })).toThrow(/REFRESH_TOKEN_TTL/);
  });

  it('keeps unreferenced deliverable files a day by default, and at least an hour', () => {
    expect(loadEnv({}).DELIVERABLE_SWEEP_GRACE_HOURS).toBe(24);
    expect(loadEnv({ DELIVERABLE_SWEEP_GRACE_HOURS: '72' }).DELIVERABLE_SWEEP_GRACE_HOURS).toBe(72);
    expect(() => loadEnv({ DELIVERABLE_SWEEP_GRACE_HOURS: '0' })).toThrow(/DELIVERABLE_SWEEP_GRACE_HOURS/);
    expect(() => loadEnv({ DELIVERABLE_SWEEP_GRACE_HOURS: '1.5' })).toThrow(/DELIVERABLE_SWEEP_GRACE_HOURS/);
  });
});
