import { DEFAULT_CALENDAR } from './calendar-data';
import { NATIONAL_RULES } from './calendar/national-rules';
import { ruleYear } from './calendar/rule-years';
import { addDays, assertIsoDate, IsoDate, isoParts, isWeekend } from './iso-date';
import { WorkingCalendar, WorkingCalendarYear } from './working-calendar.types';

/**
 * Even a calendar that declares a whole year off must not hang the caller: no real schedule has
 * more than a few weeks of consecutive days off, so a search this long means broken data.
 */
const MAX_DAYS_SEARCHED = 800;

/** The year as the calendar holds it, or as the national rules compute it when it holds none. */
function yearOf(iso: IsoDate, calendar: WorkingCalendar): WorkingCalendarYear {
  const { year } = isoParts(iso);
  return calendar.years[String(year)] ?? ruleYear(year, calendar.rules ?? NATIONAL_RULES);
}

export function isWorkingDay(iso: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  const yearData = yearOf(iso, calendar);
  if (yearData.makeUpWorkingDays.includes(iso)) return true;
  if (yearData.holidays.includes(iso)) return false;
  return !isWeekend(iso);
}

/**
 * True when the date's year is not confirmed: computed from the rules or stored as provisional.
 * A due date in such a year carries the "dự kiến" mark, since the official announcement may still
 * move it.
 */
export function isProvisional(iso: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): boolean {
  return yearOf(iso, calendar).status === 'provisional';
}

function nextWorkingDay(iso: IsoDate, step: 1 | -1, calendar: WorkingCalendar): IsoDate {
  let day = addDays(iso, step);
  for (let searched = 1; !isWorkingDay(day, calendar); searched++) {
    if (searched >= MAX_DAYS_SEARCHED) {
      throw new RangeError(`The calendar has no working day within ${MAX_DAYS_SEARCHED} days of ${iso}`);
    }
    day = addDays(day, step);
  }
  return day;
}

/**
 * Bộ luật Dân sự 2015, Điều 148(5): when the last day of a period is a weekend or public holiday,
 * the period ends at the end of the next working day. A working day is returned unchanged.
 */
export function effectiveDue(iso: IsoDate, calendar: WorkingCalendar = DEFAULT_CALENDAR): IsoDate {
  return isWorkingDay(iso, calendar) ? iso : nextWorkingDay(iso, 1, calendar);
}

/**
 * The n-th working day after iso (Điều 147: counting starts the day after the event), or before
 * it for negative n; n = 0 returns iso itself.
 */
export function addWorkingDays(
  iso: IsoDate,
  n: number,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): IsoDate {
  assertIsoDate(iso);
  if (!Number.isInteger(n)) throw new RangeError(`Working-day count must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = iso;
  for (let counted = 0; counted < Math.abs(n); counted++) day = nextWorkingDay(day, step, calendar);
  return day;
}

/**
 * Signed count of working days from a to b, the inverse of addWorkingDays:
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Forwards it counts the days after a up to
 * and including b; backwards (b before a) the days from b up to but excluding a, negated.
 */
export function workingDaysBetween(
  a: IsoDate,
  b: IsoDate,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): number {
  assertIsoDate(a);
  assertIsoDate(b);
  const forwards = a <= b;
  const first = forwards ? addDays(a, 1) : b;
  const last = forwards ? b : addDays(a, -1);
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return forwards ? count : -count;
}
