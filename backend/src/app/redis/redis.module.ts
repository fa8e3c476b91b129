import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { CacheInvalidations } from './cache-invalidations';
import { REDIS_CLIENT } from './redis-client.token';
import { closeRedis, connectRedis, type RedisClient } from './redis-connection';

export { REDIS_CLIENT } from './redis-client.token';

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [ENV],
      useFactory: (env: Env): Promise<RedisClient> | null =>
        env.REDIS_URL ? connectRedis(env.REDIS_URL) : null,
    },
    CacheInvalidations,
  ],
  exports: [REDIS_CLIENT, CacheInvalidations],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: RedisClient | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.redis) await closeRedis(this.redis);
  }
}
