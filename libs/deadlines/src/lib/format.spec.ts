import { formatQuarter, formatViDate } from './format';

describe('formatting', () => {
  it.each([
    ['2026-01-05', '05/01/2026'],
    ['2028-02-29', '29/02/2028'],
    ['2026-12-31', '31/12/2026'],
  ])('formatViDate(%s) is %s', (iso, expected) => {
    expect(formatViDate(iso)).toBe(expected);
  });

  it.each([
    [1, 2026, 'Quý I/2026'],
    [2, 2026, 'Quý II/2026'],
    [3, 2027, 'Quý III/2027'],
    [4, 2026, 'Quý IV/2026'],
  ])('formatQuarter(%i, %i) is %s', (quarter, year, expected) => {
    expect(formatQuarter(quarter, year)).toBe(expected);
  });

  it.each([0, 5, 1.5])('refuses quarter %s', (quarter) => {
    expect(() => formatQuarter(quarter, 2026)).toThrow(RangeError);
  });

  it('refuses a malformed date', () => {
    expect(() => formatViDate('2026-02-30')).toThrow(RangeError);
  });
});
