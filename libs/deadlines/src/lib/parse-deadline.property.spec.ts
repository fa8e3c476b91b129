import fc from 'fast-check';
import { dueDates } from './due-dates';
import { addDays, toIsoDate } from './iso-date';
import { parseDeadline } from './parse-deadline';

/** Pieces of real deadline text, so generated strings reach deep into the grammar, not just its first check. */
const FRAGMENTS = [
  'Trước ngày ',
  'Quý ',
  'I',
  'IV',
  'III,IV',
  '-',
  '–',
  '/',
  '2026',
  '2030',
  'năm ',
  'Năm ',
  'Cả năm',
  'Tháng ',
  '01',
  '13',
  '29/02',
  '15/6',
  ' và ',
  'hằng năm',
  'Hàng tháng',
  ', bắt đầu từ ',
  'Thường xuyên',
  ', từ năm ',
  ' đến ',
  'Sau khi có ',
  'Khi có ',
  'Theo yêu cầu của ',
  'Trong thời hạn ',
  '30',
  ' ngày',
  ' làm việc',
  ' kể từ ngày ',
  '(',
  ')',
  ';',
  '\n',
  '*',
  '.',
  ' ',
  'Giai đoạn ',
  'Chậm nhất ',
  'Ngay sau khi ',
];

const deadlineLike = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  deadlineLike,
  deadlineLike.map((text) => text.normalize('NFD')),
);
const isoDate = fc.integer({ min: 0, max: 366 * 12 }).map((offset) => addDays(toIsoDate(2020, 1, 1), offset));
const planYear = fc.option(fc.integer({ min: 1800, max: 3100 }), { nil: undefined });

describe('parseDeadline properties', () => {
  it('never throws and always keeps the original text', () => {
    fc.assert(
      fc.property(anyText, planYear, fc.boolean(), (text, year, inclusive) => {
        const deadline = parseDeadline(text, { year, beforeDateInclusive: inclusive });
        expect(deadline.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives very long strings', () => {
    const long = [
      'Quý I/2026 '.repeat(20_000),
      '-'.repeat(200_000) + 'x',
      'Trước ngày 15/6 và '.repeat(10_000) + '15/12 hằng năm',
      '('.repeat(50_000),
      '\u0301'.repeat(100_000),
    ];
    for (const text of long) expect(parseDeadline(text, { year: 2026 }).text).toBe(text);
  });

  it('reads the same text the same way whatever its Unicode form', () => {
    fc.assert(
      fc.property(deadlineLike, (text) => {
        const { text: _nfc, ...composed } = parseDeadline(text.normalize('NFC'), { year: 2026 });
        const { text: _nfd, ...decomposed } = parseDeadline(text.normalize('NFD'), { year: 2026 });
        expect(decomposed).toEqual(composed);
      }),
    );
  });

  it('lists due dates sorted, unique and inside the window', () => {
    fc.assert(
      fc.property(
        deadlineLike,
        isoDate,
        fc.integer({ min: 0, max: 3 * 366 }),
        isoDate,
        (text, from, length, trigger) => {
          const to = addDays(from, length);
          const dates = dueDates(parseDeadline(text, { year: 2026 }), { from, to }, { triggeredAt: trigger });
          expect(dates).toEqual([...new Set(dates)].sort());
          for (const date of dates) {
            expect(date >= from && date <= to).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
