/**
 * The column headers of a framework table (Mục tiêu – Nhiệm vụ – Hoạt động, as Bắc Hồng Lĩnh
 * prints them), which the import's parser reads as a framework. The import page writes a
 * framework's corrected rows back under them, so each item keeps its level: the column it stands in.
 */
export const FRAMEWORK_TABLE_HEADERS = [
  'TT',
  'Mục tiêu/Chỉ tiêu',
  'Nhiệm vụ',
  'Hoạt động',
  'Kết quả, sản phẩm',
  'Chủ trì',
  'Phối hợp',
  'Thời gian hoàn thành',
  'Kinh phí',
] as const;
