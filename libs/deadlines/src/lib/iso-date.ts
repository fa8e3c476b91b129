/**
 * Plain calendar dates as ISO `YYYY-MM-DD` strings. Arithmetic runs on UTC midnights so that no
 * time zone or daylight-saving rule can shift a day: a deadline is a date in Vietnam's calendar,
 * never an instant.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for a real calendar day written `YYYY-MM-DD` (so 2026-02-29 is false, 2028-02-29 true). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isValidDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO date; throws a RangeError naming the bad value, since callers pass validated data. */
export function isoParts(iso: IsoDate): DayParts {
  if (!isIsoDate(iso)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function toEpochDay(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): IsoDate {
  const date = new Date(epochDay * MS_PER_DAY);
  return toIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Calendar days: addDays('2028-02-28', 1) is '2028-02-29'. Negative n goes back. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromEpochDay(toEpochDay(iso) + n);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function dayOfWeek(iso: IsoDate): number {
  const { year, month, day } = isoParts(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function isWeekend(iso: IsoDate): boolean {
  const weekday = dayOfWeek(iso);
  return weekday === 0 || weekday === 6;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return toIsoDate(year, month, daysInMonth(year, month));
}

export function assertIsoDate(value: unknown, name = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value))
    throw new RangeError(`${name} is not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
}
