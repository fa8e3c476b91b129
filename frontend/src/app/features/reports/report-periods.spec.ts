import { periodChoices, periodKeyOf, readPeriodKey, vietnamToday } from './report-periods';

describe('report periods on the page', () => {
  it('names the periods of a year as the plans write them, and in English', () => {
    expect(periodChoices('quarterly', 2026, 'vi').map((p) => p.label)).toEqual([
      'Quý I/2026',
      'Quý II/2026',
      'Quý III/2026',
      'Quý IV/2026',
    ]);
    expect(periodChoices('half_yearly', 2026, 'vi').map((p) => p.key)).toEqual(['2026-H1', '2026-H2']);
    expect(periodChoices('yearly', 2027, 'en')).toEqual([{ key: '2027-Y', label: 'Year 2027' }]);
  });

  it('counts a day from the 15th toward the next month under Nghị định 09, not by the calendar', () => {
    expect(periodKeyOf('2026-03-14', 'quarterly', 'nd09')).toBe('2026-Q1');
    expect(periodKeyOf('2026-03-15', 'quarterly', 'nd09')).toBe('2026-Q2');
    expect(periodKeyOf('2026-03-15', 'quarterly', 'calendar')).toBe('2026-Q1');
    expect(periodKeyOf('2026-12-15', 'yearly', 'nd09')).toBe('2027-Y');
    expect(periodKeyOf('2026-06-20', 'half_yearly', 'nd09')).toBe('2026-H2');
  });

  it('takes today in Vietnam time, whatever the browser zone', () => {
    expect(vietnamToday(Date.parse('2026-03-14T17:30:00Z'))).toBe('2026-03-15');
  });

  it('reads the kind and year of the keys it offers only', () => {
    expect(readPeriodKey('2026-H2')).toEqual({ kind: 'half_yearly', year: 2026 });
    expect(readPeriodKey('2026-M03')).toBeNull();
  });
});
