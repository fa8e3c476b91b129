import { addDays } from '@dondoc/deadlines';
import {
  endOfVietnamDay,
  PERIOD_KINDS,
  type PeriodBasis,
  periodByKey,
  periodOf,
  reportPeriods,
} from './report-periods';

type Row = [key: string, label: string, start: string, end: string];
const rows = (year: number, kind: Parameters<typeof reportPeriods>[1], basis: PeriodBasis): Row[] =>
  reportPeriods(year, kind, basis).map((p) => [p.key, p.label, p.start, p.end]);

describe('report periods under Nghị định 09/2019, Điều 12', () => {
  it('runs each month of 2026 and 2027 from the 15th of the month before to the 14th', () => {
    expect(rows(2026, 'monthly', 'nd09')).toEqual([
      ['2026-M01', 'Tháng 01/2026', '2025-12-15', '2026-01-14'],
      ['2026-M02', 'Tháng 02/2026', '2026-01-15', '2026-02-14'],
      ['2026-M03', 'Tháng 03/2026', '2026-02-15', '2026-03-14'],
      ['2026-M04', 'Tháng 04/2026', '2026-03-15', '2026-04-14'],
      ['2026-M05', 'Tháng 05/2026', '2026-04-15', '2026-05-14'],
      ['2026-M06', 'Tháng 06/2026', '2026-05-15', '2026-06-14'],
      ['2026-M07', 'Tháng 07/2026', '2026-06-15', '2026-07-14'],
      ['2026-M08', 'Tháng 08/2026', '2026-07-15', '2026-08-14'],
      ['2026-M09', 'Tháng 09/2026', '2026-08-15', '2026-09-14'],
      ['2026-M10', 'Tháng 10/2026', '2026-09-15', '2026-10-14'],
      ['2026-M11', 'Tháng 11/2026', '2026-10-15', '2026-11-14'],
      ['2026-M12', 'Tháng 12/2026', '2026-11-15', '2026-12-14'],
    ]);
    expect(rows(2027, 'monthly', 'nd09')).toEqual([
      ['2027-M01', 'Tháng 01/2027', '2026-12-15', '2027-01-14'],
      ['2027-M02', 'Tháng 02/2027', '2027-01-15', '2027-02-14'],
      ['2027-M03', 'Tháng 03/2027', '2027-02-15', '2027-03-14'],
      ['2027-M04', 'Tháng 04/2027', '2027-03-15', '2027-04-14'],
      ['2027-M05', 'Tháng 05/2027', '2027-04-15', '2027-05-14'],
      ['2027-M06', 'Tháng 06/2027', '2027-05-15', '2027-06-14'],
      ['2027-M07', 'Tháng 07/2027', '2027-06-15', '2027-07-14'],
      ['2027-M08', 'Tháng 08/2027', '2027-07-15', '2027-08-14'],
      ['2027-M09', 'Tháng 09/2027', '2027-08-15', '2027-09-14'],
      ['2027-M10', 'Tháng 10/2027', '2027-09-15', '2027-10-14'],
      ['2027-M11', 'Tháng 11/2027', '2027-10-15', '2027-11-14'],
      ['2027-M12', 'Tháng 12/2027', '2027-11-15', '2027-12-14'],
    ]);
  });

  it('runs each quarter from the 15th of the month before it to the 14th of its last month', () => {
    expect([...rows(2026, 'quarterly', 'nd09'), ...rows(2027, 'quarterly', 'nd09')]).toEqual([
      ['2026-Q1', 'Quý I/2026', '2025-12-15', '2026-03-14'],
      ['2026-Q2', 'Quý II/2026', '2026-03-15', '2026-06-14'],
      ['2026-Q3', 'Quý III/2026', '2026-06-15', '2026-09-14'],
      ['2026-Q4', 'Quý IV/2026', '2026-09-15', '2026-12-14'],
      ['2027-Q1', 'Quý I/2027', '2026-12-15', '2027-03-14'],
      ['2027-Q2', 'Quý II/2027', '2027-03-15', '2027-06-14'],
      ['2027-Q3', 'Quý III/2027', '2027-06-15', '2027-09-14'],
      ['2027-Q4', 'Quý IV/2027', '2027-09-15', '2027-12-14'],
    ]);
  });

  it('runs six months from 15/12 of the year before to 14/6, and the year from 15/12 to 14/12', () => {
    expect([...rows(2026, 'half_yearly', 'nd09'), ...rows(2027, 'half_yearly', 'nd09')]).toEqual([
      ['2026-H1', '6 tháng đầu năm 2026', '2025-12-15', '2026-06-14'],
      ['2026-H2', '6 tháng cuối năm 2026', '2026-06-15', '2026-12-14'],
      ['2027-H1', '6 tháng đầu năm 2027', '2026-12-15', '2027-06-14'],
      ['2027-H2', '6 tháng cuối năm 2027', '2027-06-15', '2027-12-14'],
    ]);
    expect([...rows(2026, 'yearly', 'nd09'), ...rows(2027, 'yearly', 'nd09')]).toEqual([
      ['2026-Y', 'Năm 2026', '2025-12-15', '2026-12-14'],
      ['2027-Y', 'Năm 2027', '2026-12-15', '2027-12-14'],
    ]);
  });

  it('cuts off at 23:59:59.999 Vietnam time of the last day, which is 16:59:59.999 UTC', () => {
    const q1 = periodByKey('2026-Q1', 'nd09');
    expect(q1).toMatchObject({ startsAt: '2025-12-14T17:00:00.000Z', cutOff: '2026-03-14T16:59:59.999Z' });
    expect(periodByKey('2027-Y', 'nd09')).toMatchObject({
      startsAt: '2026-12-14T17:00:00.000Z',
      cutOff: '2027-12-14T16:59:59.999Z',
    });
    expect(endOfVietnamDay('2026-06-14')).toBe('2026-06-14T16:59:59.999Z');
  });
});

