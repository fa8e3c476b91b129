import { inferTaskType, type TaskTypeInput } from './infer-task-type';

function input(overrides: Partial<TaskTypeInput>): TaskTypeInput {
  return { content: 'Tổ chức thực hiện', deliverable: 'Kế hoạch', deadlineKind: 'period', ...overrides };
}

describe('inferTaskType', () => {
  it.each<[string, Partial<TaskTypeInput>, string]>([
    ['a plan to issue', { content: 'Ban hành Kế hoạch cải cách hành chính năm 2026' }, 'document'],
    [
      'a dated decision',
      { deliverable: 'Quyết định của Chủ tịch UBND phường', deadlineKind: 'date' },
      'document',
    ],
    [
      'issuing a QPPL',
      { content: 'Ban hành văn bản quy phạm pháp luật của Ủy ban nhân dân phường' },
      'legal_document',
    ],
    [
      'drafting QPPL',
      { content: 'Xây dựng các dự thảo văn bản QPPL.', deadlineKind: 'ongoing' },
      'legal_document',
    ],
    ['a QPPL deliverable', { deliverable: 'Các văn bản QPPL' }, 'legal_document'],
    ['a Quyết định QPPL', { content: 'Ban hành Quyết định QPPL về Quy chế dân chủ cơ sở' }, 'legal_document'],
    [
      'a decision about QPPL is not one',
      { content: 'Rà soát, ban hành Quyết định công bố văn bản quy phạm pháp luật hết hiệu lực hàng năm.' },
      'document',
    ],
    [
      'a plan about QPPL is not one',
      { content: 'Ban hành, thực hiện kế hoạch rà soát văn bản quy phạm pháp luật' },
      'document',
    ],
    ['a target row', { level: 'target', content: 'Ban hành Kế hoạch CCHC' }, 'target'],
    [
      'a share to reach',
      {
        content: 'Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch đạt tối thiểu 80%',
        deadlineKind: 'ongoing',
      },
      'target',
    ],
    [
      'a cut to make',
      { content: 'Thực hiện cắt giảm tối thiểu 15% số lượng văn bản hành chính', deadlineKind: 'recurring' },
      'target',
    ],
    ['a share written with ≥', { content: 'Tỷ lệ hội nghị trực tuyến ≥ 60%' }, 'target'],
    [
      'a level reached',
      { content: 'Xử lý thủ tục hành chính trên môi trường số đạt từ 95% trở lên' },
      'target',
    ],
    [
      '100% of a duty is no measure',
      { content: 'Tổ chức tự kiểm tra 100% các đơn vị', deliverable: 'Kế hoạch' },
      'document',
    ],
    ['a quarterly report', { deliverable: 'Báo cáo quý' }, 'periodic_report'],
    ['a half-yearly report', { deliverable: 'Báo cáo 6 tháng, năm' }, 'periodic_report'],
    [
      'a monthly report in words',
      { deliverable: 'Báo cáo công tác cải cách TTHC hàng tháng', deadlineKind: 'ongoing' },
      'periodic_report',
    ],
    ['a recurring report', { deliverable: 'Báo cáo kết quả', deadlineKind: 'recurring' }, 'periodic_report'],
    ['a one-off report', { deliverable: 'Báo cáo kết quả kiểm tra', deadlineKind: 'period' }, 'document'],
    ['ongoing work', { deliverable: 'Thực hiện công khai', deadlineKind: 'ongoing' }, 'ongoing'],
    ['work awaiting a trigger', { deliverable: 'Văn bản xử lý', deadlineKind: 'triggered' }, 'triggered'],
    ['an unparsed deadline', { deliverable: 'Văn bản', deadlineKind: 'unparsed' }, 'document'],
    [
      'decomposed text',
      { content: 'Ban hành văn bản quy phạm pháp luật'.normalize('NFD') },
      'legal_document',
    ],
  ])('%s', (_label, overrides, expected) => {
    expect(inferTaskType(input(overrides))).toBe(expected);
  });
});
