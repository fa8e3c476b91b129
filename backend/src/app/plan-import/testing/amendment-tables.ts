import type { TableFixture } from '@dondoc/plan-readers/testing';

const HEADER = ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'];
/** A task row: number, content, lead, cooperators, deadline, deliverable. */
export const cells = (texts: string[]) => texts.map((text) => ({ text }));
/** A section's heading across the table ("I. Chỉ đạo điều hành"). */
export const section = (title: string) => [{ text: title, colSpan: 6 }];

/** A plan's table under the usual header: the rows as `cells` and `section` make them. */
export function planTable(title: string, rows: TableFixture['rows']): TableFixture {
  return { title: [title], rows: [cells(HEADER), ...rows] };
}

const FIRST = [
  '1',
  'Ban hành Kế hoạch cải cách hành chính năm 2026',
  'Phòng Văn hóa - Xã hội',
  '',
  'Trước ngày 15/01/2026',
  'Kế hoạch',
];
const SIMPLIFY = [
  '1',
  'Rà soát, đơn giản hóa thủ tục hành chính nội bộ',
  'Trung tâm Phục vụ hành chính công',
  'Công an phường',
  'Thường xuyên',
  'Báo cáo quý',
];

/** A plan as first issued: three tasks in section I, two in section II. */
export function originalPlanTable(): TableFixture {
  return {
    title: ['KẾ HOẠCH Cải cách hành chính năm 2026'],
    rows: [
      cells(HEADER),
      section('I. Chỉ đạo điều hành'),
      cells(FIRST),
      cells([
        '2',
        'Kiểm tra công tác cải cách hành chính tại các đơn vị',
        'Văn phòng HĐND và UBND',
        '',
        'Quý II/2026',
        'Thông báo kết luận',
      ]),
      cells([
        '3',
        'Tổ chức hội nghị tập huấn nghiệp vụ một cửa',
        'Trung tâm Phục vụ hành chính công',
        '',
        'Tháng 6/2026',
        'Hội nghị',
      ]),
      section('II. Cải cách thủ tục hành chính'),
      cells(SIMPLIFY),
      cells([
        '2',
        'Công khai thủ tục hành chính trên cổng thông tin điện tử',
        'Văn phòng HĐND và UBND',
        '',
        'Quý I/2026',
        'Báo cáo',
      ]),
    ],
  };
}

/** Section I as the revision heads it: "Chỉ đạo điều hành" became "Chỉ đạo, điều hành và kiểm tra". */
export const REVISED_SECTION_I = 'Chỉ đạo, điều hành và kiểm tra';

/**
 * Its revision: section I renamed, a task inserted as I.2 (renumbering the two after it), the
 * inspection reworded and moved to the third quarter, the training given to another unit, II.2
 * dropped.
 */
export function revisedPlanTable(): TableFixture {
  return {
    title: ['KẾ HOẠCH Cải cách hành chính năm 2026 (sửa đổi, bổ sung)'],
    rows: [
      cells(HEADER),
      section(`I. ${REVISED_SECTION_I}`),
      cells(FIRST),
      cells([
        '2',
        'Xây dựng bộ chỉ số đo mức độ hài lòng của người dân',
        'Phòng Văn hóa - Xã hội',
        '',
        'Quý III/2026',
        'Bộ chỉ số',
      ]),
      cells([
        '3',
        'Kiểm tra công tác cải cách hành chính tại các đơn vị thuộc phường',
        'Văn phòng HĐND và UBND',
        '',
        'Quý III/2026',
        'Thông báo kết luận',
      ]),
      cells([
        '4',
        'Tổ chức hội nghị tập huấn nghiệp vụ một cửa',
        'Phòng Văn hóa - Xã hội',
        '',
        'Tháng 6/2026',
        'Hội nghị',
      ]),
      section('II. Cải cách thủ tục hành chính'),
      cells(SIMPLIFY),
    ],
  };
}