describe('calendar report periods', () => {
  it('are whole calendar quarters, halves and years', () => {
    expect([...rows(2026, 'quarterly', 'calendar'), ...rows(2027, 'quarterly', 'calendar')]).toEqual([
      ['2026-Q1', 'Quý I/2026', '2026-01-01', '2026-03-31'],
      ['2026-Q2', 'Quý II/2026', '2026-04-01', '2026-06-30'],
      ['2026-Q3', 'Quý III/2026', '2026-07-01', '2026-09-30'],
      ['2026-Q4', 'Quý IV/2026', '2026-10-01', '2026-12-31'],
      ['2027-Q1', 'Quý I/2027', '2027-01-01', '2027-03-31'],
      ['2027-Q2', 'Quý II/2027', '2027-04-01', '2027-06-30'],
      ['2027-Q3', 'Quý III/2027', '2027-07-01', '2027-09-30'],
      ['2027-Q4', 'Quý IV/2027', '2027-10-01', '2027-12-31'],
    ]);
    expect(rows(2027, 'half_yearly', 'calendar')).toEqual([
      ['2027-H1', '6 tháng đầu năm 2027', '2027-01-01', '2027-06-30'],
      ['2027-H2', '6 tháng cuối năm 2027', '2027-07-01', '2027-12-31'],
    ]);
    expect(rows(2026, 'yearly', 'calendar')).toEqual([['2026-Y', 'Năm 2026', '2026-01-01', '2026-12-31']]);
  });

  it('end February on its last day and cut off at the end of that day in Vietnam', () => {
    expect(periodByKey('2026-M02', 'calendar')).toMatchObject({
      start: '2026-02-01',
      end: '2026-02-28',
      startsAt: '2026-01-31T17:00:00.000Z',
      cutOff: '2026-02-28T16:59:59.999Z',
    });
    expect(periodByKey('2028-M02', 'calendar')?.end).toBe('2028-02-29');
  });
});

describe.each<PeriodBasis>(['nd09', 'calendar'])('every %s period of 2026 and 2027', (basis) => {
  it.each(PERIOD_KINDS)('%s periods follow each other without gap or overlap', (kind) => {
    const periods = [...reportPeriods(2026, kind, basis), ...reportPeriods(2027, kind, basis)];
    periods.slice(1).forEach((period, i) => expect(period.start).toBe(addDays(periods[i].end, 1)));
    for (const period of periods) {
      expect(period.cutOff).toBe(`${period.end}T16:59:59.999Z`);
      expect(period.startsAt).toBe(`${addDays(period.start, -1)}T17:00:00.000Z`);
      expect(periodByKey(period.key, basis)).toEqual(period);
    }
  });

  it.each(PERIOD_KINDS)('every day of the two years lies in the %s period periodOf names', (kind) => {
    for (let day = '2026-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const period = periodOf(day, kind, basis);
      expect(period.start <= day && day <= period.end).toBe(true);
      expect(period.kind).toBe(kind);
    }
  });
});

describe('periodOf', () => {
  it('puts the 14th in the closing period and the 15th in the next one under nd09', () => {
    expect(periodOf('2026-03-14', 'quarterly', 'nd09').key).toBe('2026-Q1');
    expect(periodOf('2026-03-15', 'quarterly', 'nd09').key).toBe('2026-Q2');
    expect(periodOf('2026-12-14', 'yearly', 'nd09').key).toBe('2026-Y');
    expect(periodOf('2026-12-15', 'yearly', 'nd09').key).toBe('2027-Y');
    expect(periodOf('2026-12-31', 'monthly', 'nd09').key).toBe('2027-M01');
    expect(periodOf('2026-12-31', 'quarterly', 'calendar').key).toBe('2026-Q4');
  });

  it('refuses what is not a date or a key', () => {
    expect(() => periodOf('2026-02-30', 'monthly', 'nd09')).toThrow(RangeError);
    expect(periodByKey('2026-M13', 'nd09')).toBeNull();
    expect(periodByKey('2026-Q5', 'nd09')).toBeNull();
    expect(periodByKey('Quý I/2026', 'nd09')).toBeNull();
  });
});
