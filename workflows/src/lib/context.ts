import type { WorkflowContext, WorkflowSeed } from './types';

/** The context of a new task of any type; the seed carries what the plan or scheduler knows. */
export function initialContext(seed: WorkflowSeed = {}): WorkflowContext {
  return {
    returnReason: null,
    returnedFrom: null,
    cancelReason: null,
    deliverableRef: null,
    issuedNumber: null,
    issuedOn: null,
    periodLabel: seed.periodLabel ?? null,
    periodDue: seed.periodDue ?? null,
    targetOperator: seed.targetOperator ?? null,
    targetValue: seed.targetValue ?? null,
    measuredValue: null,
    evidence: null,
    targetMet: null,
    progressPeriod: seed.progressPeriod ?? 'quarter',
    spanEnd: seed.spanEnd ?? null,
    progress: [],
    triggerDate: null,
    triggerDocument: null,
    consultees: [],
    consultationDeadline: seed.consultationDeadline ?? null,
    opinions: [],
    appraisalNote: null,
    pendingExtension: null,
    extensions: [],
    dueOverride: null,
    submittedBy: null,
    reviewedBy: null,
  };
}
