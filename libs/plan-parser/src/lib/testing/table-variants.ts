/*
 * Task tables as ward plans really lay them out, as grids: the parser's own tests read them, and
 * the document readers build the same tables as .docx, .xlsx, PDF and clipboard HTML to check
 * that every format gives the same tasks. Expectations use the Hải Dương ward's catalog
 * (@dondoc/seed-data HAI_DUONG): unit codes, and group names in brackets.
 */
import type { CellGrid, GridCell, GridRow } from '../grid/cell-grid';
import type { ParseWarningCode } from '../types';

export interface TableVariantTask {
  /** The number as printed ('' for an unnumbered part). */
  number: string;
  content: string;
  /** Unit codes, then "[group name]", as the lead cell resolves. */
  leads: string[];
  cooperators: string[];
  /** The deadline cell as written (white space made single). */
  deadline: string;
  sectionKey: string | null;
}

export interface TableVariant {
  name: string;
  /** What the variant exercises. */
  about: string;
  grid: CellGrid;
  expected: {
    sections: { key: string; title: string }[];
    tasks: TableVariantTask[];
    /** Warning codes the parse must give, in order (none when empty). */
    warningCodes: ParseWarningCode[];
  };
}

const SPECIALISTS = '[Các phòng, đơn vị chuyên môn]';
const RELATED = '[Các phòng, đơn vị có liên quan]';
const ALL_UNITS = '[Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường]';

function row(...texts: string[]): GridRow {
  return texts.map((text) => ({ text }));
}

function spanning(text: string, width: number): GridRow {
  return [{ text, colSpan: width }];
}

function merged(text: string, colSpan: number, rowSpan = 1): GridCell {
  return { text, colSpan, rowSpan };
}

function task(
  number: string,
  content: string,
  leads: string[],
  cooperators: string[],
  deadline: string,
  sectionKey: string | null = null,
): TableVariantTask {
  return { number, content, leads, cooperators, deadline, sectionKey };
}

const HEADER_HD = row(
  'TT',
  'Nội dung công việc',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Thời gian thực hiện',
  'Sản phẩm',
);

