import { Logger } from '@nestjs/common';
import { createConnection } from 'node:net';
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
  // Probe the port first: a client that never connected leaves its handshake commands to be rejected
  // unobserved when it gives up, so no client is made for a Redis that is not there.
  const unreachable = await portRefusal(url);
  if (unreachable) throw unavailable(url, unreachable);
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
    throw unavailable(url, (error as Error).message || String(error));
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

function unavailable(url: string, why: string): RedisUnavailableError {
  return new RedisUnavailableError(
    `REDIS_URL: Redis does not answer at ${redactRedisUrl(url)} (${why}). ` +
      'Start it, fix REDIS_URL, or unset REDIS_URL to run a single process.',
  );
}

/** Why the Redis port does not accept a TCP connection, or null when it does. */
function portRefusal(url: string, timeoutMs = 5000): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((done) => {
    const socket = createConnection({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || 6379) });
    const finish = (why: string | null) => {
      socket.destroy();
      done(why);
    };
    socket.setTimeout(timeoutMs, () => finish('timed out'));
    socket.once('error', (error) => finish(error.message));
    socket.once('connect', () => finish(null));
  });
}
