import { CalendarYear } from './calendar/calendar-year.types';
import { toWorkingCalendarYear, workingCalendarOf } from './calendar/working-calendar-of';
import { WorkingCalendar, WorkingCalendarYear } from './working-calendar.types';

/**
 * Holidays on a fixed solar date (Bộ luật Lao động 2019, Điều 112): Tết Dương lịch, Ngày Chiến
 * thắng, Quốc tế Lao động and Quốc khánh. What a year is left with when the lunar rules cannot
 * compute it (see ruleYear).
 */
export const FIXED_SOLAR_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];

/**
 * 2026 for civil servants, as announced: 01/01–04/01 off with Saturday 10/01 worked in exchange;
 * Tết Bính Ngọ 14/02–22/02; Giỗ Tổ Hùng Vương (10/3 âm lịch falls on Sunday 26/4) observed on
 * Monday 27/4; 30/4–01/5; Quốc khánh 29/8–02/9 with Saturday 22/8 worked in exchange.
 * Weekend days inside those breaks are off anyway and are not listed.
 */
export const CALENDAR_YEAR_2026: CalendarYear = {
  year: 2026,
  status: 'confirmed',
  source: 'Lịch nghỉ lễ, Tết năm 2026 của cán bộ, công chức, viên chức (đã công bố)',
  daysOff: [
    { date: '2026-01-01', name: 'Tết Dương lịch (1/1)', kind: 'holiday' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', kind: 'bridge' },
    { date: '2026-02-16', name: 'Tết Nguyên đán (ngày cuối năm Âm lịch)', kind: 'tet' },
    { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1)', kind: 'tet' },
    { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2)', kind: 'tet' },
    { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3)', kind: 'tet' },
    { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4)', kind: 'tet' },
    { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
    {
      date: '2026-04-27',
      name: 'Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật 26/04/2026',
      kind: 'substitute',
    },
    { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday' },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)', kind: 'bridge' },
    { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
    { date: '2026-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday' },
  ],
  workingWeekends: [
    { date: '2026-01-10', reason: 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026' },
    { date: '2026-08-22', reason: 'Làm bù cho ngày nghỉ hoán đổi 31/08/2026' },
  ],
};

/** The years the application ships as confirmed; a new ward starts from them. */
export const SHIPPED_CALENDAR_YEARS: readonly CalendarYear[] = [CALENDAR_YEAR_2026];

export const CALENDAR_2026_YEAR: WorkingCalendarYear = toWorkingCalendarYear(CALENDAR_YEAR_2026);

/** 2026 as announced; every other year provisional from the national rules. */
export const CALENDAR_2026: WorkingCalendar = { years: { '2026': CALENDAR_2026_YEAR } };

/**
 * What a caller without a ward's calendar gets: the shipped years, and the national rules for the
 * rest (so Tết 2027 is off, marked provisional). The backend's calendar service builds each ward's
 * own with workingCalendarOf.
 */
export const DEFAULT_CALENDAR: WorkingCalendar = workingCalendarOf(SHIPPED_CALENDAR_YEARS);
