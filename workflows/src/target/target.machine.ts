import { initialContext } from '../lib/context';
import { move, workflowSetup } from '../lib/machine-kit';
import {
  approveAsReviewed,
  finalState,
  FORBIDDEN,
  returnedBy,
  reviewerPasses,
  whileOpen,
} from '../lib/transitions';

/** The lead submits the measured value with its evidence; met / not met is computed from the target. */
const submitValue = move({
  target: 'submitted',
  who: ['actsAsLead'],
  rules: ['hasMeasuredValue'],
  actions: ['recordMeasuredValue', 'markSubmitted'],
  forbidden: FORBIDDEN.lead,
});

/** Chỉ tiêu: "tỷ lệ hội nghị trực tuyến ≥ 60%", "giảm ≥ 15% văn bản". */
export const targetMachine = workflowSetup.createMachine({
  id: 'target',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: {
    draft: { on: { SUBMIT_VALUE: submitValue, ...whileOpen } },
    submitted: { on: { REVIEW: reviewerPasses, RETURN: returnedBy('reviewer', 'submitted'), ...whileOpen } },
    reviewed: {
      on: { APPROVE: approveAsReviewed, RETURN: returnedBy('approver', 'reviewed'), ...whileOpen },
    },
    returned: { on: { SUBMIT_VALUE: submitValue, ...whileOpen } },
    approved: finalState,
    cancelled: finalState,
  },
});
