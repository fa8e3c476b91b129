import type { IsoDate } from './iso-date';

/** Vietnam has one time zone (UTC+7) and no daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date in Vietnam at an instant: a decision taken at 06:00 in Hà Nội is still
 * "yesterday" in UTC, and deadlines are counted in local days. Null when the instant is unreadable.
 */
export function vietnamDateOf(instant: string | Date): IsoDate | null {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) return null;
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
