import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { Env } from '../config/env';
import { Metrics } from '../metrics/metrics.service';
import type { RedisClient } from '../redis/redis-connection';
import { REDIS_CLIENT } from '../redis/redis.module';

export interface SocketServerSetup {
  /** Shares broadcasts with the other processes through this client's Redis Streams; null: this process only. */
  redis: RedisClient | null;
  /** The stream, and the prefix of the pub/sub channels, shared by the processes of one deployment. */
  streamName: string;
  /** Called with every Socket.IO server created, e.g. to count its sockets. */
  onServer?: (server: Server) => void;
}

/**
 * The Socket.IO adapter of the gateways. With Redis, a room broadcast made by any process reaches the
 * sockets of every process; the clients' resync by event id stays the safety net for anything lost.
 */
export class RedisStreamsIoAdapter extends IoAdapter {
  constructor(
    appOrHttpServer: INestApplicationContext | object,
    private readonly setup: SocketServerSetup,
  ) {
    super(appOrHttpServer);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    const { redis, streamName, onServer } = this.setup;
    if (redis) server.adapter(createAdapter(redis, { streamName, channelPrefix: streamName }));
    onServer?.(server);
    return server;
  }
}

/** Installs the adapter on the app: Redis Streams when REDIS_URL is set, and the connected-sockets gauge. */
export function useSocketAdapter(app: INestApplication, env: Pick<Env, 'REDIS_STREAM_NAME'>): void {
  const metrics = app.get(Metrics);
  app.useWebSocketAdapter(
    new RedisStreamsIoAdapter(app, {
      redis: app.get<RedisClient | null>(REDIS_CLIENT),
      streamName: env.REDIS_STREAM_NAME,
      onServer: (server) => metrics.countSocketsWith(() => server.of('/').sockets.size),
    }),
  );
}
