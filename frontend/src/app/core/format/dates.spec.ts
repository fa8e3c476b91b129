import { formatDate, formatDateTime, parseDisplayDate } from './dates';

describe('formatDate', () => {
  it.each([
    ['a calendar date', '2026-01-15', '15/01/2026'],
    ['the last day of the year', '2026-12-31', '31/12/2026'],
    ['an instant still the same day in Vietnam', '2026-01-15T10:00:00Z', '15/01/2026'],
    ['an instant already the next day in Vietnam', '2026-01-15T18:30:00Z', '16/01/2026'],
    ['an instant with an offset', '2026-03-01T00:30:00+07:00', '01/03/2026'],
    ['nothing', null, ''],
    ['an empty string', '', ''],
    ['unreadable text, kept verbatim', 'Quý II/2026', 'Quý II/2026'],
  ])('formats %s', (_case, input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('formatDateTime', () => {
  it.each([
    ['morning UTC', '2026-01-15T02:05:00Z', '15/01/2026 09:05'],
    ['late evening UTC', '2026-01-15T23:59:00Z', '16/01/2026 06:59'],
    ['nothing', undefined, ''],
  ])('formats %s', (_case, input, expected) => {
    expect(formatDateTime(input)).toBe(expected);
  });
});

describe('parseDisplayDate', () => {
  it.each([
    ['15/01/2026', '2026-01-15'],
    ['5/1/2026', '2026-01-05'],
    [' 29/02/2028 ', '2028-02-29'],
    ['29/02/2026', null],
    ['31/04/2026', null],
    ['2026-01-15', null],
    ['15-01-2026', null],
    ['', null],
  ])('reads %p as %p', (input, expected) => {
    expect(parseDisplayDate(input)).toBe(expected);
  });

  it('round-trips with formatDate', () => {
    expect(formatDate(parseDisplayDate('07/08/2026'))).toBe('07/08/2026');
  });
});
