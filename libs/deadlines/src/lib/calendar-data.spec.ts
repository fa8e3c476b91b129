import { CALENDAR_2026, CALENDAR_YEAR_2026, DEFAULT_CALENDAR } from './calendar-data';
import { validateCalendarYear } from './calendar/calendar-year-validation';
import { addDays, isWeekend } from './iso-date';
import { isProvisional, isWorkingDay } from './working-calendar';
import { WorkingCalendar } from './working-calendar.types';

/** The 2026 calendar exactly as it shipped before years became data (commit 634d486). */
function shippedDayRange(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}
const SHIPPED_2026: WorkingCalendar = {
  years: {
    '2026': {
      holidays: [
        ...shippedDayRange('2026-01-01', '2026-01-04'),
        ...shippedDayRange('2026-02-14', '2026-02-22'),
        '2026-04-26',
        '2026-04-27',
        '2026-04-30',
        '2026-05-01',
        ...shippedDayRange('2026-08-29', '2026-09-02'),
      ],
      makeUpWorkingDays: ['2026-01-10', '2026-08-22'],
    },
  },
};

const EVERY_DAY_OF_2026 = shippedDayRange('2026-01-01', '2026-12-31');

describe('the confirmed 2026 calendar', () => {
  it('has the same working days as the calendar shipped before, on every day of 2026', () => {
    const differing = EVERY_DAY_OF_2026.filter(
      (day) => isWorkingDay(day, DEFAULT_CALENDAR) !== isWorkingDay(day, SHIPPED_2026),
    );
    expect(differing).toEqual([]);
    expect(EVERY_DAY_OF_2026.filter((day) => isWorkingDay(day, CALENDAR_2026))).toEqual(
      EVERY_DAY_OF_2026.filter((day) => isWorkingDay(day, SHIPPED_2026)),
    );
  });

  it('lists as days off exactly the shipped holidays that are not weekends, plus Giỗ Tổ on its Sunday', () => {
    const shippedWeekdaysOff = SHIPPED_2026.years['2026'].holidays.filter((day) => !isWeekend(day));
    expect(CALENDAR_YEAR_2026.daysOff.map((day) => day.date)).toEqual(
      [...shippedWeekdaysOff, '2026-04-26'].sort(),
    );
    expect(CALENDAR_YEAR_2026.workingWeekends.map((day) => day.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('is confirmed and passes the admin validation unchanged', () => {
    expect(CALENDAR_YEAR_2026.status).toBe('confirmed');
    expect(isProvisional('2026-02-17')).toBe(false);
    expect(validateCalendarYear(CALENDAR_YEAR_2026, 2026)).toEqual({
      ok: true,
      calendarYear: CALENDAR_YEAR_2026,
    });
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(CALENDAR_YEAR_2026))).toEqual(CALENDAR_YEAR_2026);
  });
});
