import { vietnamDateOf } from './vietnam-date';

describe('vietnamDateOf', () => {
  it.each([
    ['2026-06-30T16:59:59.999Z', '2026-06-30'],
    ['2026-06-30T17:00:00.000Z', '2026-07-01'],
    ['2026-12-31T23:00:00+07:00', '2026-12-31'],
  ])('reads %s as %s in Vietnam', (instant, date) => {
    expect(vietnamDateOf(instant)).toBe(date);
    expect(vietnamDateOf(new Date(instant))).toBe(date);
  });

  it('gives null for an unreadable instant', () => {
    expect(vietnamDateOf('not a date')).toBeNull();
    expect(vietnamDateOf(new Date(Number.NaN))).toBeNull();
  });
});
