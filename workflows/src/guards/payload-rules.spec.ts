import { NEED_OF_RULE, PAYLOAD_CHECKS, type PayloadInput, type PayloadRuleName } from './payload-rules';

const NOW = '2026-03-10T03:00:00Z';

function input(payload: Record<string, unknown>, comment: string | null = null): PayloadInput {
  return { payload, comment, now: NOW };
}

/** [rule, payload, comment, expected message or null] */
const cases: [PayloadRuleName, Record<string, unknown>, string | null, string | null][] = [
  ['hasReason', { reason: 'Thiếu số liệu' }, null, null],
  ['hasReason', {}, 'Thiếu số liệu', null],
  ['hasReason', { reason: '   ' }, ' ', 'Cần nêu lý do'],
  ['hasReason', { reason: 42 }, null, 'Cần nêu lý do'],
  ['hasDeliverable', { deliverableRef: 'att-1' }, null, null],
  [
    'hasDeliverable',
    { deliverableRef: '' },
    null,
    'Cần đính kèm hoặc ghi rõ sản phẩm (deliverableRef) khi trình',
  ],
  [
    'hasDeliverable',
    { deliverableRef: 'x'.repeat(201) },
    null,
    'Cần đính kèm hoặc ghi rõ sản phẩm (deliverableRef) khi trình',
  ],
  ['hasIssuedDocument', { issuedNumber: '158/KH-UBND', issuedOn: '2026-03-10' }, null, null],
  ['hasIssuedDocument', { issuedOn: '2026-03-10' }, null, 'Cần ghi số, ký hiệu văn bản ban hành'],
  [
    'hasIssuedDocument',
    { issuedNumber: '158/KH-UBND', issuedOn: '10/03/2026' },
    null,
    'Ngày ban hành phải là ngày hợp lệ (YYYY-MM-DD)',
  ],
  [
    'hasIssuedDocument',
    { issuedNumber: '158/KH-UBND', issuedOn: '2026-03-11' },
    null,
    'Ngày ban hành không được sau ngày hôm nay',
  ],
  ['hasMeasuredValue', { measuredValue: 61.5, evidence: 'BC 12' }, null, null],
  ['hasMeasuredValue', { measuredValue: 0, evidence: 'BC 12' }, null, null],
  ['hasMeasuredValue', { measuredValue: '61', evidence: 'BC 12' }, null, 'Giá trị đo được phải là một số'],
  [
    'hasMeasuredValue',
    { measuredValue: Number.NaN, evidence: 'BC 12' },
    null,
    'Giá trị đo được phải là một số',
  ],
  ['hasMeasuredValue', { measuredValue: 61 }, null, 'Cần nêu minh chứng cho giá trị đo được'],
  ['hasTrigger', { triggerDate: '2026-03-01', triggerDocument: 'KL 05' }, null, null],
  [
    'hasTrigger',
    { triggerDate: '2026-03-11', triggerDocument: 'KL 05' },
    null,
    'Ngày phát sinh điều kiện không được sau ngày hôm nay',
  ],
  ['hasTrigger', { triggerDate: '2026-03-01' }, null, 'Cần ghi văn bản làm phát sinh nhiệm vụ'],
  ['hasExtensionRequest', { newDue: '2026-06-30', reason: 'Chờ Sở' }, null, null],
  ['hasExtensionRequest', { newDue: '2026-06-30' }, 'Chờ Sở', null],
  [
    'hasExtensionRequest',
    { newDue: '2026-03-09', reason: 'Chờ Sở' },
    null,
    'Hạn mới không được trước ngày hôm nay',
  ],
  ['hasExtensionRequest', { newDue: '2026-06-30' }, null, 'Cần nêu lý do xin gia hạn'],
  ['hasOpinion', { opinion: 'Đồng ý' }, null, null],
  ['hasOpinion', {}, 'Đồng ý', null],
  ['hasOpinion', {}, null, 'Cần ghi nội dung ý kiến'],
  ['hasProgressReport', { summary: 'Đã làm', percentDone: 40 }, null, null],
  ['hasProgressReport', {}, 'Đã làm', null],
  ['hasProgressReport', { summary: 'Đã làm', percentDone: 140 }, null, 'Tỷ lệ hoàn thành phải từ 0 đến 100'],
  ['hasProgressReport', { percentDone: 40 }, null, 'Cần ghi nội dung kết quả thực hiện'],
  ['hasComment', {}, 'Đề nghị khẩn trương', null],
  ['hasComment', { comment: 'in the payload does not count' }, '  ', 'Bình luận không được để trống'],
  ['hasValidConsultationDeadline', {}, null, null],
  ['hasValidConsultationDeadline', { deadline: '2026-03-20' }, null, null],
  [
    'hasValidConsultationDeadline',
    { deadline: '2026-03-01' },
    null,
    'Hạn lấy ý kiến không được trước ngày hôm nay',
  ],
];

describe('payload rules', () => {
  it.each(cases)('%s with %p / comment %p → %p', (rule, payload, comment, expected) => {
    expect(PAYLOAD_CHECKS[rule](input(payload, comment))).toBe(expected);
  });

  it('has a case that passes and one that fails for every rule', () => {
    for (const rule of Object.keys(PAYLOAD_CHECKS) as PayloadRuleName[]) {
      const outcomes = cases.filter(([name]) => name === rule).map(([, , , expected]) => expected === null);
      expect(outcomes).toContain(true);
      expect(outcomes).toContain(false);
    }
  });

  it('maps every rule to what the form must ask for', () => {
    expect(Object.keys(NEED_OF_RULE).sort()).toEqual(Object.keys(PAYLOAD_CHECKS).sort());
  });
});
