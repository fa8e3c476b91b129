import { asOfOfParam, readAsOfInput, vietnamToday } from './as-of-day';

describe('as-of day', () => {
  it('reads a typed dd/mm/yyyy date, today or before', () => {
    expect(readAsOfInput('30/06/2026', '2026-07-10')).toEqual({ day: '2026-06-30' });
    expect(readAsOfInput(' 1/7/2026 ', '2026-07-10')).toEqual({ day: '2026-07-01' });
    expect(readAsOfInput('10/07/2026', '2026-07-10')).toEqual({ day: '2026-07-10' });
  });

  it('refuses what is not a real date, and a day to come', () => {
    expect(readAsOfInput('31/06/2026', '2026-07-10')).toEqual({ error: 'invalid' });
    expect(readAsOfInput('2026-06-30', '2026-07-10')).toEqual({ error: 'invalid' });
    expect(readAsOfInput('', '2026-07-10')).toEqual({ error: 'invalid' });
    expect(readAsOfInput('11/07/2026', '2026-07-10')).toEqual({ error: 'future' });
  });

  it('takes only a real ISO day from the address', () => {
    expect(asOfOfParam('2026-06-30')).toBe('2026-06-30');
    expect(asOfOfParam('2026-02-30')).toBeNull();
    expect(asOfOfParam('30/06/2026')).toBeNull();
    expect(asOfOfParam(null)).toBeNull();
  });

  it('counts today in Vietnam time', () => {
    expect(vietnamToday(new Date('2026-06-30T17:30:00Z'))).toBe('2026-07-01');
    expect(vietnamToday(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
  });
});
