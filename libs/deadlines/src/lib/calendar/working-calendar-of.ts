import { WorkingCalendar, WorkingCalendarYear } from '../working-calendar.types';
import { CalendarYear } from './calendar-year.types';
import { NationalHolidayRules } from './national-rules';

/** The lookup form of a year: its days off and working weekends as sorted date lists. */
export function toWorkingCalendarYear(calendarYear: CalendarYear): WorkingCalendarYear {
  const sortedDates = (entries: { date: string }[]) =>
    [...new Set(entries.map((entry) => entry.date))].sort();
  return {
    holidays: sortedDates(calendarYear.daysOff),
    makeUpWorkingDays: sortedDates(calendarYear.workingWeekends),
    ...(calendarYear.status === 'provisional' && { status: 'provisional' as const }),
  };
}

/**
 * The calendar of a ward: its stored years (confirmed or still provisional), and the national
 * rules for every year it has none of. Years are expected validated (validateCalendarYear); two
 * entries for one year are a caller's bug and throw, since neither can be preferred silently.
 */
export function workingCalendarOf(
  calendarYears: readonly CalendarYear[],
  rules?: NationalHolidayRules,
): WorkingCalendar {
  const years: Record<string, WorkingCalendarYear> = {};
  for (const calendarYear of calendarYears) {
    const key = String(calendarYear.year);
    if (years[key]) throw new RangeError(`Two calendars for year ${key}`);
    years[key] = toWorkingCalendarYear(calendarYear);
  }
  return rules ? { years, rules } : { years };
}

/** The same calendar with one year replaced, as when an admin confirms or edits that year. */
export function withCalendarYear(calendar: WorkingCalendar, calendarYear: CalendarYear): WorkingCalendar {
  return {
    ...calendar,
    years: { ...calendar.years, [String(calendarYear.year)]: toWorkingCalendarYear(calendarYear) },
  };
}
