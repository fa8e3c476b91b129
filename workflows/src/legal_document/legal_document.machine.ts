import { initialContext } from '../lib/context';
import { move, workflowSetup } from '../lib/machine-kit';
import {
  approveIssuedDocument,
  finalState,
  FORBIDDEN,
  returnedBy,
  reviewerPasses,
  submitDeliverable,
  whileOpen,
} from '../lib/transitions';

const startConsultation = move({
  target: 'consultation',
  who: ['actsAsLead'],
  rules: ['hasValidConsultationDeadline'],
  actions: ['openConsultation'],
  forbidden: FORBIDDEN.leadConsultation,
});

const notAllAnswered =
  'Chưa thể kết thúc lấy ý kiến: còn đơn vị phối hợp chưa cho ý kiến và chưa hết hạn lấy ý kiến';

/** The lead closes once everyone answered; after the deadline the office or an admin may too. */
const closeConsultation = [
  move({
    target: 'consulted',
    when: ['allConsulteesAnswered'],
    who: ['actsAsLead'],
    actions: ['closeConsultation'],
    forbidden: FORBIDDEN.closeConsultation,
    notNow: notAllAnswered,
  }),
  move({
    target: 'consulted',
    when: ['consultationDeadlinePassed'],
    who: ['actsAsLead', 'actsAsApproverUnit', 'actsAsAdmin'],
    actions: ['closeConsultation'],
    forbidden: FORBIDDEN.closeConsultation,
    notNow: notAllAnswered,
  }),
];

/**
 * Văn bản quy phạm pháp luật: each cooperating unit is consulted before submission, and the
 * office appraises (thẩm định) the submitted draft before the reviewer unit checks it.
 * Appraisal lives inside `submitted` (column submitted, badge appraisal / appraised).
 */
export const legalDocumentMachine = workflowSetup.createMachine({
  id: 'legal_document',
  initial: 'draft',
  context: ({ input }) => initialContext(input),
  states: {
    draft: { on: { START_CONSULTATION: startConsultation, ...whileOpen } },
    consultation: {
      on: {
        GIVE_OPINION: move({
          when: ['opinionNotYetGiven'],
          who: ['actsAsCooperator'],
          rules: ['hasOpinion'],
          actions: ['recordOpinion'],
          forbidden: FORBIDDEN.opinion,
          notNow: 'Đơn vị của bạn đã cho ý kiến trong đợt lấy ý kiến này',
        }),
        CLOSE_CONSULTATION: closeConsultation,
        ...whileOpen,
      },
    },
    consulted: { on: { SUBMIT: submitDeliverable, ...whileOpen } },
    submitted: {
      initial: 'appraisal',
      states: {
        appraisal: {
          on: {
            APPRAISE: move({
              target: 'appraised',
              who: ['actsAsApproverUnit'],
              apart: ['notSubmitterOfVersion'],
              actions: ['recordAppraisal'],
              forbidden: FORBIDDEN.appraiser,
            }),
            RETURN: { ...returnedBy('approver', 'submitted.appraisal'), target: '#legal_document.returned' },
          },
        },
        appraised: {
          on: {
            REVIEW: { ...reviewerPasses, target: '#legal_document.reviewed' },
            RETURN: { ...returnedBy('reviewer', 'submitted.appraised'), target: '#legal_document.returned' },
          },
        },
      },
      on: whileOpen,
    },
    reviewed: {
      on: { APPROVE: approveIssuedDocument, RETURN: returnedBy('approver', 'reviewed'), ...whileOpen },
    },
    returned: { on: { SUBMIT: submitDeliverable, START_CONSULTATION: startConsultation, ...whileOpen } },
    approved: finalState,
    cancelled: finalState,
  },
});
