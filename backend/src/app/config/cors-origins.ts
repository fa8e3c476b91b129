import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface';
import { z } from 'zod';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** `CORS_ORIGINS`: a comma-separated list of exact origins, each `scheme://host[:port]`. */
export const corsOriginList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .pipe(
    z.array(
      z.string().regex(ORIGIN, 'each origin like https://board.example.vn (lower case, no path, no slash)'),
    ),
  )
  .default([]);

/**
 * Cross-origin calls are answered with CORS headers only for the configured origins; the app's own
 * origin needs none, and any other origin gets no `Access-Control-Allow-Origin`, so browsers refuse.
 * Tokens travel in the Authorization header, never in cookies, so credentials stay off.
 */
export function corsOptions(allowedOrigins: readonly string[]): CorsOptions {
  const allowed = new Set(allowedOrigins);
  return {
    origin: (origin, answer) => answer(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  };
}
