import { checkReadiness } from './readiness';

const answers = () => Promise.resolve('PONG');
const fails = () => Promise.reject(new Error('ECONNREFUSED'));
const hangs = () => new Promise<never>(() => undefined);

describe('checkReadiness', () => {
  it('is ready when every configured dependency answers', async () => {
    expect(await checkReadiness({ database: answers, redis: null })).toEqual({
      status: 'ready',
      checks: { database: 'up', redis: 'not_configured' },
      failed: [],
    });
  });

  it('names each dependency that fails', async () => {
    expect(await checkReadiness({ database: answers, redis: fails })).toEqual({
      status: 'not_ready',
      checks: { database: 'up', redis: 'down' },
      failed: ['redis'],
    });
    expect((await checkReadiness({ database: fails, redis: fails })).failed).toEqual(['database', 'redis']);
  });

  it('counts a dependency that does not answer in time as down', async () => {
    const readiness = await checkReadiness({ database: hangs, redis: answers }, 20);
    expect(readiness).toMatchObject({ status: 'not_ready', failed: ['database'] });
  });

  it('counts a probe that throws instead of rejecting as down', async () => {
    const throws = () => {
      throw new Error('no client');
    };
    expect((await checkReadiness({ database: throws })).checks).toEqual({ database: 'down' });
  });
});
