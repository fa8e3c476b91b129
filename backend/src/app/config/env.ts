import { z } from 'zod';
import { corsOriginList } from '../http/cors-origins';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** The whole environment the backend reads, validated once at start. */
export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for the embedded SQLite)')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  ACCESS_TOKEN_TTL: z
    .string()
    .regex(/^\d+[smhd]$/, 'like 15m, 12h or 7d')
    .default('12h'),
  SEED_DEMO_DATA: booleanFlag.default(true),
  FRONTEND_DIST: z.string().optional(),
  SEED_PLANS_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  /** Runs the database-driven timers (period cards, consultation deadlines, due-soon and overdue marks). */
  SCHEDULER_ENABLED: booleanFlag.default(true),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** A task is due soon when this many working days or fewer remain. */
  DUE_SOON_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  /** A periodic report's period card is created this many days before the period is due. */
  PERIOD_CARD_HORIZON_DAYS: z.coerce.number().int().min(0).max(366).default(45),
  /** Shares live board events between processes through Redis Streams; unset for a single process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss:// (leave it unset for a single process)')
    .optional(),
  /** The Redis stream (and pub/sub prefix) of the Socket.IO adapter: one per deployment sharing a Redis. */
  REDIS_STREAM_NAME: z.string().min(1).max(100).default('dondoc:socket.io'),
  /** Browser origins besides the app's own that may call the API, comma-separated; none by default. */
  CORS_ORIGINS: corsOriginList,
});

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {}

/** Parses the environment or throws one message naming every wrong variable. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const picked = Object.fromEntries(
    Object.keys(envSchema.shape).flatMap((key) => {
      const value = source[key];
      return value === undefined || value === '' ? [] : [[key, value]];
    }),
  );
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new InvalidEnvironmentError(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
}
