import { IsoDate } from './iso-date';

/**
 * One year of the civil-service schedule: every day off that is not already a weekend
 * (public holidays, Tết, substitute days) and the weekend days designated as make-up working days.
 * Weekend days may also be listed as holidays; it changes nothing and keeps the official
 * announcement readable ("nghỉ từ 14/02 đến hết 22/02").
 */
export interface WorkingCalendarYear {
  holidays: IsoDate[];
  makeUpWorkingDays: IsoDate[];
}

/**
 * The working-day calendar as plain, serialisable data, keyed by year ("2026"), so an admin can
 * edit a year as JSON. Years without an entry fall back to weekends plus the fixed solar holidays.
 */
export interface WorkingCalendar {
  years: Record<string, WorkingCalendarYear>;
}
