import type { IsoDate } from '@dondoc/deadlines';

/** Vietnam has one time zone (UTC+7) and no daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar date in Vietnam at an instant: deadlines are counted in local days. */
export function vietnamToday(now: Date): IsoDate {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
