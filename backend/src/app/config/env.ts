import { z } from 'zod';
import { corsOriginList } from './cors-origins';
import { LOG_LEVELS } from './log-level';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** A lifetime like 15m, 12h or 14d (also 30s, for tests). */
const duration = z.string().regex(/^\d+[smhd]$/, 'like 30s, 15m, 12h or 14d');

/** Express's `trust proxy` from its text form: a flag, a hop count, or addresses. */
function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

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
  /** How long a bearer access token works; the refresh cookie renews it. */
  ACCESS_TOKEN_TTL: duration.default('15m'),
  /** How long a refresh token (the session cookie) works if unused; each use rotates it. */
  REFRESH_TOKEN_TTL: duration.default('14d'),
  /** Wrong passwords in a row for one username before it is locked for LOGIN_BLOCK_DURATION. */
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  /** Wrong passwords within an hour from one address before it is locked for LOGIN_BLOCK_DURATION. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(50),
  LOGIN_BLOCK_DURATION: duration.default('15m'),
  /**
   * Which proxies to believe about the client's address (Express `trust proxy`): `true`, a hop
   * count, or comma-separated addresses/CIDRs/`loopback`. Unset: the socket's own peer address.
   */
  TRUST_PROXY: z
    .string()
    .regex(/^[\w.:/,\s-]+$/, 'true, a hop count, or comma-separated addresses, CIDRs or loopback')
    .transform(trustProxySetting)
    .optional(),
  /** The first admin, created when the database has none and SEED_DEMO_DATA is off. */
  ADMIN_USERNAME: z
    .string()
    .regex(/^[a-z0-9._-]{3,64}$/, '3–64 lower-case letters, digits, dots, dashes or underscores')
    .default('admin'),
  /** Read only when the first admin is created; unset, a strong password is generated and printed once. */
  ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  /** The ward the first admin belongs to (created when no ward has this code). */
  ADMIN_WARD_CODE: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,32}$/, 'up to 32 letters, digits, dashes or underscores')
    .default('PHUONG'),
  ADMIN_WARD_NAME: z.string().min(1).max(200).default('UBND phường'),
  SEED_DEMO_DATA: booleanFlag.default(true),
  FRONTEND_DIST: z.string().optional(),
  SEED_PLANS_DIR: z.string().optional(),
  /** pino's levels (`silent` … `trace`); Nest's `log` and `verbose` still work. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** Runs the database-driven timers (period cards, consultation deadlines, due-soon and overdue marks). */
  /** On SIGTERM, how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  SCHEDULER_ENABLED: booleanFlag.default(true),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(60_000),
  /** A task is due soon when this many working days or fewer remain. */
  DUE_SOON_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  /** A periodic report's period card is created this many days before the period is due. */
  PERIOD_CARD_HORIZON_DAYS: z.coerce.number().int().min(0).max(366).default(45),
  /** An overdue task reaches the ward's leadership once it is this many working days late. */
  ESCALATE_TO_LEADERSHIP_AFTER_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** The hour (Vietnam time, 0–23) from which each unit's daily digest is made. */
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** Sends the digests over SMTP; unset, they are written as .eml files to DATA_DIR/mail. */
  MAIL_SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      'must start with smtp:// or smtps:// (leave it unset to write mail to DATA_DIR/mail)',
    )
    .optional(),
  MAIL_FROM: z.string().min(3).max(200).default('Đôn Đốc <khong-tra-loi@dondoc.local>'),
  /** Users carry no e-mail address yet: a digest goes to <username>@MAIL_USER_DOMAIN. */
  MAIL_USER_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, 'a domain name like phuong.gov.vn')
    .default('dondoc.local'),
  /** Where deliverable files are kept, by content hash; DATA_DIR/files when unset. */
  DELIVERABLES_DIR: z.string().min(1).optional(),
  /** The largest deliverable file accepted, in bytes (20 MB by default). */
  DELIVERABLE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** A submission must carry at least one file; when false a written reference may stand in for one. */
  DELIVERABLE_FILES_REQUIRED: booleanFlag.default(true),
  /**
   * The daily sweep removes stored files no row references once they are this many hours old: an
   * upload writes its file before its row, so a younger unreferenced file may be one in flight.
   */
  DELIVERABLE_SWEEP_GRACE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 366)
    .default(24),
  /**
   * The key of the chain checkpoints' MAC, kept apart from the database (a file in DATA_DIR when
   * unset): whoever can rewrite the log but not read this key cannot forge a checkpoint.
   */
  CHAIN_ANCHOR_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How often each ward's chain head is recorded as a keyed checkpoint (when it moved). */
  CHAIN_CHECKPOINT_EVERY_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(60),
  /** Published outbox rows are deleted once this many days old; unpublished ones are never. */
  OUTBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(1),
  /**
   * The addresses people open the app at (`https://dondoc.phuong.vn`, comma-separated): the content
   * security policy lets the page open sockets to these and to its own origin, never to whatever
   * Host header a request carried.
   */
  PUBLIC_ORIGINS: corsOriginList,
  /** How often the outbox is swept for live messages a crash or a failed emit left unpublished. */
  OUTBOX_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  /** How long a process alone may publish a change it committed; a crash's rows are swept after it. */
  OUTBOX_CLAIM_MS: z.coerce.number().int().min(1000).max(600_000).default(15_000),
  /** Tests only (refused unless NODE_ENV=test): the process kills itself right after a commit, before publishing. */
  OUTBOX_TEST_CRASH_AFTER_COMMIT: booleanFlag.default(false),
  NODE_ENV: z.string().optional(),
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
