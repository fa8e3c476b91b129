/**
 * Every distinct deadline text in the three real ward plans (/work/shared/seeds), each with its
 * reading written out by hand. The plans are for 2026, so the plan year is 2026.
 */
import { Deadline } from './deadline.types';
import { parseDeadline } from './parse-deadline';
import {
  dueBefore,
  months,
  ongoing,
  period,
  quarters,
  recurring,
  triggered,
  wholeYear,
} from './testing/factories';
import {
  BAC_HONG_LINH_DEADLINE_CELLS,
  HAI_DUONG_DEADLINE_CELLS,
  NHI_CHIEU_DEADLINE_CELLS,
} from './testing/seed-deadline-cells';

type Row = [text: string, expected: Omit<Deadline, 'text'>];

const PLAN_YEAR = { year: 2026 };

// Phường Hải Dương, column 5 "Thời gian thực hiện/ hoàn thành".
const HAI_DUONG: Row[] = [
  ['Trước ngày 15/01/2026', dueBefore('2026-01-15')],
  ['Theo yêu cầu của thành phố', triggered('according_to', 'yêu cầu của thành phố')],
  ['Cả năm 2026', wholeYear(2026)],
  ['Quý I/2026', quarters(1, 1, 2026)],
  ['Quý III,IV/2026', quarters(3, 4, 2026)],
  ['Tháng 11 /2026', months(11, 11, 2026)],
  ['Cả năm', wholeYear(2026)],
  ['Theo chỉ đạo của thành phố', triggered('according_to', 'chỉ đạo của thành phố')],
  ['Quý I năm 2026', quarters(1, 1, 2026)],
  ['Thường xuyên', ongoing()],
  ['Tháng 01/2026 đến tháng 5/2026', months(1, 5, 2026)],
  ['Khi có văn bản triển khai', triggered('when', 'văn bản triển khai')],
  ['Khi có hướng dẫn của thành phố', triggered('when', 'hướng dẫn của thành phố')],
];

// Phường Nhị Chiểu, column 6 "Thời hạn" (row 17's cell continues after a page break).
const NHI_CHIEU: Row[] = [
  ['Trước 10/5/2026', dueBefore('2026-05-10')],
  ['Thường xuyên', ongoing()],
  ['Hàng năm, bắt đầu từ 2026', recurring('yearly', { startYear: 2026 })],
  ['Quý II/2026', quarters(2, 2, 2026)],
  ['Hàng năm, từ năm 2026', recurring('yearly', { startYear: 2026 })],
  ['Quý IV/2026', quarters(4, 4, 2026)],
  ['Thường xuyên, từ năm 2026', ongoing({ from: '2026-01-01' })],
  ['Năm 2026', wholeYear(2026)],
  [
    'Sau khi có hướng dẫn của Bộ Khoa học & Công nghệ và thành phố.',
    triggered('after', 'hướng dẫn của Bộ Khoa học & Công nghệ và thành phố'),
  ],
];

// Phường Bắc Hồng Lĩnh, column "7- Thời gian hoàn thành" (one cell per line, some over two lines).
const BAC_HONG_LINH: Row[] = [
  ['Tháng 01/2026', months(1, 1, 2026)],
  ['Quý I năm 2026\n(Sau khi có Kế hoạch của tỉnh)', quarters(1, 1, 2026, 'Sau khi có Kế hoạch của tỉnh')],
  ['Quý IV năm 2026', quarters(4, 4, 2026)],
  ['Quý III năm 2026', quarters(3, 3, 2026)],
  ['Hàng tháng', recurring('monthly', { startYear: 2026 })],
  [
    'Theo dõi thường xuyên; Đôn đốc tiến độ hàng tháng',
    recurring('monthly', { startYear: 2026, note: 'Theo dõi thường xuyên' }),
  ],
  ['Quý I/2026', quarters(1, 1, 2026)],
  ['Tháng 3/2026', months(3, 3, 2026)],
  [
    'Trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra về văn bản trái pháp luật',
    triggered('counted_from', 'nhận được kết luận kiểm tra về văn bản trái pháp luật', { days: 30 }),
  ],
  ['Tháng 10/2026', months(10, 10, 2026)],
  ['Ngay sau khi ban hành văn bản QPPL', triggered('after', 'ban hành văn bản QPPL', { days: 0 })],
  [
    'Theo lộ trình đề án được phê duyệt hoặc chủ trương, chỉ đạo của cấp có thẩm quyền',
    triggered('according_to', 'lộ trình đề án được phê duyệt hoặc chủ trương, chỉ đạo của cấp có thẩm quyền'),
  ],
  ['Hoàn thành tháng 01/2026', months(1, 1, 2026)],
  [
    'Theo lộ trình được cấp có thẩm quyền quy định',
    triggered('according_to', 'lộ trình được cấp có thẩm quyền quy định'),
  ],
  [
    'Theo Đề án vị trí việc làm đã được cấp có thẩm quyền phê duyệt',
    triggered('according_to', 'Đề án vị trí việc làm đã được cấp có thẩm quyền phê duyệt'),
  ],
  ['Năm 2026', wholeYear(2026)],
  ['2026', wholeYear(2026)],
  ['Quý I-IV năm 2026', period('2026-01-01', '2026-12-31')],
  ['Quý II-IV năm 2026', period('2026-04-01', '2026-12-31')],
  ['Thường xuyên', ongoing()],
];

describe('parseDeadline on the seed plans', () => {
  describe.each([
    ['Hải Dương', HAI_DUONG, HAI_DUONG_DEADLINE_CELLS],
    ['Nhị Chiểu', NHI_CHIEU, NHI_CHIEU_DEADLINE_CELLS],
    ['Bắc Hồng Lĩnh', BAC_HONG_LINH, BAC_HONG_LINH_DEADLINE_CELLS],
  ])('%s', (_plan, rows, cells) => {
    it.each(rows)('reads %j', (text, expected) => {
      expect(parseDeadline(text, PLAN_YEAR)).toEqual({ ...expected, text });
    });

    it('has a hand-written reading for every distinct deadline cell of the plan, and no extra', () => {
      expect(rows.map(([text]) => text).sort()).toEqual([...new Set(cells)].sort());
    });
  });

  it('leaves no seed text unparsed', () => {
    const unparsedTexts = [...HAI_DUONG, ...NHI_CHIEU, ...BAC_HONG_LINH]
      .map(([text]) => parseDeadline(text, PLAN_YEAR))
      .filter((deadline) => deadline.kind === 'unparsed');
    expect(unparsedTexts).toEqual([]);
  });
});
