import { move } from './machine-kit';

/*
 * The transitions several machines share, named for what they mean. Targets are sibling state
 * names, so they are used from top-level states; nested states override the target.
 */

export const FORBIDDEN = {
  lead: 'Chỉ đơn vị chủ trì mới được trình kết quả',
  leadExtension: 'Chỉ đơn vị chủ trì mới được xin gia hạn',
  leadProgress: 'Chỉ đơn vị chủ trì mới được báo cáo tiến độ',
  leadConsultation: 'Chỉ đơn vị chủ trì mới được tổ chức lấy ý kiến',
  reviewer: 'Chỉ đơn vị thẩm tra của kế hoạch mới được thẩm tra hoặc trả lại ở bước này',
  approver: 'Chỉ đơn vị phê duyệt của kế hoạch mới được phê duyệt hoặc trả lại ở bước này',
  appraiser: 'Chỉ đơn vị phê duyệt (thẩm định) của kế hoạch mới được thẩm định',
  extensionDecision: 'Chỉ đơn vị phê duyệt của kế hoạch mới được quyết định gia hạn',
  cancel: 'Chỉ đơn vị phê duyệt của kế hoạch hoặc quản trị viên mới được huỷ nhiệm vụ',
  trigger: 'Chỉ đơn vị chủ trì, đơn vị phê duyệt hoặc quản trị viên mới được ghi nhận điều kiện phát sinh',
  opinion: 'Chỉ đơn vị phối hợp được hỏi ý kiến mới được cho ý kiến',
  closeConsultation:
    'Chỉ đơn vị chủ trì mới được kết thúc lấy ý kiến; khi đã hết hạn, đơn vị phê duyệt hoặc quản trị viên cũng được',
  comment: 'Chỉ người liên quan đến nhiệm vụ mới được bình luận',
  engine: 'Nhiệm vụ cha chỉ hoàn thành theo các nhiệm vụ con, do hệ thống ghi nhận',
} as const;

export const submitDeliverable = move({
  target: 'submitted',
  who: ['actsAsLead'],
  rules: ['hasDeliverable'],
  actions: ['recordSubmission', 'markSubmitted'],
  forbidden: FORBIDDEN.lead,
});

export const reviewerPasses = move({
  target: 'reviewed',
  who: ['actsAsReviewerUnit'],
  apart: ['notSubmitterOfVersion'],
  actions: ['markReviewed'],
  forbidden: FORBIDDEN.reviewer,
});

export function returnedBy(who: 'reviewer' | 'approver', from: string) {
  return move({
    target: 'returned',
    who: [who === 'reviewer' ? 'actsAsReviewerUnit' : 'actsAsApproverUnit'],
    rules: ['hasReason'],
    actions: [{ type: 'recordReturn', params: { from } }],
    forbidden: who === 'reviewer' ? FORBIDDEN.reviewer : FORBIDDEN.approver,
  });
}

/** Approval of a document records the number and date it was issued under. */
export const approveIssuedDocument = move({
  target: 'approved',
  who: ['actsAsApproverUnit'],
  apart: ['notSubmitterOfVersion', 'notReviewerOfVersion'],
  rules: ['hasIssuedDocument'],
  actions: ['recordIssuedDocument'],
  forbidden: FORBIDDEN.approver,
});

/** Approval of work that issues no document of its own (a target's value, ongoing work). */
export const approveAsReviewed = move({
  target: 'approved',
  who: ['actsAsApproverUnit'],
  apart: ['notSubmitterOfVersion', 'notReviewerOfVersion'],
  forbidden: FORBIDDEN.approver,
});

export const comment = move({
  who: ['isRelatedToTask'],
  rules: ['hasComment'],
  forbidden: FORBIDDEN.comment,
});

const CHILDREN_NOT_DONE = 'Còn nhiệm vụ con chưa được phê duyệt hoặc huỷ';

/**
 * What every state that is not final accepts, whatever the type. A fan-out parent (a task led by
 * a group, split into one child per unit) finishes with its children: when the last child is
 * approved or cancelled, the engine sends CHILDREN_DONE with the counts in the same transaction;
 * the parent is approved when any child was, cancelled when all were.
 */
export const whileOpen = {
  CANCEL: move({
    target: 'cancelled',
    who: ['actsAsApproverUnit', 'actsAsAdmin'],
    rules: ['hasReason'],
    actions: ['recordCancellation'],
    forbidden: FORBIDDEN.cancel,
  }),
  REQUEST_EXTENSION: move({
    when: ['noExtensionPending'],
    who: ['actsAsLead'],
    rules: ['hasExtensionRequest'],
    actions: ['requestExtension'],
    forbidden: FORBIDDEN.leadExtension,
    notNow: 'Đã có đề nghị gia hạn đang chờ xử lý',
  }),
  GRANT_EXTENSION: move({
    when: ['extensionPending'],
    who: ['actsAsApproverUnit'],
    actions: ['grantExtension'],
    forbidden: FORBIDDEN.extensionDecision,
    notNow: 'Không có đề nghị gia hạn nào đang chờ xử lý',
  }),
  REFUSE_EXTENSION: move({
    when: ['extensionPending'],
    who: ['actsAsApproverUnit'],
    rules: ['hasReason'],
    actions: ['refuseExtension'],
    forbidden: FORBIDDEN.extensionDecision,
    notNow: 'Không có đề nghị gia hạn nào đang chờ xử lý',
  }),
  COMMENT: comment,
  CHILDREN_DONE: [
    move({
      target: 'approved',
      when: ['allChildrenSettled', 'someChildApproved'],
      who: ['actsAsEngine'],
      forbidden: FORBIDDEN.engine,
      notNow: CHILDREN_NOT_DONE,
    }),
    move({
      target: 'cancelled',
      when: ['allChildrenSettled'],
      who: ['actsAsEngine'],
      actions: ['recordChildrenCancelled'],
      forbidden: FORBIDDEN.engine,
      notNow: CHILDREN_NOT_DONE,
    }),
  ],
};

/** Final states (approved, cancelled) still take comments, nothing else. */
export const finalState = { tags: ['final' as const], on: { COMMENT: comment } };
