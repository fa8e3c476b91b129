import type { BoardColumn } from '@dondoc/domain';
import type { PayloadNeed, WorkflowEventType } from './types';

/** Labels of every state of every machine, dotted for nested states. */
export const STATE_LABELS_VI: Record<string, string> = {
  waiting: 'Chờ điều kiện',
  draft: 'Dự thảo',
  in_progress: 'Đang thực hiện',
  consultation: 'Đang lấy ý kiến',
  consulted: 'Đã lấy ý kiến',
  submitted: 'Đã trình',
  'submitted.appraisal': 'Đang thẩm định',
  'submitted.appraised': 'Đã thẩm định',
  reviewed: 'Đã thẩm tra',
  returned: 'Trả lại',
  approved: 'Đã duyệt',
  cancelled: 'Đã huỷ',
};

export const STATE_LABELS_EN: Record<string, string> = {
  waiting: 'Waiting for trigger',
  draft: 'Draft',
  in_progress: 'In progress',
  consultation: 'In consultation',
  consulted: 'Consulted',
  submitted: 'Submitted',
  'submitted.appraisal': 'Under appraisal',
  'submitted.appraised': 'Appraised',
  reviewed: 'Reviewed',
  returned: 'Returned',
  approved: 'Approved',
  cancelled: 'Cancelled',
};

export const EVENT_LABELS_VI: Record<WorkflowEventType, string> = {
  SUBMIT: 'Trình',
  REVIEW: 'Thẩm tra đạt',
  APPROVE: 'Phê duyệt',
  RETURN: 'Trả lại',
  CANCEL: 'Huỷ nhiệm vụ',
  START_CONSULTATION: 'Lấy ý kiến',
  GIVE_OPINION: 'Cho ý kiến',
  CLOSE_CONSULTATION: 'Kết thúc lấy ý kiến',
  APPRAISE: 'Thẩm định đạt',
  SUBMIT_VALUE: 'Trình kết quả chỉ tiêu',
  REPORT_PROGRESS: 'Báo cáo tiến độ',
  CLOSE: 'Kết thúc và trình kết quả',
  RECORD_TRIGGER: 'Ghi nhận điều kiện phát sinh',
  REQUEST_EXTENSION: 'Xin gia hạn',
  GRANT_EXTENSION: 'Đồng ý gia hạn',
  REFUSE_EXTENSION: 'Không đồng ý gia hạn',
  COMMENT: 'Bình luận',
  CHILDREN_DONE: 'Hoàn thành theo nhiệm vụ con',
};

export const EVENT_LABELS_EN: Record<WorkflowEventType, string> = {
  SUBMIT: 'Submit',
  REVIEW: 'Pass review',
  APPROVE: 'Approve',
  RETURN: 'Return',
  CANCEL: 'Cancel task',
  START_CONSULTATION: 'Start consultation',
  GIVE_OPINION: 'Give opinion',
  CLOSE_CONSULTATION: 'Close consultation',
  APPRAISE: 'Pass appraisal',
  SUBMIT_VALUE: 'Submit measured value',
  REPORT_PROGRESS: 'Report progress',
  CLOSE: 'Close and submit',
  RECORD_TRIGGER: 'Record trigger',
  REQUEST_EXTENSION: 'Request extension',
  GRANT_EXTENSION: 'Grant extension',
  REFUSE_EXTENSION: 'Refuse extension',
  COMMENT: 'Comment',
  CHILDREN_DONE: 'Finished with its children',
};

export const COLUMN_LABELS_VI: Record<BoardColumn, string> = {
  waiting: 'Chờ điều kiện',
  draft: 'Dự thảo',
  returned: 'Trả lại',
  submitted: 'Đã trình',
  reviewed: 'Đã thẩm tra',
  approved: 'Đã duyệt',
  cancelled: 'Đã huỷ',
};

export const COLUMN_LABELS_EN: Record<BoardColumn, string> = {
  waiting: 'Waiting',
  draft: 'Draft',
  returned: 'Returned',
  submitted: 'Submitted',
  reviewed: 'Reviewed',
  approved: 'Approved',
  cancelled: 'Cancelled',
};

export const BADGE_LABELS_VI: Record<string, string> = {
  in_progress: 'Đang thực hiện',
  consultation: 'Lấy ý kiến',
  consulted: 'Đã lấy ý kiến',
  appraisal: 'Thẩm định',
  appraised: 'Đã thẩm định',
};

export const BADGE_LABELS_EN: Record<string, string> = {
  in_progress: 'In progress',
  consultation: 'Consultation',
  consulted: 'Consulted',
  appraisal: 'Appraisal',
  appraised: 'Appraised',
};

export const NEED_LABELS_VI: Record<PayloadNeed, string> = {
  reason: 'Lý do',
  deliverable: 'Sản phẩm',
  issuedDocument: 'Số, ngày văn bản ban hành',
  measuredValue: 'Giá trị đo được và minh chứng',
  extensionDate: 'Hạn mới',
  triggerDate: 'Ngày và văn bản phát sinh',
  opinion: 'Ý kiến',
  progressReport: 'Kết quả thực hiện',
  comment: 'Bình luận',
};

export const NEED_LABELS_EN: Record<PayloadNeed, string> = {
  reason: 'Reason',
  deliverable: 'Deliverable',
  issuedDocument: 'Issued document number and date',
  measuredValue: 'Measured value and evidence',
  extensionDate: 'New due date',
  triggerDate: 'Trigger date and document',
  opinion: 'Opinion',
  progressReport: 'Progress report',
  comment: 'Comment',
};
