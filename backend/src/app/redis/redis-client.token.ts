/** The shared Redis client, or null when REDIS_URL is unset (a single process). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
