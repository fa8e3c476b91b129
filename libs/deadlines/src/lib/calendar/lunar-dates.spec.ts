import { hungKingsDay, lunarNewYear } from './lunar-dates';

describe('lunar dates from lunar-javascript', () => {
  // Vietnam's calendar (UTC+7) for these years, as listed in TOOLCHAIN.md.
  it.each([
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    [2028, '2028-01-26', '2028-04-04'],
    [2029, '2029-02-13', '2029-04-23'],
    [2030, '2030-02-03', '2030-04-12'],
  ])('%i: Tết on %s, Giỗ Tổ on %s', (year, tet, hungKings) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hungKings);
  });

  it('takes Giỗ Tổ from the regular 3rd month in a year with a leap month', () => {
    // 2031 has a leap 3rd month (tháng 3 nhuận); the leap month's 10th day is 2031-05-01.
    expect(hungKingsDay(2031)).toBe('2031-04-01');
  });
});