export const TABLE_VARIANTS: TableVariant[] = [
  {
    name: 'hd-standard',
    about:
      'the Hải Dương layout: TT, content, lead, cooperators, deadline, deliverable; "I. title" sections merged across',
    grid: {
      rows: [
        HEADER_HD,
        spanning('I. Chỉ đạo điều hành', 6),
        row(
          '1',
          'Ban hành Kế hoạch cải cách hành chính năm 2026',
          'Phòng VHXH',
          'Các phòng, đơn vị chuyên môn',
          'Trước ngày 15/01/2026',
          'Kế hoạch',
        ),
        row(
          '2',
          'Kiểm tra cải cách hành chính',
          'Phòng VHXH',
          'Các phòng, đơn vị có liên quan',
          'Quý II/2026',
          'Báo cáo',
        ),
        spanning('II. Cải cách thể chế', 6),
        row(
          '3',
          'Rà soát văn bản quy phạm pháp luật',
          'Văn phòng HĐND&UBND',
          'Các phòng, đơn vị chuyên môn',
          'Cả năm 2026',
          'Quyết định',
        ),
      ],
    },
    expected: {
      sections: [
        { key: 'I', title: 'Chỉ đạo điều hành' },
        { key: 'II', title: 'Cải cách thể chế' },
      ],
      tasks: [
        task(
          '1',
          'Ban hành Kế hoạch cải cách hành chính năm 2026',
          ['VHXH'],
          [SPECIALISTS],
          'Trước ngày 15/01/2026',
          'I',
        ),
        task('2', 'Kiểm tra cải cách hành chính', ['VHXH'], [RELATED], 'Quý II/2026', 'I'),
        task('3', 'Rà soát văn bản quy phạm pháp luật', ['VP'], [SPECIALISTS], 'Cả năm 2026', 'II'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'nhiem-vu-thoi-gian',
    about: 'content headed "Nhiệm vụ" and deadline "Thời gian", STT, "Đơn vị chủ trì/phối hợp", "Kết quả"',
    grid: {
      rows: [
        row('STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Kết quả'),
        row(
          '1',
          'Xây dựng kế hoạch chuyển đổi số',
          'Văn phòng HĐND và UBND phường',
          'Phòng VHXH',
          'Quý I/2026',
          'Kế hoạch',
        ),
        row(
          '2',
          'Tập huấn kỹ năng số cho cán bộ',
          'Phòng Văn hóa - Xã hội',
          'Trung tâm PVHCC',
          'Tháng 6/2026',
          'Báo cáo',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Xây dựng kế hoạch chuyển đổi số', ['VP'], ['VHXH'], 'Quý I/2026'),
        task('2', 'Tập huấn kỹ năng số cho cán bộ', ['VHXH'], ['PVHCC'], 'Tháng 6/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'columns-reordered',
    about:
      'deadline and deliverable before the units: Số TT, Tên nhiệm vụ, Thời hạn hoàn thành, Sản phẩm đầu ra, Chủ trì, Phối hợp',
    grid: {
      rows: [
        row('Số TT', 'Tên nhiệm vụ', 'Thời hạn hoàn thành', 'Sản phẩm đầu ra', 'Chủ trì', 'Phối hợp'),
        row(
          '1',
          'Cập nhật thủ tục hành chính',
          'Thường xuyên',
          'Danh mục TTHC',
          'Trung tâm phục vụ HCC',
          'Văn phòng HĐND&UBND',
        ),
        row(
          '2',
          'Đánh giá mức độ hài lòng',
          'Tháng 12/2026',
          'Báo cáo',
          'Văn phòng HĐND&UBND',
          'Trung tâm PVHCC',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Cập nhật thủ tục hành chính', ['PVHCC'], ['VP'], 'Thường xuyên'),
        task('2', 'Đánh giá mức độ hài lòng', ['VP'], ['PVHCC'], 'Tháng 12/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'two-row-header',
    about: '"Đơn vị thực hiện" merged over "Chủ trì | Phối hợp"; the other header cells merged down two rows',
    grid: {
      rows: [
        [
          merged('TT', 1, 2),
          merged('Nội dung', 1, 2),
          merged('Đơn vị thực hiện', 2),
          merged('Thời gian hoàn thành', 1, 2),
          merged('Dự kiến kết quả', 1, 2),
        ],
        row('Chủ trì', 'Phối hợp'),
        row(
          '1',
          'Số hóa hồ sơ lưu trữ',
          'Văn phòng HĐND&UBND',
          'Các phòng, đơn vị chuyên môn',
          'Quý III/2026',
          'Hồ sơ số',
        ),
        row('2', 'Rà soát quy chế làm việc', 'Văn phòng HĐND&UBND', 'Phòng VHXH', 'Quý II/2026', 'Quy chế'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Số hóa hồ sơ lưu trữ', ['VP'], [SPECIALISTS], 'Quý III/2026'),
        task('2', 'Rà soát quy chế làm việc', ['VP'], ['VHXH'], 'Quý II/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'title-and-column-index',
    about: 'a title row merged across above the header, and the "(1) (2) (3)…" row under it',
    grid: {
      rows: [
        spanning('PHỤ LỤC: DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026', 6),
        row('TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Sản phẩm'),
        row('(1)', '(2)', '(3)', '(4)', '(5)', '(6)'),
        row(
          '1',
          'Tuyên truyền cải cách hành chính',
          'Trung tâm Dịch vụ sự nghiệp công',
          'Các phòng, đơn vị có liên quan',
          'Cả năm 2026',
          'Chuyên mục',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [task('1', 'Tuyên truyền cải cách hành chính', ['DVSNC'], [RELATED], 'Cả năm 2026')],
      warningCodes: [],
    },
  },
  {
    name: 'header-repeated-on-each-page',
    about: 'the header printed again after a page break, and a row whose cells go on after it',
    grid: {
      rows: [
        HEADER_HD,
        row(
          '1',
          'Công khai thủ tục hành chính',
          'Trung tâm PVHCC',
          'Văn phòng HĐND&UBND',
          'Thường xuyên',
          'Danh mục',
        ),
        row(
          '2',
          'Rà soát, đơn giản hóa thủ tục hành chính',
          'Trung tâm PVHCC',
          'Các phòng,',
          'Quý III/2026',
          'Báo cáo',
        ),
        HEADER_HD,
        row('', 'nội bộ giữa các cơ quan', '', 'đơn vị chuyên môn', '', ''),
        row('3', 'Thanh toán trực tuyến', 'Trung tâm PVHCC', 'Phòng VHXH', 'Cả năm 2026', 'Báo cáo'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Công khai thủ tục hành chính', ['PVHCC'], ['VP'], 'Thường xuyên'),
        task(
          '2',
          'Rà soát, đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan',
          ['PVHCC'],
          [SPECIALISTS],
          'Quý III/2026',
        ),
        task('3', 'Thanh toán trực tuyến', ['PVHCC'], ['VHXH'], 'Cả năm 2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'blank-first-column',
    about: 'a sheet whose table starts in column B: every row opens with an empty cell',
    grid: {
      rows: [
        row('', 'STT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'),
        row('', '1', 'Kiện toàn Ban chỉ đạo', 'Phòng VHXH', 'Văn phòng HĐND&UBND', 'Tháng 01/2026'),
        row('', '2', 'Tổng kết công tác năm', 'Phòng VHXH', 'Các phòng, đơn vị chuyên môn', 'Tháng 12/2026'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Kiện toàn Ban chỉ đạo', ['VHXH'], ['VP'], 'Tháng 01/2026'),
        task('2', 'Tổng kết công tác năm', ['VHXH'], [SPECIALISTS], 'Tháng 12/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'roman-in-its-own-cell',
    about:
      'sections written "I" in the number column with the title in the next cell; "V" is a section, not a task',
    grid: {
      rows: [
        HEADER_HD,
        row('I', 'Cải cách tổ chức bộ máy', '', '', '', ''),
        row(
          '1',
          'Sắp xếp tổ chức bộ máy',
          'Phòng VHXH',
          'Các phòng, đơn vị chuyên môn',
          'Quý I/2026',
          'Đề án',
        ),
        row('V', 'Cải cách tài chính công', '', '', '', ''),
        row(
          '1',
          'Quản lý tài sản công',
          'Phòng KTHT&ĐT',
          'Các phòng, đơn vị có liên quan',
          'Cả năm 2026',
          'Báo cáo',
        ),
      ],
    },
    expected: {
      sections: [
        { key: 'I', title: 'Cải cách tổ chức bộ máy' },
        { key: 'V', title: 'Cải cách tài chính công' },
      ],
      tasks: [
        task('1', 'Sắp xếp tổ chức bộ máy', ['VHXH'], [SPECIALISTS], 'Quý I/2026', 'I'),
        task('1', 'Quản lý tài sản công', ['KTHTDT'], [RELATED], 'Cả năm 2026', 'V'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'letter-sections',
    about: 'parts "A." and "B." merged across, numbering going on from A to B',
    grid: {
      rows: [
        HEADER_HD,
        spanning('A. NHIỆM VỤ CHUNG', 6),
        row(
          '1',
          'Quán triệt kế hoạch',
          'Văn phòng HĐND&UBND',
          'Các phòng, đơn vị chuyên môn',
          'Quý I/2026',
          'Hội nghị',
        ),
        spanning('B. NHIỆM VỤ CỤ THỂ', 6),
        row('2', 'Chuyển đổi số', 'Phòng VHXH', 'Trung tâm PVHCC', 'Cả năm 2026', 'Báo cáo'),
      ],
    },
    expected: {
      sections: [
        { key: 'A', title: 'NHIỆM VỤ CHUNG' },
        { key: 'B', title: 'NHIỆM VỤ CỤ THỂ' },
      ],
      tasks: [
        task('1', 'Quán triệt kế hoạch', ['VP'], [SPECIALISTS], 'Quý I/2026', 'A'),
        task('2', 'Chuyển đổi số', ['VHXH'], ['PVHCC'], 'Cả năm 2026', 'B'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'numbered-heading-rows',
    about: 'headings "1. …" merged across the row, tasks numbered "1.1", "1.2" under them',
    grid: {
      rows: [
        HEADER_HD,
        spanning('1. Cải cách thủ tục hành chính', 6),
        row('1.1', 'Rà soát thủ tục', 'Trung tâm PVHCC', 'Phòng VHXH', 'Quý II/2026', 'Báo cáo'),
        row('1.2', 'Công khai thủ tục', 'Trung tâm PVHCC', 'Phòng VHXH', 'Thường xuyên', 'Danh mục'),
        spanning('2. Chính quyền số', 6),
        row('2.1', 'Nâng cấp hạ tầng số', 'Văn phòng HĐND&UBND', 'Phòng VHXH', 'Quý IV/2026', 'Hạ tầng'),
      ],
    },
    expected: {
      sections: [
        { key: '1', title: 'Cải cách thủ tục hành chính' },
        { key: '2', title: 'Chính quyền số' },
      ],
      tasks: [
        task('1.1', 'Rà soát thủ tục', ['PVHCC'], ['VHXH'], 'Quý II/2026', '1'),
        task('1.2', 'Công khai thủ tục', ['PVHCC'], ['VHXH'], 'Thường xuyên', '1'),
        task('2.1', 'Nâng cấp hạ tầng số', ['VP'], ['VHXH'], 'Quý IV/2026', '2'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'lead-merged-down',
    about: 'one lead cell merged down over three tasks, and a deadline merged over two',
    grid: {
      rows: [
        HEADER_HD,
        [
          { text: '1' },
          { text: 'Tiếp nhận hồ sơ trực tuyến' },
          { text: 'Trung tâm PVHCC', rowSpan: 3 },
          { text: 'Văn phòng HĐND&UBND' },
          { text: 'Thường xuyên', rowSpan: 2 },
          { text: 'Báo cáo' },
        ],
        row('2', 'Trả kết quả qua bưu chính', 'Phòng VHXH', 'Báo cáo'),
        row('3', 'Khảo sát sự hài lòng', 'Phòng VHXH', 'Quý IV/2026', 'Báo cáo'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Tiếp nhận hồ sơ trực tuyến', ['PVHCC'], ['VP'], 'Thường xuyên'),
        task('2', 'Trả kết quả qua bưu chính', ['PVHCC'], ['VHXH'], 'Thường xuyên'),
        task('3', 'Khảo sát sự hài lòng', ['PVHCC'], ['VHXH'], 'Quý IV/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'multi-line-cells',
    about:
      'cells of several paragraphs: content on two lines, cooperators one per line, a bulleted deliverable',
    grid: {
      rows: [
        HEADER_HD,
        row(
          '1',
          'Tổ chức hội nghị\ntriển khai kế hoạch',
          'Phòng VHXH',
          'Văn phòng HĐND&UBND\nTrung tâm PVHCC\nCông an phường',
          'Quý I/2026',
          '- Kế hoạch\n- Báo cáo',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Tổ chức hội nghị triển khai kế hoạch', ['VHXH'], ['VP', 'PVHCC', 'CA'], 'Quý I/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'extra-columns',
    about:
      'Kinh phí and Ghi chú known, "Mức độ ưu tiên" unknown (said once), a cell past the last column (said once)',
    grid: {
      rows: [
        row(
          'TT',
          'Nội dung',
          'Chủ trì',
          'Phối hợp',
          'Tiến độ',
          'Hình thức văn bản',
          'Kinh phí',
          'Mức độ ưu tiên',
          'Ghi chú',
        ),
        row(
          '1',
          'Xây dựng quy chế',
          'Văn phòng HĐND&UBND',
          'Phòng VHXH',
          'Quý II/2026',
          'Quy chế',
          'Ngân sách phường',
          'Cao',
          'Trình ký',
          'thừa',
        ),
        row(
          '2',
          'Kiểm tra công vụ',
          'Văn phòng HĐND&UBND',
          'Phòng VHXH',
          'Quý III/2026',
          'Kế hoạch',
          '',
          'Vừa',
          '',
          'thừa nữa',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Xây dựng quy chế', ['VP'], ['VHXH'], 'Quý II/2026'),
        task('2', 'Kiểm tra công vụ', ['VP'], ['VHXH'], 'Quý III/2026'),
      ],
      warningCodes: ['unknown_column', 'extra_cells'],
    },
  },
  {
    name: 'odd-characters',
    about: 'NBSP, zero-width spaces, a non-breaking hyphen, Cyrillic look-alikes and decomposed (NFD) text',
    grid: {
      rows: [
        row(
          'TT',
          'Nội\u00a0dung công việc',
          'Cơ quan chủ trì',
          'Cơ quan phối hợp',
          'Thời\u200b gian',
          'Sản phẩm',
        ),
        row(
          '1',
          'Ban hành quy chế phối hợp'.normalize('NFD'),
          'VP HĐND\u2011UBND',
          '\u0420hòng V\u041d\u0425\u041d',
          'Quý\u00a0II/2026',
          'Quy chế',
        ),
        row(
          '2',
          'Kiểm tra nội vụ',
          'Phòng Văn hoá – Xã hội'.normalize('NFD'),
          'Trung tâm PVH\u0421\u0421',
          'Quý III/2026',
          'Báo cáo',
        ),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Ban hành quy chế phối hợp', ['VP'], ['VHXH'], 'Quý II/2026'),
        task('2', 'Kiểm tra nội vụ', ['VHXH'], ['PVHCC'], 'Quý III/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'sub-tasks',
    about: 'a task with parts "a)" and "b)", one with "1.1", "1.2", and a "-" part that names its own unit',
    grid: {
      rows: [
        HEADER_HD,
        row('1', 'Tuyên truyền cải cách hành chính', 'Phòng VHXH', '', 'Cả năm 2026', ''),
        row(
          'a)',
          'Trên hệ thống truyền thanh',
          'Trung tâm Dịch vụ sự nghiệp công',
          '',
          'Hằng quý',
          'Chuyên mục',
        ),
        row('b)', 'Trên trang thông tin điện tử', 'Văn phòng HĐND&UBND', '', 'Thường xuyên', 'Tin bài'),
        row('2', 'Chuyển đổi số', 'Phòng VHXH', '', 'Cả năm 2026', ''),
        row('2.1', 'Số hóa hồ sơ', 'Trung tâm PVHCC', '', 'Quý II/2026', 'Hồ sơ số'),
        row('2.2', 'Ký số văn bản', 'Văn phòng HĐND&UBND', '', 'Quý III/2026', 'Văn bản'),
        row('', '- Đào tạo kỹ năng số', 'Phòng VHXH', '', 'Quý IV/2026', 'Lớp học'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Tuyên truyền cải cách hành chính', ['VHXH'], [], 'Cả năm 2026'),
        task('a', 'Trên hệ thống truyền thanh', ['DVSNC'], [], 'Hằng quý'),
        task('b', 'Trên trang thông tin điện tử', ['VP'], [], 'Thường xuyên'),
        task('2', 'Chuyển đổi số', ['VHXH'], [], 'Cả năm 2026'),
        task('2.1', 'Số hóa hồ sơ', ['PVHCC'], [], 'Quý II/2026'),
        task('2.2', 'Ký số văn bản', ['VP'], [], 'Quý III/2026'),
        task('', 'Đào tạo kỹ năng số', ['VHXH'], [], 'Quý IV/2026'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'group-wordings-and-abbreviations',
    about:
      'groups in other words ("các phòng, ban, ngành", "đơn vị sự nghiệp trực thuộc UBND phường") and short names (VP HĐND-UBND, Phòng VH-XH, TT PVHCC, UBMTTQ)',
    grid: {
      rows: [
        HEADER_HD,
        row(
          '1',
          'Triển khai quy chế dân chủ',
          'VP HĐND-UBND',
          'Các phòng, ban, ngành',
          'Quý I/2026',
          'Kế hoạch',
        ),
        row(
          '2',
          'Phát động phong trào thi đua',
          'Phòng VH-XH',
          'UBMTTQ, các đơn vị sự nghiệp trực thuộc UBND phường',
          'Quý II/2026',
          'Kế hoạch',
        ),
        row('3', 'Niêm yết thủ tục', 'TT PVHCC', 'CÁC PHÒNG CHUYÊN MÔN', 'Thường xuyên', 'Danh mục'),
      ],
    },
    expected: {
      sections: [],
      tasks: [
        task('1', 'Triển khai quy chế dân chủ', ['VP'], [ALL_UNITS], 'Quý I/2026'),
        task(
          '2',
          'Phát động phong trào thi đua',
          ['VHXH'],
          ['MTTQ', '[Các đơn vị sự nghiệp công lập]'],
          'Quý II/2026',
        ),
        task('3', 'Niêm yết thủ tục', ['PVHCC'], [SPECIALISTS], 'Thường xuyên'),
      ],
      warningCodes: [],
    },
  },
  {
    name: 'units-header-word',
    about:
      'a single column headed "Cơ quan thực hiện" for the lead, content headed "Nội dung", deadline "Thời gian hoàn thành"',
    grid: {
      rows: [
        row('TT', 'Nội dung', 'Cơ quan thực hiện', 'Thời gian hoàn thành', 'Sản phẩm'),
        row('1', 'Báo cáo kết quả cải cách hành chính', 'Phòng VHXH', 'Trước ngày 15/12/2026', 'Báo cáo'),
      ],
    },
    expected: {
      sections: [],
      tasks: [task('1', 'Báo cáo kết quả cải cách hành chính', ['VHXH'], [], 'Trước ngày 15/12/2026')],
      warningCodes: [],
    },
  },
];
