/*
 * A plan of many tasks for benchmarks: the Hải Dương layout with a section every 30 tasks, the
 * header repeated every 25 rows as on printed pages, cells of one to three paragraphs and the
 * unit and deadline wordings of the seed plans.
 */
import type { CellGrid, GridRow } from '../grid/cell-grid';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const LEADS = ['Phòng VHXH', 'Văn phòng HĐND&UBND', 'Trung tâm PVHCC', 'Phòng KTHT&ĐT', 'Công an phường'];
const COOPERATORS = [
  'Các phòng, đơn vị chuyên môn',
  'Các phòng, đơn vị có liên quan',
  'Phòng VHXH\nTrung tâm PVHCC',
  'Văn phòng HĐND&UBND',
  '',
];
const DEADLINES = [
  'Trước ngày 15/01/2026',
  'Quý II/2026',
  'Cả năm 2026',
  'Thường xuyên',
  'Hằng năm, bắt đầu từ 2026',
];
const DELIVERABLES = ['Kế hoạch', 'Báo cáo', 'Quyết định', '- Kế hoạch\n- Báo cáo kết quả'];
const HEADER: GridRow = [
  'TT',
  'Nội dung công việc',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Sản phẩm',
].map((text) => ({ text }));

/** A grid of `taskCount` tasks (300 by default), deterministic. */
export function largePlanGrid(taskCount = 300): CellGrid {
  const rows: GridRow[] = [HEADER];
  for (let index = 0; index < taskCount; index++) {
    if (index % 30 === 0) {
      rows.push([
        { text: `${ROMAN[(index / 30) % ROMAN.length]}. Nhóm nhiệm vụ ${index / 30 + 1}`, colSpan: 6 },
      ]);
    }
    if (rows.length % 25 === 0) rows.push(HEADER);
    const content =
      index % 3 === 0
        ? `Triển khai nhiệm vụ số ${index + 1} về cải cách hành chính\ntrên địa bàn phường`
        : `Thực hiện nhiệm vụ số ${index + 1}`;
    rows.push(
      [
        String(index + 1),
        content,
        LEADS[index % LEADS.length],
        COOPERATORS[index % COOPERATORS.length],
        DEADLINES[index % DEADLINES.length],
        DELIVERABLES[index % DELIVERABLES.length],
      ].map((text) => ({ text })),
    );
  }
  return { rows, textBefore: 'KẾ HOẠCH\nCải cách hành chính nhà nước năm 2026' };
}
