import { createServer } from 'node:http';
import { Adapter } from 'socket.io-adapter';
import type { RedisClient } from '../redis/redis-connection';
import { redactRedisUrl } from '../redis/redis-connection';
import { RedisStreamsIoAdapter } from './redis-streams.adapter';

/** Just enough of a node-redis client for the adapter to start: reads block forever, writes succeed. */
function fakeRedis() {
  const reads = { xRead: jest.fn(() => new Promise(() => undefined)) };
  const client = {
    xAdd: jest.fn(async () => '1-0'),
    publish: jest.fn(async () => 0),
    sSubscribe: jest.fn(),
    duplicate: () => ({
      ...reads,
      on: jest.fn(),
      connect: jest.fn(async () => undefined),
      subscribe: jest.fn(async () => undefined),
      sSubscribe: jest.fn(),
      disconnect: jest.fn(),
    }),
  };
  return client;
}

describe('RedisStreamsIoAdapter', () => {
  it('keeps the in-memory adapter without Redis, and hands every server to onServer', async () => {
    const seen: unknown[] = [];
    const adapter = new RedisStreamsIoAdapter(createServer(), {
      redis: null,
      streamName: 'test',
      onServer: (server) => seen.push(server),
    });
    const server = adapter.createIOServer(0);
    expect(server.of('/').adapter.constructor).toBe(Adapter);
    expect(seen).toEqual([server]);
    await new Promise((done) => server.close(done));
  });

  it('shares broadcasts through the stream named for the deployment', async () => {
    const redis = fakeRedis();
    const adapter = new RedisStreamsIoAdapter(createServer(), {
      redis: redis as unknown as RedisClient,
      streamName: 'dondoc:test',
    });
    const server = adapter.createIOServer(0);
    expect(server.of('/').adapter.constructor.name).toBe('RedisStreamsAdapter');
    server.to('plan:p1').emit('task.changed', { hello: 'world' });
    await new Promise((done) => setImmediate(done));
    expect(redis.xAdd).toHaveBeenCalledWith(
      'dondoc:test',
      '*',
      expect.objectContaining({ nsp: '/' }),
      expect.anything(),
    );
    await new Promise((done) => server.close(done));
  });
});

describe('redactRedisUrl', () => {
  it('hides the password of a Redis URL', () => {
    expect(redactRedisUrl('redis://default:s3cret@cache.internal:6379/0')).toBe(
      'redis://default:***@cache.internal:6379/0',
    );
    expect(redactRedisUrl('redis://:s3cret@cache.internal')).toBe('redis://:***@cache.internal');
    expect(redactRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
