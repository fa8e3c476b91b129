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

const reportProgress = move({
  who: ['actsAsLead'],
  rules: ['hasProgressReport'],
  actions: ['recordProgress'],
  forbidden: FORBIDDEN.leadProgress,
});

/** Closing the span submits its final report for review, in place of one deliverable. */
const closeSpan = move({
  target: 'submitted',
  when: ['spanEndReached'],
  who: ['actsAsLead'],
  rules: ['hasProgressReport'],
  actions: ['recordProgress', 'recordResubmission', 'markSubmitted'],
  forbidden: FORBIDDEN.lead,
  notNow: 'Chưa đến kỳ báo cáo cuối của nhiệm vụ thường xuyên, chưa thể kết thúc',
});

/**
 * "Thường xuyên": work that runs through a span with periodic progress reports (quarterly unless
 * the plan says otherwise) and is reviewed and approved once, when its span closes.
 */
export const ongoingMachine = workflowSetup.createMachine({
  id: 'ongoing',
  initial: 'in_progress',
  context: ({ input }) => initialContext(input),
  states: {
    in_progress: { on: { REPORT_PROGRESS: reportProgress, CLOSE: closeSpan, ...whileOpen } },
    submitted: { on: { REVIEW: reviewerPasses, RETURN: returnedBy('reviewer', 'submitted'), ...whileOpen } },
    reviewed: {
      on: { APPROVE: approveAsReviewed, RETURN: returnedBy('approver', 'reviewed'), ...whileOpen },
    },
    returned: { on: { REPORT_PROGRESS: reportProgress, CLOSE: closeSpan, ...whileOpen } },
    approved: finalState,
    cancelled: finalState,
  },
});
