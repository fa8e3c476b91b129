import type { TableFixture } from '@dondoc/plan-readers/testing';

const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Phối hợp', 'Thời gian', 'Sản phẩm'];
const cells = (texts: string[]) => texts.map((text) => ({ text }));

/** A plan that names a working group and a unit in a way the ward has never seen. */
export function learningTable(): TableFixture {
  return {
    title: ['KẾ HOẠCH Chuyển đổi số năm 2026'],
    rows: [
      cells(HEADER),
      [{ text: 'I. Hạ tầng số', colSpan: 6 }],
      cells([
        '1',
        'Rà soát thiết bị của bộ phận một cửa',
        'Tổ công tác số hoá của phường',
        '',
        'Quý III/2026',
        'Báo cáo',
      ]),
      cells([
        '2',
        'Tuyên truyền dịch vụ công trực tuyến',
        'Phòng VH-TT',
        'Công an phường',
        'Sớm',
        'Kế hoạch',
      ]),
    ],
  };
}

/** The next plan of the same ward, writing the same two names. */
export function secondLearningTable(): TableFixture {
  return {
    title: ['KẾ HOẠCH Chuyển đổi số quý IV năm 2026'],
    rows: [
      cells(HEADER),
      [{ text: 'I. Dữ liệu số', colSpan: 6 }],
      cells(['1', 'Số hoá hồ sơ lưu trữ', 'Tổ công tác số hoá của phường', '', 'Quý IV/2026', 'Báo cáo']),
      cells(['2', 'Cập nhật cơ sở dữ liệu văn hoá', 'Phòng VH-TT', '', 'Tháng 12/2026', 'Báo cáo']),
    ],
  };
}
