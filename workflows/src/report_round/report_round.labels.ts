import type { PartState, RoundEventType, RoundState } from './report_round.types';

export const ROUND_STATE_LABELS_VI: Record<RoundState, string> = {
  collecting: 'Đang thu thập báo cáo',
  compiling: 'Đang tổng hợp',
  closed: 'Đã kết thúc',
  cancelled: 'Đã huỷ',
};

export const PART_STATE_LABELS_VI: Record<PartState, string> = {
  asked: 'Chưa báo cáo',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};

export const ROUND_EVENT_LABELS_VI: Record<RoundEventType, string> = {
  SAVE_PART: 'Lưu nháp phần báo cáo',
  SUBMIT_PART: 'Gửi phần báo cáo',
  ACCEPT_PART: 'Tiếp nhận phần báo cáo',
  RETURN_PART: 'Trả lại phần báo cáo',
  COMPILE: 'Tổng hợp báo cáo',
  EDIT_COMPILED: 'Sửa báo cáo tổng hợp',
  CLOSE_ROUND: 'Kết thúc đợt báo cáo',
  CANCEL_ROUND: 'Huỷ đợt báo cáo',
};
