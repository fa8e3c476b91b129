import { deliverableKindOf } from './deliverable-kind';

describe('deliverableKindOf', () => {
  it.each<[string, string | null]>([
    ['Kế hoạch của UBND phường', 'Kế hoạch'],
    ['Kế hoạch, Thông báo kết luận/Báo cáo', 'Kế hoạch'],
    ['Quyết định của UBND phường, Chủ tịch UBND phường', 'Quyết định'],
    ['Quyết định QPPL', 'QPPL'],
    ['Các văn bản QPPL', 'QPPL'],
    ['Tác phẩm dự thi, Công văn', 'Công văn'],
    ['Báo cáo kết quả thực hiện', 'Báo cáo'],
    ['Ban hành hướng dẫn chế độ báo cáo thống nhất', 'Hướng dẫn'],
    ['Quy định/kế hoạch chuyển đổi số', 'Quy định'],
    ['Đề án', 'Đề án'],
    ['Văn bản đề nghị tham gia ý kiến', 'Văn bản'],
    ['BÁO CÁO QUÝ', 'Báo cáo'],
    ['Thực hiện công khai', null],
    ['', null],
  ])('%s → %s', (deliverable, kind) => {
    expect(deliverableKindOf(deliverable)).toBe(kind);
  });
});
