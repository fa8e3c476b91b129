import { secondsOf, vietnameseWait } from './lifetime';

describe('secondsOf', () => {
  it.each([
    ['30s', 30],
    ['15m', 900],
    ['12h', 43_200],
    ['14d', 1_209_600],
  ])('reads %s as %i seconds', (lifetime, seconds) => {
    expect(secondsOf(lifetime)).toBe(seconds);
  });

  it('refuses anything else', () => {
    expect(() => secondsOf('15 minutes')).toThrow(/Not a lifetime/);
  });
});

describe('vietnameseWait', () => {
  it.each([
    [0.2, '1 giây'],
    [42, '42 giây'],
    [60, '1 phút'],
    [61, '2 phút'],
    [900, '15 phút'],
    [3600, '1 giờ'],
    [5400, '1 giờ 30 phút'],
    [7199, '2 giờ'],
  ])('tells %f s as "%s"', (seconds, text) => {
    expect(vietnameseWait(seconds)).toBe(text);
  });
});
