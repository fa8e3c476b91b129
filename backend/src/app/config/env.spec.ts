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
});
