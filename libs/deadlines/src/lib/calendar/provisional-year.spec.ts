import fc from 'fast-check';
import { CALENDAR_YEAR_2026 } from '../calendar-data';
import { isWeekend } from '../iso-date';
import { validateCalendarYear } from './calendar-year-validation';
import { DayOffKind } from './calendar-year.types';
import { provisionalYear } from './provisional-year';

const daysOffOf = (year: number, kinds?: DayOffKind[]) =>
  provisionalYear(year)
    .daysOff.filter((day) => !kinds || kinds.includes(day.kind))
    .map((day) => day.date);

/** The days a civil servant does not work that would otherwise be working days. */
const weekdaysOffOf = (year: number) => daysOffOf(year).filter((date) => !isWeekend(date));

describe('provisionalYear', () => {
  it('gives Tết 2027 (mùng 1 on Saturday) five working days off: the last day of the year, mùng 3–4 and two substitutes', () => {
    expect(daysOffOf(2027, ['tet'])).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    expect(daysOffOf(2027, ['substitute']).filter((date) => date < '2027-03-01')).toEqual([
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  it('gives Giỗ Tổ 2027 on Friday 16/04 with no substitute', () => {
    const year = provisionalYear(2027);
    expect(year.daysOff.filter((day) => day.date.startsWith('2027-04'))).toEqual([
      { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
      { date: '2027-04-30', name: 'Ngày Chiến thắng (30/4)', kind: 'holiday' },
    ]);
  });

  it.each([
    [
      2026,
      // Giỗ Tổ on Sunday 26/4 → Monday 27/4; Quốc khánh Wednesday with Tuesday 1/9.
      ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
      ['2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02'],
    ],
    [
      2027,
      // 1/5 on Saturday → Monday 3/5; Quốc khánh Thursday with Friday 3/9.
      ['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
      ['2027-04-16', '2027-04-30', '2027-05-03', '2027-09-02', '2027-09-03'],
    ],
    [
      2028,
      // 1/1 Saturday → 3/1; mùng 4 Saturday → 31/1; 30/4 Sunday → Tuesday 2/5 (Monday is 1/5);
      // 2/9 Saturday with Friday 1/9 and Monday 4/9.
      ['2028-01-03', '2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-31'],
      ['2028-04-04', '2028-05-01', '2028-05-02', '2028-09-01', '2028-09-04'],
    ],
    [
      2029,
      // 2/9 Sunday with Monday 3/9 and Tuesday 4/9.
      ['2029-01-01', '2029-02-12', '2029-02-13', '2029-02-14', '2029-02-15', '2029-02-16'],
      ['2029-04-23', '2029-04-30', '2029-05-01', '2029-09-03', '2029-09-04'],
    ],
    [
      2030,
      // Tết on Sunday 3/2: the last day (Saturday 2/2) and mùng 1 → Thursday 7/2 and Friday 8/2.
      ['2030-01-01', '2030-02-04', '2030-02-05', '2030-02-06', '2030-02-07', '2030-02-08'],
      ['2030-04-12', '2030-04-30', '2030-05-01', '2030-09-02', '2030-09-03'],
    ],
  ])('%i: eleven working days off', (year, firstHalf, secondHalf) => {
    expect(weekdaysOffOf(year)).toEqual([...firstHalf, ...secondHalf]);
  });

  it('names each substitute after its holiday', () => {
    expect(provisionalYear(2027).daysOff).toContainEqual({
      date: '2027-05-03',
      name: 'Nghỉ bù: Ngày Quốc tế Lao động (1/5) trùng thứ Bảy 01/05/2027',
      kind: 'substitute',
    });
  });

  it('matches the confirmed 2026 except the announced exchanges (bridge days and working Saturdays)', () => {
    const announced = CALENDAR_YEAR_2026.daysOff.filter((day) => day.kind !== 'bridge');
    expect(provisionalYear(2026).daysOff).toEqual(announced);
    expect(provisionalYear(2026).workingWeekends).toEqual([]);
    expect(provisionalYear(2026).status).toBe('provisional');
  });

  it('switches an optional holiday on from its first year and gives it a substitute on a weekend', () => {
    const rules = {
      optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam (24/11)', fromYear: 2027 }],
    };
    expect(weekdaysOffOf(2026)).toEqual(
      provisionalYear(2026, rules)
        .daysOff.filter((day) => !isWeekend(day.date))
        .map((day) => day.date),
    );
    expect(provisionalYear(2027, rules).daysOff).toContainEqual({
      date: '2027-11-24',
      name: 'Ngày Văn hóa Việt Nam (24/11)',
      kind: 'holiday',
    });
    // 24/11/2029 is a Saturday.
    expect(daysOffOf(2029).filter((date) => date >= '2029-11-01')).toEqual([]);
    expect(
      provisionalYear(2029, rules)
        .daysOff.filter((day) => day.date >= '2029-11-01')
        .map((day) => day.date),
    ).toEqual(['2029-11-24', '2029-11-26']);
  });

  it('always gives eleven working days off and a year that passes the admin validation', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2099 }), (year) => {
        const computed = provisionalYear(year);
        expect(computed.daysOff.filter((day) => !isWeekend(day.date))).toHaveLength(11);
        expect(validateCalendarYear(computed, year)).toEqual({ ok: true, calendarYear: computed });
      }),
    );
  });

  it('refuses a year the lunar rules do not cover', () => {
    expect(() => provisionalYear(2206)).toThrow(RangeError);
  });
});
