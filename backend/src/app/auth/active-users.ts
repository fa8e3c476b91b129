import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { UserEntity } from '../org/entities/user.entity';
import { CacheInvalidations } from '../redis/cache-invalidations';

const TOPIC = 'user-active';

/**
 * A safety net only: a deactivation reaches every process through CacheInvalidations at once;
 * this bounds how long a message lost on the way could leave a process believing otherwise.
 */
const KEEP_MS = 5 * 60_000;

/** Users are few per deployment; the bound only keeps a process from growing without end. */
const MAX_KEPT = 20_000;

interface Kept {
  active: boolean;
  readAt: number;
}

/**
 * Whether a user is still active, asked on every authenticated request and socket: an access token
 * outlives a deactivation by up to its lifetime, and a deactivated person must lose access at once.
 * Read from the database once per user and process, then kept until a deactivation or reactivation
 * (this process or another, over Redis) says otherwise, so the hot path costs no query.
 */
@Injectable()
export class ActiveUsers {
  private readonly kept = new Map<string, Kept>();
  /** Bumped per user by each invalidation: a read that began before one must not be kept. */
  private readonly epochs = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly invalidations: CacheInvalidations,
  ) {
    invalidations.on(TOPIC, (userId) => this.forget(userId));
  }

  async isActive(userId: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const kept = this.kept.get(userId);
    if (kept && now - kept.readAt < KEEP_MS) return kept.active;
    const epoch = this.epochOf(userId);
    const person = await this.dataSource.manager.findOne(UserEntity, {
      where: { id: userId },
      select: { id: true, deactivatedAt: true },
    });
    const active = person !== null && person.deactivatedAt === null;
    if (epoch === this.epochOf(userId)) this.keep(userId, { active, readAt: now });
    return active;
  }

  /** After the commit of a deactivation or reactivation: every process reads the user afresh. */
  changed(userId: string): Promise<void> {
    return this.invalidations.announce(TOPIC, userId);
  }

  private forget(userId: string): void {
    if (userId === '') {
      this.kept.clear();
      this.generation += 1;
      return;
    }
    this.kept.delete(userId);
    this.epochs.set(userId, (this.epochs.get(userId) ?? 0) + 1);
  }

  private epochOf(userId: string): string {
    return `${this.generation}:${this.epochs.get(userId) ?? 0}`;
  }

  private keep(userId: string, value: Kept): void {
    this.kept.delete(userId);
    this.kept.set(userId, value);
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
  }
}
