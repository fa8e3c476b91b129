import fc from 'fast-check';
import { CALENDAR_2026, DEFAULT_CALENDAR } from './calendar-data';
import { addDays, toIsoDate } from './iso-date';
import { calendarOf } from './testing/factories';
import {
  addWorkingDays,
  effectiveDue,
  isProvisional,
  isWorkingDay,
  workingDaysBetween,
} from './working-calendar';

describe('working calendar', () => {
  describe('isWorkingDay in 2026', () => {
    it.each([
      ['2026-01-01', false, 'Tết Dương lịch'],
      ['2026-01-02', false, 'New Year bridge day'],
      ['2026-01-05', true, 'first Monday back'],
      ['2026-01-10', true, 'make-up Saturday'],
      ['2026-01-17', false, 'ordinary Saturday'],
      ['2026-02-13', true, 'Friday before Tết'],
      ['2026-02-16', false, 'Tết'],
      ['2026-02-20', false, 'Tết'],
      ['2026-02-23', true, 'back after Tết'],
      ['2026-04-27', false, 'Giỗ Tổ observed on Monday'],
      ['2026-04-28', true, 'ordinary Tuesday'],
      ['2026-04-30', false, 'Ngày Chiến thắng'],
      ['2026-05-01', false, 'Quốc tế Lao động'],
      ['2026-08-22', true, 'make-up Saturday'],
      ['2026-08-31', false, 'Quốc khánh bridge'],
      ['2026-09-01', false, 'Quốc khánh'],
      ['2026-09-02', false, 'Quốc khánh'],
      ['2026-09-03', true, 'back after Quốc khánh'],
    ])('%s is a working day: %s (%s)', (iso, expected) => {
      expect(isWorkingDay(iso, CALENDAR_2026)).toBe(expected);
    });
  });

  describe('a year without data follows the national rules (provisional 2027)', () => {
    it.each([
      ['2027-01-01', false, 'Tết Dương lịch'],
      ['2027-02-04', true, 'Thursday before Tết'],
      ['2027-02-05', false, 'last day of the lunar year'],
      ['2027-02-08', false, 'mùng 3'],
      ['2027-02-11', false, 'substitute for mùng 2 on Sunday'],
      ['2027-02-12', true, 'back after Tết'],
      ['2027-04-16', false, 'Giỗ Tổ Hùng Vương'],
      ['2027-04-30', false, 'Ngày Chiến thắng'],
      ['2027-05-03', false, 'substitute for 1/5 on Saturday'],
      ['2027-09-02', false, 'Quốc khánh'],
      ['2027-09-03', false, 'Quốc khánh adjacent day'],
      ['2027-09-06', true, 'back after Quốc khánh'],
    ])('%s is a working day: %s (%s)', (iso, expected) => {
      expect(isWorkingDay(iso, DEFAULT_CALENDAR)).toBe(expected);
      expect(isWorkingDay(iso, CALENDAR_2026)).toBe(expected);
    });
  });

  describe('isProvisional', () => {
    it('is false in a confirmed year and true in a year computed from the rules', () => {
      expect(isProvisional('2026-06-15', DEFAULT_CALENDAR)).toBe(false);
      expect(isProvisional('2027-06-15', DEFAULT_CALENDAR)).toBe(true);
      expect(isProvisional('2025-12-31', DEFAULT_CALENDAR)).toBe(true);
    });

    it('is true in a year stored as provisional', () => {
      const calendar = calendarOf({ '2027': {} });
      expect(isProvisional('2027-06-15', calendar)).toBe(false);
      calendar.years['2027'].status = 'provisional';
      expect(isProvisional('2027-06-15', calendar)).toBe(true);
    });
  });

  it('keeps weekends and fixed solar holidays in a year the lunar rules do not cover', () => {
    expect(isWorkingDay('2206-01-01')).toBe(false);
    expect(isWorkingDay('2206-01-02')).toBe(true);
    expect(isProvisional('2206-01-02')).toBe(true);
  });

  describe('effectiveDue moves a weekend or holiday to the next working day (BLDS 2015 Điều 148)', () => {
    it.each([
      ['2026-01-14', '2026-01-14', 'a working Wednesday stays'],
      ['2026-01-17', '2026-01-19', 'Saturday → Monday'],
      ['2026-01-01', '2026-01-05', 'New Year off 01–04/01'],
      ['2026-01-10', '2026-01-10', 'make-up Saturday is a working day'],
      ['2026-02-14', '2026-02-23', 'first day of Tết'],
      ['2026-02-22', '2026-02-23', 'last day of Tết'],
      ['2026-04-26', '2026-04-28', 'Giỗ Tổ Sunday, observed Monday'],
      ['2026-04-30', '2026-05-04', '30/4–1/5 then the weekend'],
      ['2026-05-01', '2026-05-04', '1/5 then the weekend'],
      ['2026-08-29', '2026-09-03', 'Quốc khánh break'],
      ['2026-09-02', '2026-09-03', 'Quốc khánh'],
      ['2026-12-31', '2026-12-31', 'Thursday 31/12'],
      ['2027-01-01', '2027-01-04', 'fallback year: Friday 01/01, then weekend'],
    ])('%s → %s (%s)', (nominal, expected) => {
      expect(effectiveDue(nominal, CALENDAR_2026)).toBe(expected);
    });

    it('crosses into the next year', () => {
      const calendar = calendarOf({ '2026': { holidays: ['2026-12-31'] } });
      expect(effectiveDue('2026-12-31', calendar)).toBe('2027-01-04');
    });

    it('stops with an error on a calendar without any working day instead of hanging', () => {
      const yearOff = (year: number) => ({
        holidays: Array.from({ length: 365 }, (_, index) => addDays(toIsoDate(year, 1, 1), index)),
      });
      const allOff = calendarOf({ '2026': yearOff(2026), '2027': yearOff(2027), '2028': yearOff(2028) });
      expect(() => effectiveDue('2026-01-01', allOff)).toThrow(RangeError);
    });
  });

  describe('addWorkingDays counts from the day after (Điều 147)', () => {
    it.each([
      ['2026-01-14', 0, '2026-01-14'],
      ['2026-01-14', 1, '2026-01-15'],
      ['2026-01-16', 1, '2026-01-19'],
      ['2026-01-09', 1, '2026-01-10'],
      ['2026-02-12', 2, '2026-02-23'],
      ['2026-04-24', 1, '2026-04-28'],
      ['2026-04-29', 1, '2026-05-04'],
      ['2026-08-21', 1, '2026-08-22'],
      ['2026-08-28', 1, '2026-09-03'],
      ['2026-01-05', -1, '2025-12-31'],
      ['2026-02-23', -1, '2026-02-13'],
    ])('addWorkingDays(%s, %i) is %s', (iso, n, expected) => {
      expect(addWorkingDays(iso, n, CALENDAR_2026)).toBe(expected);
    });

    it('counts 30 working days over Tết', () => {
      // 03/02–13/02 gives 9 working days, Tết adds none, then four full weeks from 23/02 give 20
      // and the 30th is Monday 23/03.
      expect(addWorkingDays('2026-02-02', 30, CALENDAR_2026)).toBe('2026-03-23');
    });
  });

  describe('workingDaysBetween', () => {
    it.each([
      ['2026-01-14', '2026-01-14', 0],
      ['2026-01-14', '2026-01-15', 1],
      ['2026-01-16', '2026-01-19', 1],
      ['2026-02-13', '2026-02-23', 1],
      ['2026-02-23', '2026-02-13', -1],
      ['2026-08-21', '2026-08-24', 2],
      ['2026-01-01', '2026-01-31', 21],
    ])('from %s to %s is %i', (a, b, expected) => {
      expect(workingDaysBetween(a, b, CALENDAR_2026)).toBe(expected);
    });

    it('is the inverse of addWorkingDays', () => {
      const isoIn2026 = fc
        .integer({ min: 0, max: 364 })
        .map((offset) => addDays(toIsoDate(2026, 1, 1), offset));
      fc.assert(
        fc.property(isoIn2026, fc.integer({ min: -40, max: 40 }), (start, n) => {
          expect(workingDaysBetween(start, addWorkingDays(start, n, CALENDAR_2026), CALENDAR_2026)).toBe(n);
        }),
      );
    });
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => addWorkingDays('not a date', 0)).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-01-01', '2026/01/02')).toThrow(RangeError);
  });
});
