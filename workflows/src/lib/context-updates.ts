import { periodLabelOf, vietnamDateOf } from './dates';
import { finiteNumber, MAX_SHORT_TEXT, reasonOf, trimmedText } from './payload-fields';
import type { MachineEvent, TargetOperator, WorkflowContext } from './types';

/*
 * How each accepted event changes the context. Pure functions of (context, event) returning the
 * fields that change; the machines wrap them in assign(). They run only after the payload rules
 * passed, so the fallbacks below are for type safety, not for user input.
 */
type Update = (context: WorkflowContext, event: MachineEvent) => Partial<WorkflowContext>;

export function isTargetMet(
  operator: TargetOperator | null,
  target: number | null,
  measured: number,
): boolean | null {
  if (operator === null || target === null) return null;
  return operator === '>=' ? measured >= target : measured <= target;
}

export const recordSubmission: Update = (_context, event) => ({
  deliverableRef: trimmedText(event.payload['deliverableRef'], MAX_SHORT_TEXT),
  returnReason: null,
  returnedFrom: null,
});

export function recordReturn(from: string): Update {
  return (_context, event) => ({ returnReason: reasonOf(event.payload, event.comment), returnedFrom: from });
}

export const recordResubmission: Update = () => ({ returnReason: null, returnedFrom: null });

/** A submission starts a new version: its submitter is recorded and nobody has reviewed it yet. */
export const markSubmitted: Update = (_context, event) => ({
  submittedBy: event.actor.userId,
  reviewedBy: null,
});

export const markReviewed: Update = (_context, event) => ({ reviewedBy: event.actor.userId });

export const CHILDREN_CANCELLED_REASON = 'Mọi nhiệm vụ con đều đã huỷ';

/** A fan-out parent whose children were all cancelled is cancelled with them. */
export const recordChildrenCancelled: Update = () => ({ cancelReason: CHILDREN_CANCELLED_REASON });

/**
 * Progress reports kept in the context: the latest few, enough for the card and the drawer. The
 * context is copied into every snapshot, card and live message, so it must stay bounded however
 * long a task runs; every report stays in the event log, where the history reads it.
 */
export const MAX_PROGRESS_IN_CONTEXT = 8;
/** Extension decisions kept in the context; the log holds them all, and dueOverride the one in force. */
export const MAX_EXTENSIONS_IN_CONTEXT = 8;

function latest<T>(items: readonly T[], max: number): T[] {
  return items.slice(Math.max(0, items.length - max));
}

export const recordIssuedDocument: Update = (_context, event) => ({
  issuedNumber: trimmedText(event.payload['issuedNumber'], MAX_SHORT_TEXT),
  issuedOn: typeof event.payload['issuedOn'] === 'string' ? event.payload['issuedOn'] : null,
});

export const recordCancellation: Update = (_context, event) => ({
  cancelReason: reasonOf(event.payload, event.comment),
});

export const recordMeasuredValue: Update = (context, event) => {
  const measured = finiteNumber(event.payload['measuredValue']) ?? 0;
  return {
    measuredValue: measured,
    evidence: trimmedText(event.payload['evidence']),
    targetMet: isTargetMet(context.targetOperator, context.targetValue, measured),
    returnReason: null,
    returnedFrom: null,
  };
};

export const recordProgress: Update = (context, event) => {
  const today = vietnamDateOf(event.now) ?? event.now.slice(0, 10);
  return {
    progress: latest(
      [
        ...context.progress,
        {
          periodLabel:
            trimmedText(event.payload['periodLabel'], MAX_SHORT_TEXT) ??
            periodLabelOf(today, context.progressPeriod),
          summary: trimmedText(event.payload['summary']) ?? trimmedText(event.comment) ?? '',
          percentDone: finiteNumber(event.payload['percentDone']),
          by: event.actor.userId,
          at: event.now,
        },
      ],
      MAX_PROGRESS_IN_CONTEXT,
    ),
  };
};

export const recordTrigger: Update = (_context, event) => ({
  triggerDate: typeof event.payload['triggerDate'] === 'string' ? event.payload['triggerDate'] : null,
  triggerDocument: trimmedText(event.payload['triggerDocument'], MAX_SHORT_TEXT),
});

/** A (re)started consultation asks the task's cooperators as they are now, and forgets old answers. */
export const openConsultation: Update = (context, event) => ({
  consultees: [...event.consultees],
  opinions: [],
  consultationDeadline:
    typeof event.payload['deadline'] === 'string' ? event.payload['deadline'] : context.consultationDeadline,
});

export const recordOpinion: Update = (context, event) => ({
  opinions: [
    ...context.opinions,
    {
      unitId: event.actor.unitId ?? '',
      opinion: trimmedText(event.payload['opinion']) ?? trimmedText(event.comment) ?? '',
      noOpinion: false,
      by: event.actor.userId,
      at: event.now,
    },
  ],
});

export const NO_OPINION_TEXT = 'Không có ý kiến';

/** Cooperators who never answered are recorded as having no opinion, as the plans' practice is. */
export const closeConsultation: Update = (context, event) => ({
  opinions: [
    ...context.opinions,
    ...context.consultees
      .filter((unitId) => !context.opinions.some((opinion) => opinion.unitId === unitId))
      .map((unitId) => ({ unitId, opinion: NO_OPINION_TEXT, noOpinion: true, by: null, at: event.now })),
  ],
});

export const recordAppraisal: Update = (_context, event) => ({
  appraisalNote: trimmedText(event.payload['note']) ?? trimmedText(event.comment),
});

export const requestExtension: Update = (_context, event) => ({
  pendingExtension: {
    newDue: typeof event.payload['newDue'] === 'string' ? event.payload['newDue'] : '',
    reason: reasonOf(event.payload, event.comment) ?? '',
    requestedBy: event.actor.userId,
    requestedAt: event.now,
  },
});

export const grantExtension: Update = (context, event) => {
  const pending = context.pendingExtension;
  if (pending === null) return {};
  return {
    dueOverride: pending.newDue,
    pendingExtension: null,
    extensions: latest(
      [
        ...context.extensions,
        {
          ...pending,
          outcome: 'granted',
          decidedBy: event.actor.userId,
          decidedAt: event.now,
          refusalReason: null,
        },
      ],
      MAX_EXTENSIONS_IN_CONTEXT,
    ),
  };
};

export const refuseExtension: Update = (context, event) => {
  const pending = context.pendingExtension;
  if (pending === null) return {};
  return {
    pendingExtension: null,
    extensions: latest(
      [
        ...context.extensions,
        {
          ...pending,
          outcome: 'refused',
          decidedBy: event.actor.userId,
          decidedAt: event.now,
          refusalReason: reasonOf(event.payload, event.comment),
        },
      ],
      MAX_EXTENSIONS_IN_CONTEXT,
    ),
  };
};
