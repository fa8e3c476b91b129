import { Inject, Injectable } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { Clock } from '../common/clock';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import type { RedisClient } from '../redis/redis-connection';
import { REDIS_CLIENT } from '../redis/redis.module';
import { secondsOf } from './lifetime';
import { TooManyAttemptsError } from './too-many-attempts.error';

/** An account's wrong passwords count as "in a row" for a day unless a right one comes first. */
const ACCOUNT_WINDOW_SECONDS = 24 * 3600;
const ADDRESS_WINDOW_SECONDS = 3600;

/** A login attempt that was let through: what to clear if the password turns out right. */
export interface AdmittedAttempt {
  account: string;
  address: string;
}

/**
 * Limits wrong passwords per username and per client address (rate-limiter-flexible). Each attempt
 * takes its point before the password is checked, so a burst of parallel guesses cannot slip past the
 * limit while they are verified; a right password hands the points back. With REDIS_URL the counters
 * live in Redis, shared by every process, with an in-memory limiter standing in while Redis is away.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(
    @Inject(ENV) env: Env,
    @Inject(REDIS_CLIENT) redis: RedisClient | null,
    private readonly clock: Clock,
  ) {
    const blockDuration = secondsOf(env.LOGIN_BLOCK_DURATION);
    const prefix = `${env.REDIS_STREAM_NAME}:login-failures`;
    this.perAccount = limiter(redis, {
      keyPrefix: `${prefix}:account`,
      points: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      duration: ACCOUNT_WINDOW_SECONDS,
      blockDuration,
    });
    this.perAddress = limiter(redis, {
      keyPrefix: `${prefix}:address`,
      points: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      duration: ADDRESS_WINDOW_SECONDS,
      blockDuration,
    });
  }

  /** Takes one attempt from the address and the account; refuses with 429 when either is used up. */
  async admit(username: string, address: string): Promise<AdmittedAttempt> {
    await this.take(this.perAddress, address, 'address');
    await this.take(this.perAccount, username, 'account');
    return { account: username, address };
  }

  /** The password was right: the account starts counting afresh, the address gets its attempt back. */
  async succeeded(attempt: AdmittedAttempt): Promise<void> {
    await Promise.all([this.perAccount.delete(attempt.account), this.perAddress.reward(attempt.address, 1)]);
  }

  private async take(
    limiter: RateLimiterAbstract,
    key: string,
    lockedBy: 'account' | 'address',
  ): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw new TooManyAttemptsError(Math.ceil(refusal.msBeforeNext / 1000), this.clock.now(), lockedBy);
    }
  }
}

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration: number;
}

function limiter(redis: RedisClient | null, options: LimiterOptions): RateLimiterAbstract {
  const inMemory = new RateLimiterMemory(options);
  if (!redis) return inMemory;
  return new RateLimiterRedis({
    ...options,
    storeClient: redis,
    useRedisPackage: true,
    // While Redis reconnects, answer from memory at once instead of queueing behind the reconnect.
    rejectIfRedisNotReady: true,
    insuranceLimiter: inMemory,
  });
}
