import { isIsoDate, periodLabelOf, periodStartOf, vietnamDateOf } from './dates';

describe('isIsoDate', () => {
  it.each([
    ['2026-01-15', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['15/01/2026', false],
    ['2026-01-15T00:00:00Z', false],
    [20260115, false],
    [null, false],
  ])('%p → %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('vietnamDateOf', () => {
  it.each([
    ['2026-03-01T16:59:59Z', '2026-03-01'],
    ['2026-03-01T17:00:00Z', '2026-03-02'],
    ['2026-03-02T06:00:00+07:00', '2026-03-02'],
    ['not a date', null],
  ])('%s is %p in Vietnam', (now, expected) => {
    expect(vietnamDateOf(now)).toBe(expected);
  });
});

describe('periods', () => {
  it.each([
    ['2026-05-20', 'month', '2026-05-01', 'Tháng 05/2026'],
    ['2026-05-20', 'quarter', '2026-04-01', 'Quý II/2026'],
    ['2026-12-31', 'quarter', '2026-10-01', 'Quý IV/2026'],
    ['2026-05-20', 'half_year', '2026-01-01', '6 tháng đầu năm 2026'],
    ['2026-07-01', 'half_year', '2026-07-01', '6 tháng cuối năm 2026'],
    ['2026-07-01', 'year', '2026-01-01', 'Năm 2026'],
  ] as const)('%s by %s starts %s and reads %s', (date, period, start, label) => {
    expect(periodStartOf(date, period)).toBe(start);
    expect(periodLabelOf(date, period)).toBe(label);
  });
});
