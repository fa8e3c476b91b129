import { isIsoDate, vietnamDateOf } from '../lib/dates';
import { finiteNumber, MAX_SHORT_TEXT, reasonOf, trimmedText } from '../lib/payload-fields';
import type { PayloadNeed } from '../lib/types';

/** What a payload rule looks at: the command's payload and comment, and the decision's clock. */
export interface PayloadInput {
  payload: Record<string, unknown>;
  comment: string | null;
  now: string;
}

/** A rule returns the Vietnamese message for the user, or null when the payload is fine. */
type PayloadCheck = (input: PayloadInput) => string | null;

function dateNotAfterToday(value: unknown, now: string, what: string): string | null {
  if (!isIsoDate(value)) return `${what} phải là ngày hợp lệ (YYYY-MM-DD)`;
  const today = vietnamDateOf(now);
  return today !== null && value > today ? `${what} không được sau ngày hôm nay` : null;
}

function dateNotBeforeToday(value: unknown, now: string, what: string): string | null {
  if (!isIsoDate(value)) return `${what} phải là ngày hợp lệ (YYYY-MM-DD)`;
  const today = vietnamDateOf(now);
  return today !== null && value < today ? `${what} không được trước ngày hôm nay` : null;
}

export const PAYLOAD_CHECKS = {
  hasReason: ({ payload, comment }) => (reasonOf(payload, comment) ? null : 'Cần nêu lý do'),

  hasDeliverable: ({ payload }) =>
    trimmedText(payload['deliverableRef'], MAX_SHORT_TEXT)
      ? null
      : 'Cần đính kèm hoặc ghi rõ sản phẩm (deliverableRef) khi trình',

  hasIssuedDocument: ({ payload, now }) =>
    trimmedText(payload['issuedNumber'], MAX_SHORT_TEXT)
      ? dateNotAfterToday(payload['issuedOn'], now, 'Ngày ban hành')
      : 'Cần ghi số, ký hiệu văn bản ban hành',

  hasMeasuredValue: ({ payload }) => {
    if (finiteNumber(payload['measuredValue']) === null) return 'Giá trị đo được phải là một số';
    return trimmedText(payload['evidence']) ? null : 'Cần nêu minh chứng cho giá trị đo được';
  },

  hasTrigger: ({ payload, now }) =>
    dateNotAfterToday(payload['triggerDate'], now, 'Ngày phát sinh điều kiện') ??
    (trimmedText(payload['triggerDocument'], MAX_SHORT_TEXT)
      ? null
      : 'Cần ghi văn bản làm phát sinh nhiệm vụ'),

  hasExtensionRequest: ({ payload, comment, now }) =>
    dateNotBeforeToday(payload['newDue'], now, 'Hạn mới') ??
    (reasonOf(payload, comment) ? null : 'Cần nêu lý do xin gia hạn'),

  hasOpinion: ({ payload, comment }) =>
    (trimmedText(payload['opinion']) ?? trimmedText(comment)) ? null : 'Cần ghi nội dung ý kiến',

  hasProgressReport: ({ payload, comment }) => {
    if (!(trimmedText(payload['summary']) ?? trimmedText(comment)))
      return 'Cần ghi nội dung kết quả thực hiện';
    const percent = payload['percentDone'];
    if (percent === undefined || percent === null) return null;
    const value = finiteNumber(percent);
    return value !== null && value >= 0 && value <= 100 ? null : 'Tỷ lệ hoàn thành phải từ 0 đến 100';
  },

  hasComment: ({ comment }) => (trimmedText(comment) ? null : 'Bình luận không được để trống'),

  hasValidConsultationDeadline: ({ payload, now }) =>
    payload['deadline'] === undefined ? null : dateNotBeforeToday(payload['deadline'], now, 'Hạn lấy ý kiến'),
} satisfies Record<string, PayloadCheck>;

export type PayloadRuleName = keyof typeof PAYLOAD_CHECKS;

/** What each rule asks the user for; rules about optional fields ask for nothing. */
export const NEED_OF_RULE: Record<PayloadRuleName, PayloadNeed | null> = {
  hasReason: 'reason',
  hasDeliverable: 'deliverable',
  hasIssuedDocument: 'issuedDocument',
  hasMeasuredValue: 'measuredValue',
  hasTrigger: 'triggerDate',
  hasExtensionRequest: 'extensionDate',
  hasOpinion: 'opinion',
  hasProgressReport: 'progressReport',
  hasComment: 'comment',
  hasValidConsultationDeadline: null,
};
