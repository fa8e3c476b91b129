import { NO_TASKS } from './status';
import {
  dateInWords,
  documentNumberLine,
  excelDate,
  figuresSentence,
  formatDateVi,
  formatPercent,
  nfc,
  paragraphsOf,
  placeAndDateLine,
} from './vietnamese-text';

describe('dateInWords (Nghị định 30/2020: a 0 before days under 10 and months under 3)', () => {
  it.each([
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-28', 'ngày 28 tháng 02 năm 2026'],
    ['2026-03-09', 'ngày 09 tháng 3 năm 2026'],
    ['2026-12-14', 'ngày 14 tháng 12 năm 2026'],
  ])('%s is written %s', (date, words) => {
    expect(dateInWords(date, 2026)).toBe(words);
  });

  it('leaves the day and month blank when the report is not dated yet', () => {
    expect(placeAndDateLine('Hải Dương', null, 2027)).toBe(
      'Hải Dương, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2027',
    );
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => dateInWords('05/01/2026', 2026)).toThrow(RangeError);
  });
});

describe('document number, dates and shares', () => {
  it('writes the number before the ký hiệu, or leaves its place blank', () => {
    expect(documentNumberLine('45', 'BC-UBND')).toBe('Số: 45/BC-UBND');
    expect(documentNumberLine(null, 'BC-UBND')).toMatch(/^Số: \u00a0{12}\/BC-UBND$/);
  });

  it('formats dates dd/mm/yyyy and keeps the day when made an Excel date', () => {
    expect(formatDateVi('2026-03-01')).toBe('01/03/2026');
    expect(excelDate('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('writes shares with a decimal comma, and a share of nothing as 0%', () => {
    expect(formatPercent(1, 3)).toBe('33,3%');
    expect(formatPercent(0, 0)).toBe('0%');
  });
});

describe('figuresSentence', () => {
  it('says the total of the four categories and each share, and cancelled tasks apart', () => {
    const counts = { ...NO_TASKS, completed_on_time: 3, in_progress_overdue: 1, cancelled: 2 };
    expect(figuresSentence(counts)).toBe(
      'Tổng số 4 nhiệm vụ, trong đó: đã hoàn thành đúng hạn 3 nhiệm vụ (75%); đã hoàn thành quá hạn 0 nhiệm vụ (0%); ' +
        'chưa hoàn thành trong hạn 0 nhiệm vụ (0%); chưa hoàn thành quá hạn 1 nhiệm vụ (25%). ' +
        'Ngoài ra, 2 nhiệm vụ đã hủy, không thực hiện.',
    );
  });

  it('says nothing of cancelled tasks when there are none', () => {
    expect(figuresSentence({ ...NO_TASKS, in_progress_on_time: 2 })).not.toContain('hủy');
  });
});

describe('text going into a file', () => {
  it('is composed (NFC) and loses the characters XML cannot hold, keeping tabs, line breaks and emoji', () => {
    const pasted = 'Ho\u0302̀ so\u031b\u0301\u0007 đất\tđai\nxong 👍\uD800\uFFFF';
    expect(nfc(pasted)).toBe('Hồ sớ đất\tđai\nxong 👍');
  });

  it('splits compiled text on its line breaks into paragraphs, dropping empty lines', () => {
    expect(paragraphsOf(['Đoạn một.\r\n\nĐoạn hai.  ', '', 'Đoạn ba.'])).toEqual([
      'Đoạn một.',
      'Đoạn hai.',
      'Đoạn ba.',
    ]);
  });
});
