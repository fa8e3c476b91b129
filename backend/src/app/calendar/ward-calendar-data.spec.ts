import { CALENDAR_YEAR_2026, type CalendarYear, isProvisional, isWorkingDay } from '@dondoc/deadlines';
import { wardCalendarYear, wardCalendarYears, wardWorkingCalendar } from './ward-calendar-data';

const edited2026: CalendarYear = {
  ...CALENDAR_YEAR_2026,
  daysOff: [...CALENDAR_YEAR_2026.daysOff, { date: '2026-06-30', name: 'Nghỉ của phường', kind: 'bridge' }],
};

describe('a ward calendar', () => {
  it('starts from the shipped years when the ward has stored none', () => {
    expect(wardCalendarYears([])).toEqual([CALENDAR_YEAR_2026]);
    const calendar = wardWorkingCalendar([], null);
    expect(isWorkingDay('2026-01-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true);
    expect(isProvisional('2026-06-30', calendar)).toBe(false);
  });

  it("uses the ward's own year instead of the shipped one, and the rules for the years it lacks", () => {
    expect(wardCalendarYears([edited2026])).toEqual([edited2026]);
    const calendar = wardWorkingCalendar([edited2026], null);
    expect(isWorkingDay('2026-06-30', calendar)).toBe(false);
    // Tết 2027 from the lunar calendar, provisional
    expect(isWorkingDay('2027-02-08', calendar)).toBe(false);
    expect(isProvisional('2027-02-08', calendar)).toBe(true);
  });

  it('lists stored and shipped years in order', () => {
    const stored2028: CalendarYear = { year: 2028, status: 'provisional', daysOff: [], workingWeekends: [] };
    expect(wardCalendarYears([stored2028]).map((year) => year.year)).toEqual([2026, 2028]);
  });

  it('gives a year it has no data for as the rules compute it, with the ward’s added holidays', () => {
    const rules = {
      optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2027 }],
    };
    const year = wardCalendarYear(2027, [], rules);
    expect(year.status).toBe('provisional');
    expect(year.daysOff.map((day) => day.date)).toContain('2027-11-24');
    expect(wardCalendarYear(2027, [], null).daysOff.map((day) => day.date)).not.toContain('2027-11-24');
    expect(isWorkingDay('2027-11-24', wardWorkingCalendar([], rules))).toBe(false);
    expect(isWorkingDay('2027-11-24', wardWorkingCalendar([], null))).toBe(true);
  });
});
