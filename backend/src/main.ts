import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import 'reflect-metadata';
import { InvalidEnvironmentError, loadEnv } from './app/config/env';
import { createApp } from './app/create-app';
import { RedisUnavailableError } from './app/redis/redis-connection';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const frontendDist = env.FRONTEND_DIST ?? join(__dirname, '..', 'frontend', 'browser');
  const app = await createApp({ env, frontendDist });
  await app.listen(env.PORT, env.HOST);
  Logger.log(
    `Đôn Đốc is listening on http://localhost:${env.PORT} (API under /api, docs at /api/docs)`,
    'Bootstrap',
  );
}

bootstrap().catch((error: unknown) => {
  // Lines Nest wrote before the JSON logger was attached (a failed start) are printed, not lost.
  Logger.flush();
  if (error instanceof InvalidEnvironmentError || error instanceof RedisUnavailableError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
