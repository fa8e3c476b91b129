import { vietnamToday } from './vietnam-today';

describe('vietnamToday', () => {
  it('counts days in Vietnam (UTC+7)', () => {
    expect(vietnamToday(new Date('2026-03-05T16:59:59.999Z'))).toBe('2026-03-05');
    expect(vietnamToday(new Date('2026-03-05T17:00:00.000Z'))).toBe('2026-03-06');
  });
});
