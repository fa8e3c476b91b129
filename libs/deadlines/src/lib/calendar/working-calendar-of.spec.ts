import fc from 'fast-check';
import { CALENDAR_YEAR_2026, DEFAULT_CALENDAR, SHIPPED_CALENDAR_YEARS } from '../calendar-data';
import { addDays, toIsoDate } from '../iso-date';
import { timeliness } from '../timeliness';
import {
  addWorkingDays,
  effectiveDue,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
} from '../working-calendar';
import { validateCalendarYear } from './calendar-year-validation';
import { CalendarYear } from './calendar-year.types';
import { provisionalYear } from './provisional-year';
import { withCalendarYear, workingCalendarOf } from './working-calendar-of';

/**
 * Tết 2027 as an announcement could give it (like 2024, when mùng 1 was also a Saturday): 28 Tết
 * to mùng 4, Thursday 04/02 to Tuesday 09/02, no substitute days after.
 */
const CONFIRMED_2027: CalendarYear = {
  ...provisionalYear(2027),
  status: 'confirmed',
  confirmedAt: '2026-11-20T02:00:00.000Z',
  confirmedBy: 'admin.phuong',
  source: 'Thông báo lịch nghỉ Tết Đinh Mùi 2027',
  daysOff: [
    ...provisionalYear(2027).daysOff.filter((day) => day.date < '2027-02-01' || day.date > '2027-02-28'),
    { date: '2027-02-04', name: 'Tết Nguyên đán (28 tháng Chạp)', kind: 'tet' },
    { date: '2027-02-05', name: 'Tết Nguyên đán (ngày cuối năm Âm lịch)', kind: 'tet' },
    { date: '2027-02-08', name: 'Tết Nguyên đán (mùng 3)', kind: 'tet' },
    { date: '2027-02-09', name: 'Tết Nguyên đán (mùng 4)', kind: 'tet' },
    { date: '2027-02-10', name: 'Tết Nguyên đán (mùng 5)', kind: 'tet' },
  ],
};

describe('workingCalendarOf', () => {
  const wardCalendar = workingCalendarOf(SHIPPED_CALENDAR_YEARS);

  it('answers from the stored years and computes the others from the rules', () => {
    expect(isWorkingDay('2026-01-02', wardCalendar)).toBe(false);
    expect(isWorkingDay('2026-01-10', wardCalendar)).toBe(true);
    expect(isWorkingDay('2027-02-10', wardCalendar)).toBe(false);
    expect(isWorkingDay('2027-02-12', wardCalendar)).toBe(true);
    expect(isProvisional('2026-12-31', wardCalendar)).toBe(false);
    expect(isProvisional('2027-01-01', wardCalendar)).toBe(true);
  });

  it('marks a year stored as provisional as provisional', () => {
    const calendar = workingCalendarOf([CALENDAR_YEAR_2026, provisionalYear(2027)]);
    expect(isProvisional('2027-03-01', calendar)).toBe(true);
    expect(isWorkingDay('2027-02-11', calendar)).toBe(false);
  });

  it('uses the rules it is given for the years it has no data for', () => {
    const rules = {
      optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2027 }],
    };
    expect(isWorkingDay('2027-11-24', wardCalendar)).toBe(true);
    expect(isWorkingDay('2027-11-24', workingCalendarOf(SHIPPED_CALENDAR_YEARS, rules))).toBe(false);
  });

  it('is given a confirmed 2027 that passes the admin validation', () => {
    expect(validateCalendarYear(CONFIRMED_2027, 2027)).toEqual({
      ok: true,
      calendarYear: {
        ...CONFIRMED_2027,
        daysOff: [...CONFIRMED_2027.daysOff].sort((a, b) => a.date.localeCompare(b.date)),
      },
    });
  });

  it('refuses two calendars for one year', () => {
    expect(() => workingCalendarOf([CALENDAR_YEAR_2026, CALENDAR_YEAR_2026])).toThrow(RangeError);
  });

  describe('confirming 2027 (replacing the provisional year)', () => {
    const confirmed = withCalendarYear(wardCalendar, CONFIRMED_2027);

    it('moves a due date computed across Tết 2027', () => {
      // Three working days after Monday 01/02: provisionally 02, 03 and 04/02; as confirmed,
      // with Tết from 04/02 to 10/02, 02, 03 and 11/02.
      expect(addWorkingDays('2027-02-01', 3, wardCalendar)).toBe('2027-02-04');
      expect(addWorkingDays('2027-02-01', 3, confirmed)).toBe('2027-02-11');
      expect(effectiveDue('2027-02-04', wardCalendar)).toBe('2027-02-04');
      expect(effectiveDue('2027-02-04', confirmed)).toBe('2027-02-11');
    });

    it('changes the timeliness of a task due on 04/02/2027 and handed in on 10/02', () => {
      const task = { due: '2027-02-04', doneAt: '2027-02-10', today: '2027-02-15' };
      expect(timeliness({ ...task, calendar: wardCalendar })).toBe('done_late');
      expect(timeliness({ ...task, calendar: confirmed })).toBe('done_on_time');
    });

    it('drops the provisional mark and leaves the other years alone', () => {
      expect(isProvisional('2027-02-04', confirmed)).toBe(false);
      expect(isProvisional('2028-02-04', confirmed)).toBe(true);
      expect(isWorkingDay('2026-01-02', confirmed)).toBe(false);
      expect(isProvisional('2027-02-04', wardCalendar)).toBe(true);
    });
  });

  it('steps n working days forward and counts n back, over 2026–2030 with Tết every year', () => {
    const dayIn2026To2030 = fc
      .integer({ min: 0, max: 5 * 365 })
      .map((offset) => addDays(toIsoDate(2026, 1, 1), offset));
    const calendars = [DEFAULT_CALENDAR, withCalendarYear(DEFAULT_CALENDAR, CONFIRMED_2027)];
    fc.assert(
      fc.property(
        dayIn2026To2030,
        fc.integer({ min: -60, max: 60 }),
        fc.constantFrom(...calendars),
        (start, n, cal) => {
          const stepped = addWorkingDays(start, n, cal);
          expect(workingDaysBetween(start, stepped, cal)).toBe(n);
          if (n !== 0) expect(isWorkingDay(stepped, cal)).toBe(true);
          expect(addWorkingDays(stepped, -n, cal)).toBe(
            n === 0 ? start : effectiveDueBackwards(start, n, cal),
          );
        },
      ),
    );
  });
});

/**
 * Stepping back lands on start when start is a working day; from a day off, forward steps leave
 * from it but backward steps arrive at the nearest working day on the side stepped from.
 */
function effectiveDueBackwards(start: string, n: number, calendar: typeof DEFAULT_CALENDAR): string {
  if (isWorkingDay(start, calendar)) return start;
  let day = start;
  const towards = n > 0 ? -1 : 1;
  while (!isWorkingDay(day, calendar)) day = addDays(day, towards);
  return day;
}
