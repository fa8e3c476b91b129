import { CALENDAR_2026 } from './calendar-data';
import { mergeCalendars, validateCalendar } from './calendar-validation';
import { calendarOf } from './testing/factories';
import { isWorkingDay } from './working-calendar';

describe('validateCalendar', () => {
  it('accepts the 2026 calendar unchanged', () => {
    expect(validateCalendar(CALENDAR_2026)).toEqual({ ok: true, calendar: CALENDAR_2026 });
  });

  it('sorts and de-duplicates dates and defaults missing make-up days', () => {
    const input = { years: { '2027': { holidays: ['2027-09-02', '2027-01-01', '2027-09-02'] } } };
    expect(validateCalendar(input)).toEqual({
      ok: true,
      calendar: calendarOf({ '2027': { holidays: ['2027-01-01', '2027-09-02'], makeUpWorkingDays: [] } }),
    });
  });

  it('survives a JSON round trip', () => {
    expect(validateCalendar(JSON.parse(JSON.stringify(CALENDAR_2026)))).toEqual({
      ok: true,
      calendar: CALENDAR_2026,
    });
  });

  it.each([
    [null, 'calendar must be an object'],
    [{ years: [] }, 'calendar must be an object'],
    [{ years: { '26': { holidays: [] } } }, 'years: "26" is not a four-digit year'],
    [{ years: { '2027': 'none' } }, 'years.2027 must be an object'],
    [{ years: { '2027': { holidays: '2027-01-01' } } }, 'years.2027.holidays must be a list of dates'],
    [
      { years: { '2027': { holidays: ['01/01/2027'] } } },
      'years.2027.holidays[0] is not a date (YYYY-MM-DD): "01/01/2027"',
    ],
    [{ years: { '2027': { holidays: ['2026-01-01'] } } }, 'years.2027.holidays[0] 2026-01-01 is not in 2027'],
    [
      { years: { '2027': { holidays: [], makeUpWorkingDays: ['2027-01-04'] } } },
      'years.2027.makeUpWorkingDays: 2027-01-04 is not a Saturday or Sunday',
    ],
    [
      { years: { '2027': { holidays: ['2027-01-02'], makeUpWorkingDays: ['2027-01-02'] } } },
      'years.2027: 2027-01-02 is both a holiday and a make-up working day',
    ],
  ])('rejects %j', (input, error) => {
    const result = validateCalendar(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual(expect.stringContaining(error));
  });

  it('lists every problem at once', () => {
    const result = validateCalendar({ years: { '2027': { holidays: ['x', 'y'] }, abc: {} } });
    expect(result.ok ? [] : result.errors).toHaveLength(3);
  });
});

describe('mergeCalendars', () => {
  it('adds a year and lets a later calendar replace a whole year', () => {
    const edited2026 = calendarOf({ '2026': { holidays: ['2026-11-24'] } });
    const added2027 = calendarOf({ '2027': { holidays: ['2027-02-08'] } });
    const merged = mergeCalendars(CALENDAR_2026, edited2026, added2027);
    expect(Object.keys(merged.years).sort()).toEqual(['2026', '2027']);
    expect(isWorkingDay('2026-11-24', merged)).toBe(false);
    expect(isWorkingDay('2026-02-16', merged)).toBe(true);
    expect(isWorkingDay('2027-02-08', merged)).toBe(false);
  });

  it('copies rather than shares the inputs', () => {
    const merged = mergeCalendars(CALENDAR_2026);
    merged.years['2026'].holidays.push('2026-11-24');
    expect(CALENDAR_2026.years['2026'].holidays).not.toContain('2026-11-24');
  });
});

describe('calendars with year statuses and rules', () => {
  const rules = { optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2027 }] };

  it('keeps a provisional status and the rules through validation and a JSON round trip', () => {
    const calendar = {
      years: { '2027': { holidays: ['2027-01-01'], makeUpWorkingDays: [], status: 'provisional' as const } },
      rules,
    };
    expect(validateCalendar(JSON.parse(JSON.stringify(calendar)))).toEqual({ ok: true, calendar });
  });

  it.each([
    [
      { years: { '2027': { holidays: [], status: 'draft' } } },
      'years.2027.status must be "provisional" or "confirmed"',
    ],
    [{ years: {}, rules: {} }, 'rules: cần { optionalHolidays: [...] }'],
    [
      { years: {}, rules: { optionalHolidays: [{ month: 2, day: 30, name: 'x', fromYear: 2027 }] } },
      'rules.optionalHolidays[0]: ngày 30/2 không có trong năm',
    ],
    [
      { years: {}, rules: { optionalHolidays: [{ month: 11, day: 24, name: '', fromYear: 2027 }] } },
      'rules.optionalHolidays[0]: chưa có tên ngày lễ',
    ],
  ])('rejects %j', (input, error) => {
    const result = validateCalendar(input);
    expect(result.ok ? [] : result.errors).toEqual([error]);
  });

  it('merges statuses with their years and keeps the last rules given', () => {
    const provisional2027 = {
      years: { '2027': { holidays: [], makeUpWorkingDays: [], status: 'provisional' as const } },
    };
    const merged = mergeCalendars({ years: {}, rules }, provisional2027);
    expect(merged).toEqual({ ...provisional2027, rules });
  });
});
