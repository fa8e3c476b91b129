import type { INestApplication } from '@nestjs/common';
import { corsOptions } from '../config/cors-origins';
import type { Env } from '../config/env';
import { requestIdMiddleware } from './request-id';
import { securityHeaders } from './security-headers';

/** Request ids, security headers and CORS, in front of every route (the API, the docs, the app). */
export function applyHttpHardening(
  app: INestApplication,
  env: Pick<Env, 'CORS_ORIGINS' | 'PUBLIC_ORIGINS'>,
): void {
  app.use(requestIdMiddleware);
  app.use(securityHeaders(env.PUBLIC_ORIGINS));
  app.enableCors(corsOptions(env.CORS_ORIGINS));
}
