import { Deadline, ParseDeadlineContext } from './deadline.types';
import { parseDeadline } from './parse-deadline';
import {
  dueBefore,
  dueOn,
  months,
  ongoing,
  period,
  quarters,
  recurring,
  triggered,
  unparsed,
  wholeYear,
} from './testing/factories';

type Row = [text: string, expected: Omit<Deadline, 'text'>];

const PLAN_2026: ParseDeadlineContext = { year: 2026 };
const INCLUSIVE_2026: ParseDeadlineContext = { year: 2026, beforeDateInclusive: true };

function expectReadings(rows: Row[], context: ParseDeadlineContext | undefined = PLAN_2026) {
  it.each(rows)('reads %j', (text, expected) => {
    expect(parseDeadline(text, context)).toEqual({ ...expected, text });
  });
}

describe('parseDeadline', () => {
  describe('"Trước ngày D": literal by default, inclusive as a plan setting', () => {
    it.each([
      ['Trước ngày 15/01/2026', PLAN_2026, dueBefore('2026-01-15')],
      ['Trước ngày 15/01/2026', INCLUSIVE_2026, { ...dueOn('2026-01-15') }],
      ['Trước 10/5/2026', INCLUSIVE_2026, dueOn('2026-05-10')],
      ['Trước ngày 01/01/2027', PLAN_2026, dueBefore('2027-01-01')],
      ['Trước ngày 01/03/2028', PLAN_2026, dueBefore('2028-03-01')],
      ['Trước ngày 15/6', PLAN_2026, dueBefore('2026-06-15')],
      ['Trước ngày 15 tháng 6 năm 2026', PLAN_2026, dueBefore('2026-06-15')],
      ['Trước tháng 6/2026', PLAN_2026, dueBefore('2026-06-01')],
      ['Chậm nhất ngày 30/6/2026', PLAN_2026, dueOn('2026-06-30')],
      ['Hạn chót: 31.12.2026', PLAN_2026, dueOn('2026-12-31')],
      ['Đến hết quý II/2026', PLAN_2026, dueOn('2026-06-30')],
      ['Ngày 20/11/2026', PLAN_2026, dueOn('2026-11-20')],
      ['15/01/2026', PLAN_2026, dueOn('2026-01-15')],
    ] as const)('reads %j with %j', (text, context, expected) => {
      expect(parseDeadline(text, context)).toEqual({ ...expected, text });
    });

    it('keeps the literal due date one day before the stated date, across a leap day', () => {
      expect(parseDeadline('Trước ngày 01/03/2028')).toMatchObject({
        due: '2028-02-29',
        stated: '2028-03-01',
      });
      expect(parseDeadline('Trước ngày 01/03/2027')).toMatchObject({
        due: '2027-02-28',
        stated: '2027-03-01',
      });
    });
  });

  describe('periods', () => {
    expectReadings([
      ['Quý II/2026', quarters(2, 2, 2026)],
      ['Quý 2/2026', quarters(2, 2, 2026)],
      ['Quý I năm 2026', quarters(1, 1, 2026)],
      ['Quý I', quarters(1, 1, 2026)],
      ['Quý III và IV năm 2026', quarters(3, 4, 2026)],
      ['Quý I đến quý III/2026', quarters(1, 3, 2026)],
      ['Cả năm 2026', wholeYear(2026)],
      ['Trong năm 2026', wholeYear(2026)],
      ['Tháng 01/2026', months(1, 1, 2026)],
      ['Tháng 02/2028', months(2, 2, 2028)],
      ['Tháng 02 năm 2026', months(2, 2, 2026)],
      ['Tháng 1-5/2026', months(1, 5, 2026)],
      ['Từ tháng 01/2026 đến tháng 5/2026', months(1, 5, 2026)],
      ['Tháng 1 đến tháng 5 năm 2026', months(1, 5, 2026)],
      ['Tháng 12 đến tháng 3/2027', period('2026-12-01', '2027-03-31')],
      ['2026-2030', period('2026-01-01', '2030-12-31')],
      ['Giai đoạn 2026 - 2030', period('2026-01-01', '2030-12-31')],
      ['Năm 2026 đến tháng 6/2027', period('2026-01-01', '2027-06-30')],
      ['6 tháng đầu năm 2026', period('2026-01-01', '2026-06-30')],
      ['6 tháng cuối năm', period('2026-07-01', '2026-12-31')],
      ['Từ ngày 01/3/2026 đến ngày 30/6/2026', period('2026-03-01', '2026-06-30')],
      ['Vào quý II/2026', quarters(2, 2, 2026)],
      ['Thời hạn: Quý III/2026', quarters(3, 3, 2026)],
      ['Từ tháng 3/2026', ongoing({ from: '2026-03-01' })],
    ]);
  });

  describe('recurrences', () => {
    expectReadings([
      ['Hằng năm, bắt đầu từ 2026', recurring('yearly', { startYear: 2026 })],
      ['Hàng năm', recurring('yearly', { startYear: 2026 })],
      ['Hằng năm từ năm 2027 đến năm 2030', recurring('yearly', { startYear: 2027, endYear: 2030 })],
      ['Hằng năm, giai đoạn 2026-2030', recurring('yearly', { startYear: 2026, endYear: 2030 })],
      [
        'Trước ngày 15/6 và 15/12 hằng năm',
        recurring('half_yearly', {
          startYear: 2026,
          dayBefore: true,
          anchors: [
            { month: 6, day: 15 },
            { month: 12, day: 15 },
          ],
        }),
      ],
      [
        'Trước ngày 15/12 hằng năm',
        recurring('yearly', { startYear: 2026, dayBefore: true, anchors: [{ month: 12, day: 15 }] }),
      ],
      [
        'Hằng năm, chậm nhất ngày 20/12',
        recurring('yearly', { startYear: 2026, anchors: [{ month: 12, day: 20 }] }),
      ],
      ['Hằng quý', recurring('quarterly', { startYear: 2026 })],
      ['Định kỳ 6 tháng', recurring('half_yearly', { startYear: 2026 })],
      ['6 tháng một lần', recurring('half_yearly', { startYear: 2026 })],
      ['Hàng tháng', recurring('monthly', { startYear: 2026 })],
      [
        'Ngày 25 hằng tháng',
        recurring('monthly', {
          startYear: 2026,
          anchors: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => ({ month, day: 25 })),
        }),
      ],
      ['Trước ngày 31/02 hằng năm', unparsed('invalid_date')],
      ['Hằng năm từ 2030 đến 2026', unparsed('invalid_date')],
    ]);

    it('reads "Trước ngày 15/6 và 15/12 hằng năm" inclusively when the plan says so', () => {
      expect(parseDeadline('Trước ngày 15/6 và 15/12 hằng năm', INCLUSIVE_2026)).toMatchObject({
        dayBefore: false,
      });
    });

    it('has no start year when neither the text nor the plan gives one', () => {
      expect(parseDeadline('Hằng quý')).toEqual({ ...recurring('quarterly'), text: 'Hằng quý' });
    });
  });

  describe('ongoing work', () => {
    expectReadings([
      ['Thường xuyên', ongoing()],
      ['Thường xuyên, từ năm 2026', ongoing({ from: '2026-01-01' })],
      ['Thường xuyên từ năm 2026', ongoing({ from: '2026-01-01' })],
      ['Thường xuyên đến hết năm 2030', ongoing({ until: '2030-12-31' })],
      ['Thường xuyên, từ năm 2026 đến năm 2030', ongoing({ from: '2026-01-01', until: '2030-12-31' })],
      ['Liên tục trong năm 2026', ongoing({ from: '2026-01-01', until: '2026-12-31' })],
      ['Thực hiện thường xuyên', ongoing()],
    ]);
  });

  describe('triggers', () => {
    expectReadings([
      [
        'Trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra',
        triggered('counted_from', 'nhận được kết luận kiểm tra', { days: 30 }),
      ],
      [
        'Trong thời hạn 30 ngày làm việc kể từ ngày nhận được kết luận kiểm tra',
        triggered('counted_from', 'nhận được kết luận kiểm tra', { days: 30, workingDays: true }),
      ],
      ['15 ngày kể từ khi có quyết định', triggered('counted_from', 'quyết định', { days: 15 })],
      [
        'Chậm nhất 10 ngày làm việc sau khi kết thúc đợt kiểm tra',
        triggered('counted_from', 'kết thúc đợt kiểm tra', { days: 10, workingDays: true }),
      ],
      ['Sau khi có hướng dẫn của Sở Nội vụ', triggered('after', 'hướng dẫn của Sở Nội vụ')],
      ['Sau khi Đề án được phê duyệt', triggered('after', 'Đề án được phê duyệt')],
      ['Khi có văn bản triển khai', triggered('when', 'văn bản triển khai')],
      ['Khi cơ quan cấp trên yêu cầu', triggered('when', 'cơ quan cấp trên yêu cầu')],
      ['Kể từ ngày Quyết định có hiệu lực', triggered('counted_from', 'Quyết định có hiệu lực')],
      ['Theo yêu cầu của thành phố', triggered('according_to', 'yêu cầu của thành phố')],
      [
        'Theo yêu cầu của thành phố (nếu có)',
        { ...triggered('according_to', 'yêu cầu của thành phố'), note: 'nếu có' },
      ],
      ['Ngay sau khi ban hành văn bản QPPL', triggered('after', 'ban hành văn bản QPPL', { days: 0 })],
      ['Triển khai sau khi có hướng dẫn của tỉnh.', triggered('after', 'hướng dẫn của tỉnh')],
    ]);
  });

  describe('mixed cells keep their best reading and note the rest', () => {
    expectReadings([
      [
        'Quý I năm 2026\n(Sau khi có Kế hoạch của tỉnh)',
        quarters(1, 1, 2026, 'Sau khi có Kế hoạch của tỉnh'),
      ],
      ['Quý I năm 2026 (Sau khi có Kế hoạch của tỉnh)', quarters(1, 1, 2026, 'Sau khi có Kế hoạch của tỉnh')],
      [
        'Sau khi có hướng dẫn; chậm nhất ngày 30/6/2026',
        { ...dueOn('2026-06-30'), note: 'Sau khi có hướng dẫn' },
      ],
      ['Thường xuyên\n(báo cáo hằng quý)', recurring('quarterly', { startYear: 2026, note: 'Thường xuyên' })],
      [
        'Theo dõi thường xuyên; Đôn đốc tiến độ hàng tháng',
        recurring('monthly', { startYear: 2026, note: 'Theo dõi thường xuyên' }),
      ],
    ]);
  });

  describe('messy writing', () => {
    expectReadings([
      ['Quý I/2026*.', quarters(1, 1, 2026)],
      ['  Quý   II /  2026  ', quarters(2, 2, 2026)],
      ['Tháng 11 /2026', months(11, 11, 2026)],
      ['- Quý IV/2026;', quarters(4, 4, 2026)],
      ['Quý I–IV năm 2026', quarters(1, 4, 2026)],
      ['Quý I — IV năm 2026', quarters(1, 4, 2026)],
      ['Giai đoạn 2026 – 2030', period('2026-01-01', '2030-12-31')],
      ['QUÝ II/2026', quarters(2, 2, 2026)],
      ['Truoc ngay 15/01/2026', dueBefore('2026-01-15')],
      ['Quy III,IV/2026', quarters(3, 4, 2026)],
      ['Hang nam, bat dau tu 2026', recurring('yearly', { startYear: 2026 })],
      ['Thuong xuyen, tu nam 2026', ongoing({ from: '2026-01-01' })],
      ['Hằng năm, bắt đầu\ntừ 2026', recurring('yearly', { startYear: 2026 })],
      ['Tháng 01/2026\nđến tháng 5/2026', months(1, 5, 2026)],
      ['Sau khi có hướng dẫn\ncủa thành phố', triggered('after', 'hướng dẫn\ncủa thành phố')],
    ]);

    it.each([
      ['Quý II/2026', quarters(2, 2, 2026)],
      ['Trước ngày 15/01/2026', dueBefore('2026-01-15')],
      ['Hằng năm, bắt đầu từ 2026', recurring('yearly', { startYear: 2026 })],
      ['Sau khi có hướng dẫn của Sở', triggered('after', 'hướng dẫn của Sở')],
    ])('reads %j decomposed (NFD) like the composed text', (text, expected) => {
      const decomposed = text.normalize('NFD');
      expect(decomposed).not.toBe(text);
      expect(parseDeadline(decomposed, PLAN_2026)).toEqual({ ...expected, text: decomposed });
    });
  });

  describe('what stays for a person to set', () => {
    it.each([
      ['', 'empty'],
      ['   \n ', 'empty'],
      ['*.', 'empty'],
      ['Theo dự toán được cấp', 'unrecognised'],
      ['Không', 'unrecognised'],
      ['Quý V/2026', 'unrecognised'],
      ['Trước ngày 30/02/2026', 'invalid_date'],
      ['Trước ngày 29/02/2027', 'invalid_date'],
      ['Tháng 13/2026', 'invalid_date'],
      ['Quý III-I/2026', 'invalid_date'],
      ['2030-2026', 'invalid_date'],
      ['Năm 0001', 'invalid_date'],
      ['Qu\u0443\u0301 II/2026', 'unrecognised'],
    ])('%j is unparsed (%s)', (text, reason) => {
      expect(parseDeadline(text, PLAN_2026)).toEqual({ kind: 'unparsed', reason, text });
    });

    it.each(['Cả năm', 'Quý I', 'Trước ngày 15/6', 'Tháng 3'])('%j needs the plan year', (text) => {
      expect(parseDeadline(text)).toEqual({ kind: 'unparsed', reason: 'missing_year', text });
      expect(parseDeadline(text, { year: 2026 }).kind).not.toBe('unparsed');
    });

    it('ignores a plan year that is not a plausible year', () => {
      expect(parseDeadline('Cả năm', { year: Number.NaN })).toMatchObject({
        kind: 'unparsed',
        reason: 'missing_year',
      });
      expect(parseDeadline('Cả năm', { year: 20.5 })).toMatchObject({
        kind: 'unparsed',
        reason: 'missing_year',
      });
    });

    it('accepts a leap day in a leap year only', () => {
      expect(parseDeadline('Ngày 29/02/2028')).toMatchObject({ kind: 'date', due: '2028-02-29' });
      expect(parseDeadline('Ngày 29/02/2026')).toMatchObject({ kind: 'unparsed', reason: 'invalid_date' });
    });
  });
});
