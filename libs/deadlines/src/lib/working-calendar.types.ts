import type { CalendarYearStatus } from './calendar/calendar-year.types';
import type { NationalHolidayRules } from './calendar/national-rules';
import { IsoDate } from './iso-date';

/**
 * One year of the civil-service schedule as the working-day functions read it: every day off that
 * is not already a weekend (public holidays, Tết, substitute days) and the weekend days designated
 * as make-up working days. Weekend days may also be listed as holidays; it changes nothing and
 * keeps the official announcement readable ("nghỉ từ 14/02 đến hết 22/02").
 * workingCalendarOf builds these from CalendarYear data, which also names each day.
 */
export interface WorkingCalendarYear {
  holidays: IsoDate[];
  makeUpWorkingDays: IsoDate[];
  /** Absent means confirmed, as every year written before years had a status was. */
  status?: CalendarYearStatus;
}

/**
 * The working-day calendar as plain, serialisable data, keyed by year ("2026"). A year without an
 * entry is computed from the national rules (provisionalYear) and counts as provisional.
 */
export interface WorkingCalendar {
  years: Record<string, WorkingCalendarYear>;
  /** The rules for years without an entry; NATIONAL_RULES when absent. */
  rules?: NationalHolidayRules;
}
