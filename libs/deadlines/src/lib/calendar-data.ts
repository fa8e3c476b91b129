import { addDays, IsoDate } from './iso-date';
import { WorkingCalendar, WorkingCalendarYear } from './working-calendar.types';

/**
 * Holidays on a fixed solar date (Bộ luật Lao động 2019, Điều 112): Tết Dương lịch, Ngày Chiến
 * thắng, Quốc tế Lao động and Quốc khánh. The lunar ones (Tết, Giỗ Tổ) move every year, so a year
 * without calendar data only knows these.
 */
export const FIXED_SOLAR_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];

function dayRange(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * 2026 for civil servants, as announced: 01/01–04/01 off with Saturday 10/01 worked in exchange;
 * Tết Bính Ngọ 14/02–22/02; Giỗ Tổ Hùng Vương (10/3 âm lịch falls on Sunday 26/4) observed on
 * Monday 27/4; 30/4–01/5; Quốc khánh 29/8–02/9 with Saturday 22/8 worked in exchange.
 */
export const CALENDAR_2026_YEAR: WorkingCalendarYear = {
  holidays: [
    ...dayRange('2026-01-01', '2026-01-04'),
    ...dayRange('2026-02-14', '2026-02-22'),
    '2026-04-26',
    '2026-04-27',
    '2026-04-30',
    '2026-05-01',
    ...dayRange('2026-08-29', '2026-09-02'),
  ],
  makeUpWorkingDays: ['2026-01-10', '2026-08-22'],
};

export const CALENDAR_2026: WorkingCalendar = { years: { '2026': CALENDAR_2026_YEAR } };

/** What the application starts with; admins extend it year by year (see mergeCalendars). */
export const DEFAULT_CALENDAR: WorkingCalendar = CALENDAR_2026;
