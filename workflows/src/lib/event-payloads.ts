import { MAX_LONG_TEXT, MAX_SHORT_TEXT } from './payload-fields';
import type { WorkflowEventType } from './types';

/*
 * The fields each event accepts, declared once by the workflows: what the payload rules and the
 * context updates read, with a type and a limit. Anything else a client sends is refused, so an
 * event's payload, and with it the log, the outbox and every live message, stays small.
 */

export type PayloadField =
  | { kind: 'text'; max: number }
  /** An ISO date, YYYY-MM-DD (the payload rules say which dates are allowed when). */
  | { kind: 'date' }
  | { kind: 'number'; min?: number; max?: number };

/** A comment (or a result, a reason, an opinion) is at most this long. */
export const MAX_COMMENT_LENGTH = MAX_LONG_TEXT;

const shortText: PayloadField = { kind: 'text', max: MAX_SHORT_TEXT };
const longText: PayloadField = { kind: 'text', max: MAX_LONG_TEXT };
const date: PayloadField = { kind: 'date' };
const reasonOnly = { reason: longText };
const progressReport = {
  summary: longText,
  percentDone: { kind: 'number', min: 0, max: 100 },
  periodLabel: shortText,
} satisfies Record<string, PayloadField>;

export const EVENT_PAYLOAD_FIELDS: Readonly<
  Record<WorkflowEventType, Readonly<Record<string, PayloadField>>>
> = {
  SUBMIT: { deliverableRef: shortText },
  REVIEW: {},
  APPROVE: { issuedNumber: shortText, issuedOn: date },
  RETURN: reasonOnly,
  CANCEL: reasonOnly,
  START_CONSULTATION: { deadline: date },
  GIVE_OPINION: { opinion: longText },
  CLOSE_CONSULTATION: {},
  APPRAISE: { note: longText },
  SUBMIT_VALUE: { measuredValue: { kind: 'number' }, evidence: longText },
  REPORT_PROGRESS: progressReport,
  CLOSE: progressReport,
  RECORD_TRIGGER: { triggerDate: date, triggerDocument: shortText },
  REQUEST_EXTENSION: { newDue: date, reason: longText },
  GRANT_EXTENSION: {},
  REFUSE_EXTENSION: reasonOnly,
  COMMENT: {},
  CHILDREN_DONE: {},
};

/**
 * Keys only the server writes: the facts decide() pins into the log (consulted units, children
 * counts) and the backend's own marks (a stand-in's principal, the scheduler's word that a
 * consultation is overdue, the resolved mentions of a comment). A client may not send them.
 */
export const SERVER_OWNED_PAYLOAD_FIELDS = [
  'consultees',
  'children',
  'onBehalfOf',
  'deadlinePassed',
  'mentions',
] as const;

/** Events only the engine sends; a client asking for one is refused before anything else. */
export const ENGINE_ONLY_EVENTS: readonly WorkflowEventType[] = ['CHILDREN_DONE'];
