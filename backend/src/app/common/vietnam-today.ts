import { type IsoDate, vietnamDateOf } from '@dondoc/deadlines';

/** The calendar date in Vietnam at a (valid) instant: deadlines are counted in local days. */
export function vietnamToday(now: Date): IsoDate {
  const date = vietnamDateOf(now);
  if (date === null) throw new RangeError(`not an instant: ${String(now)}`);
  return date;
}
