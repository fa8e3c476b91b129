import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { REDIS_CLIENT } from './redis-client.token';
import { closeRedis, type RedisClient } from './redis-connection';

/** A kept value of `topic` and `key` is stale; an empty key: every kept value of the topic. */
export type InvalidationListener = (key: string) => void;

/**
 * Tells every process that something it keeps in memory changed in the database: a deactivated
 * user, a ward's saved settings. In-process always; across processes over Redis pub/sub when
 * REDIS_URL is set. Pub/sub loses what is sent while a subscriber is away, so when the subscriber
 * comes back every listener is told to drop everything (an empty key), and callers bound how long
 * they keep a value anyway.
 */
@Injectable()
export class CacheInvalidations implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CacheInvalidations.name);
  private readonly listeners = new Map<string, Set<InvalidationListener>>();
  private readonly channel: string;
  private subscriber: RedisClient | null = null;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
    @Inject(ENV) env: Env,
  ) {
    this.channel = `${env.REDIS_STREAM_NAME}:invalidate`;
  }

  async onModuleInit(): Promise<void> {
    if (!this.redis) return;
    const subscriber = this.redis.duplicate();
    subscriber.on('error', () => undefined);
    let lost = false;
    subscriber.on('end', () => (lost = true));
    subscriber.on('reconnecting', () => (lost = true));
    subscriber.on('ready', () => {
      if (!lost) return;
      lost = false;
      for (const topic of this.listeners.keys()) this.tell(topic, '');
    });
    await subscriber.connect();
    await subscriber.subscribe(this.channel, (message) => this.received(message));
    this.subscriber = subscriber;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.subscriber) await closeRedis(this.subscriber);
  }

  on(topic: string, listener: InvalidationListener): void {
    const listeners = this.listeners.get(topic) ?? new Set<InvalidationListener>();
    listeners.add(listener);
    this.listeners.set(topic, listeners);
  }

  /** This process forgets at once; the others as soon as Redis delivers. */
  async announce(topic: string, key: string): Promise<void> {
    this.tell(topic, key);
    if (!this.redis) return;
    try {
      await this.redis.publish(this.channel, JSON.stringify({ topic, key }));
    } catch (error) {
      this.logger.warn(`Could not tell the other processes that ${topic} ${key} changed: ${String(error)}`);
    }
  }

  private received(message: string): void {
    try {
      const { topic, key } = JSON.parse(message) as { topic?: unknown; key?: unknown };
      if (typeof topic === 'string' && typeof key === 'string') this.tell(topic, key);
    } catch {
      // Not one of ours: another deployment's prefix would differ, so this is noise to drop.
    }
  }

  private tell(topic: string, key: string): void {
    for (const listener of this.listeners.get(topic) ?? []) listener(key);
  }
}
