import { readAsOfDay } from './as-of-day';

// 08:00 on 1/4/2026 in Vietnam (UTC+7)
const NOW = new Date('2026-04-01T01:00:00.000Z');

describe('readAsOfDay', () => {
  it('reads a past day as its end in Vietnam time', () => {
    expect(readAsOfDay('2026-03-31', NOW)).toEqual({
      day: '2026-03-31',
      instant: '2026-03-31T16:59:59.999Z',
    });
  });

  it('reads today as now: the day has not ended yet', () => {
    expect(readAsOfDay('2026-04-01', NOW)).toEqual({ day: '2026-04-01', instant: NOW.toISOString() });
  });

  it.each([undefined, '', '31/03/2026', '2026-02-30', '2026-3-1', '2026-03-31T00:00:00Z'])(
    'refuses %p with a 400',
    (value) => {
      expect(() => readAsOfDay(value, NOW)).toThrow(expect.objectContaining({ statusCode: 400 }));
    },
  );

  it('refuses a day to come', () => {
    expect(() => readAsOfDay('2026-04-02', NOW)).toThrow(/không được sau hôm nay/);
  });
});
