import { Logger } from '@nestjs/common';
import { createClient } from 'redis';

export type RedisClient = ReturnType<typeof createClient>;

/** Redis named in REDIS_URL did not answer at start: the process stops rather than run half-shared. */
export class RedisUnavailableError extends Error {}

const MAX_RECONNECT_DELAY_MS = 5000;

/** The URL without its password, for messages and logs. */
export function redactRedisUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]+@/, '//$1:***@');
}

/**
 * Connects to Redis once, failing fast when it does not answer; once connected, the client reconnects
 * with back-off and logs only when Redis goes away and when it is back.
 */
export async function connectRedis(url: string, logger = new Logger('Redis')): Promise<RedisClient> {
  let started = false;
  let healthy = true;
  const client = createClient({
    url,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries) => started && Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  client.on('error', (error: Error) => {
    if (!started || !healthy) return;
    healthy = false;
    logger.error(`Redis at ${redactRedisUrl(url)} went away (${error.message}); reconnecting`);
  });
  client.on('ready', () => {
    if (started && !healthy) logger.log(`Redis at ${redactRedisUrl(url)} answers again`);
    healthy = true;
  });
  try {
    await client.connect();
  } catch (error) {
    // Not destroyed by hand: before `started` the reconnect strategy already gave up and closed the
    // socket, and destroying it again rejects the client's own pending handshake unobserved.
    throw new RedisUnavailableError(
      `REDIS_URL: Redis does not answer at ${redactRedisUrl(url)} (${(error as Error).message || String(error)}). ` +
        'Start it, fix REDIS_URL, or unset REDIS_URL to run a single process.',
    );
  }
  started = true;
  return client;
}

/** Waits for pending commands when Redis answers, else drops the connection at once. */
export async function closeRedis(client: RedisClient): Promise<void> {
  if (!client.isOpen) return;
  if (client.isReady) await client.close();
  else client.destroy();
}
