import {
  approveIssuedDocument,
  finalState,
  returnedBy,
  reviewerPasses,
  submitDeliverable,
  whileOpen,
} from './transitions';

/**
 * draft → submitted → reviewed → approved, with returns to `returned` and resubmission from
 * there: the spine of document-like work (documents, period reports, triggered documents).
 */
export const documentSpineStates = {
  draft: { on: { SUBMIT: submitDeliverable, ...whileOpen } },
  submitted: { on: { REVIEW: reviewerPasses, RETURN: returnedBy('reviewer', 'submitted'), ...whileOpen } },
  reviewed: {
    on: { APPROVE: approveIssuedDocument, RETURN: returnedBy('approver', 'reviewed'), ...whileOpen },
  },
  returned: { on: { SUBMIT: submitDeliverable, ...whileOpen } },
  approved: finalState,
  cancelled: finalState,
};
