import { dayOfWeek } from '@dondoc/deadlines';
import { weeksOfYear } from './year-weeks';

describe('weeksOfYear', () => {
  it('starts on 1 January, cuts the first week at its Sunday and the last at 31 December', () => {
    const weeks = weeksOfYear(2026); // 1/1/2026 is a Thursday
    expect(weeks[0]).toEqual({ week: 1, start: '2026-01-01', end: '2026-01-04' });
    expect(weeks[1]).toEqual({ week: 2, start: '2026-01-05', end: '2026-01-11' });
    expect(weeks.at(-1)).toEqual({ week: 53, start: '2026-12-28', end: '2026-12-31' });
  });

  it('covers every day of the year once, each week after the first from a Monday', () => {
    for (const year of [2026, 2027, 2028]) {
      const weeks = weeksOfYear(year);
      let days = 0;
      for (const [index, week] of weeks.entries()) {
        if (index > 0) {
          expect(dayOfWeek(week.start)).toBe(1);
          expect(week.start > weeks[index - 1].end).toBe(true);
        }
        days += (Date.parse(week.end) - Date.parse(week.start)) / 86_400_000 + 1;
      }
      expect(days).toBe(year === 2028 ? 366 : 365);
    }
  });

  it('gives a year that opens on a Monday a full first week', () => {
    expect(weeksOfYear(2029)[0]).toEqual({ week: 1, start: '2029-01-01', end: '2029-01-07' });
  });
});
