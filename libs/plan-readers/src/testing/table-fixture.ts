import type { GridRow } from '../lib/grid';

/** A table to render into every format: the title above it, then its rows (header first). */
export interface TableFixture {
  title: string[];
  rows: GridRow[];
}

const cell = (text: string, spans: { colSpan?: number; rowSpan?: number } = {}) => ({ text, ...spans });

/**
 * One table with what real appendices hold: a title above it, section rows merged across the
 * table, a lead merged down two rows, cells of several paragraphs, Vietnamese in NFC.
 */
export const MERGED_CELLS_TABLE: TableFixture = {
  title: ['Phụ lục', 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
  rows: [
    ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'].map((text) =>
      cell(text),
    ),
    [cell('I. Chỉ đạo điều hành, kiểm tra và tuyên truyền', { colSpan: 6 })],
    [
      cell('1'),
      cell('Ban hành Kế hoạch cải cách hành chính năm 2026'),
      cell('Phòng Văn hóa - Xã hội', { rowSpan: 2 }),
      cell('Các phòng, đơn vị chuyên môn'),
      cell('Trước ngày 15/01/2026'),
      cell('Kế hoạch của UBND phường'),
    ],
    [
      cell('2'),
      cell(
        'Kiểm tra cải cách hành chính:\n- Tự kiểm tra 100% đơn vị thuộc phường\n- Báo cáo kết quả kiểm tra',
      ),
      cell('Văn phòng HĐND và UBND'),
      cell('Quý II/2026'),
      cell('Thông báo kết luận'),
    ],
    [cell('II. Cải cách thủ tục hành chính', { colSpan: 6 })],
    [
      cell('3'),
      cell('Rà soát, đơn giản hóa thủ tục hành chính nội bộ'),
      cell('Trung tâm Phục vụ hành chính công'),
      cell('Công an phường'),
      cell('Thường xuyên'),
      cell('Báo cáo quý'),
    ],
  ],
};

/** A table of `count` numbered tasks in one section, for large files and benchmarks. */
export function manyRowsTable(count: number): TableFixture {
  const leads = ['Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế, Hạ tầng và Đô thị'];
  const rows: GridRow[] = [
    ['STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'].map((text) =>
      cell(text),
    ),
    [cell('I. Nhiệm vụ trọng tâm', { colSpan: 6 })],
  ];
  for (let number = 1; number <= count; number++) {
    rows.push([
      cell(String(number)),
      cell(`Triển khai nhiệm vụ số ${number} về cải cách hành chính và chuyển đổi số của phường`),
      cell(leads[number % leads.length]),
      cell('Các phòng, đơn vị chuyên môn'),
      cell(
        `Trước ngày ${String((number % 28) + 1).padStart(2, '0')}/${String((number % 12) + 1).padStart(2, '0')}/2026`,
      ),
      cell(number % 2 ? 'Kế hoạch' : 'Báo cáo'),
    ]);
  }
  return { title: ['KẾ HOẠCH THỰC HIỆN NĂM 2026'], rows };
}
