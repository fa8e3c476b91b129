import {
  addDays,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoParts,
  isWeekend,
} from './iso-date';

describe('ISO dates', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2028, true],
    [2100, false],
    [2000, true],
  ])('isLeapYear(%i) is %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('daysInMonth(%i, %i) is %i', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });

  it.each([
    ['2026-01-15', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-15', false],
    ['15/01/2026', false],
    ['2026-01-15T00:00:00Z', false],
    [20260115, false],
    [null, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', 365, '2027-01-15'],
  ])('addDays(%s, %i) is %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('counts days between dates either way', () => {
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it.each([
    ['2026-01-01', 4, false],
    ['2026-01-10', 6, true],
    ['2026-02-22', 0, true],
    ['2026-04-27', 1, false],
  ])('%s is weekday %i (weekend: %s)', (iso, weekday, weekend) => {
    expect(dayOfWeek(iso)).toBe(weekday);
    expect(isWeekend(iso)).toBe(weekend);
  });

  it('rejects malformed dates and fractional day counts with a RangeError', () => {
    expect(() => isoParts('2026-02-30')).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});
