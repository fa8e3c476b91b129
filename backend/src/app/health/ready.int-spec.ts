import { createServer } from 'node:net';
import { describeEachDatabase } from '../../testing/each-database';
import { startTestApp } from '../../testing/test-app';
import { connectRedis, RedisUnavailableError } from '../redis/redis-connection';
import type { ReadinessDto } from './readiness';

const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function ready(url: string): Promise<{ status: number; body: ReadinessDto }> {
  const response = await fetch(`${url}/api/ready`);
  return { status: response.status, body: (await response.json()) as ReadinessDto };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

// Redis going away and coming back under a running process is in cluster/two-processes.int-spec.ts.
describeEachDatabase('readiness', (kind) => {
  it('is ready with only the database when REDIS_URL is unset, without a token', async () => {
    const testApp = await startTestApp(kind);
    try {
      expect(await ready(testApp.url)).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'up', redis: 'not_configured' }, failed: [] },
      });
    } finally {
      await testApp.close();
    }
  });

  it('checks Redis too when REDIS_URL is set', async () => {
    const testApp = await startTestApp(kind, { REDIS_URL: TEST_REDIS_URL, REDIS_STREAM_NAME: `it:${kind}` });
    try {
      expect(await ready(testApp.url)).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'up', redis: 'up' }, failed: [] },
      });
    } finally {
      await testApp.close();
    }
  });

  it('refuses to start when REDIS_URL does not answer, naming the variable', async () => {
    const attempt = connectRedis(`redis://127.0.0.1:${await closedPort()}`);
    await expect(attempt).rejects.toThrow(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(/^REDIS_URL: Redis does not answer at redis:\/\/127\.0\.0\.1:\d+/);
  });
});
