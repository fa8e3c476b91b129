import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { closeRedis, connectRedis, type RedisClient } from './redis-connection';

/** The shared Redis client, or null when REDIS_URL is unset (a single process). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [ENV],
      useFactory: (env: Env): Promise<RedisClient> | null =>
        env.REDIS_URL ? connectRedis(env.REDIS_URL) : null,
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: RedisClient | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedis(this.redis);
  }
}
