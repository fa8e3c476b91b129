import type { CardDto, MoveOptionDto, TransitionRequest } from '@dondoc/contracts';
import { parseDisplayDate } from '../../core/format/dates';

export type FieldKind = 'text' | 'longText' | 'date' | 'number' | 'percent';
export type FieldError = 'required' | 'invalidDate' | 'invalidNumber' | 'invalidPercent';

/** One input of the move dialog; `key` names the payload field the workflow reads. */
export interface MoveField {
  key: string;
  kind: FieldKind;
  required: boolean;
  /** Where the value goes: the payload, or the event's comment (shown in the history). */
  target: 'payload' | 'comment';
}

const field = (
  key: string,
  kind: FieldKind,
  required = true,
  target: MoveField['target'] = 'payload',
): MoveField => ({
  key,
  kind,
  required,
  target,
});

/**
 * What the dialog asks for each need the workflow names; the keys are the payload fields the
 * workflow's payload rules read (workflows/src/guards/payload-rules.ts).
 */
export const FIELDS_OF_NEED: Readonly<Record<string, readonly MoveField[]>> = {
  reason: [field('reason', 'longText')],
  deliverable: [field('deliverableRef', 'text')],
  issuedDocument: [field('issuedNumber', 'text'), field('issuedOn', 'date')],
  measuredValue: [field('measuredValue', 'number'), field('evidence', 'longText')],
  extensionDate: [field('newDue', 'date'), field('reason', 'longText')],
  triggerDate: [field('triggerDate', 'date'), field('triggerDocument', 'text')],
  opinion: [field('opinion', 'longText')],
  progressReport: [field('summary', 'longText'), field('percentDone', 'percent', false)],
  comment: [field('comment', 'longText', true, 'comment')],
  // Steps that keep the card in its column (see drawer/drawer-actions.ts): optional inputs.
  consultation: [field('deadline', 'date', false)],
  appraisal: [field('note', 'longText', false)],
  decisionNote: [field('comment', 'longText', false, 'comment')],
};

/** The dialog's inputs for a move, each once; empty when the move can be sent straight away. */
export function fieldsFor(move: MoveOptionDto): MoveField[] {
  const byKey = new Map<string, MoveField>();
  for (const need of move.needs) for (const input of FIELDS_OF_NEED[need] ?? []) byKey.set(input.key, input);
  return [...byKey.values()];
}

type Parsed = { value: string | number | undefined } | { error: FieldError };

export function parseField(input: MoveField, raw: string | undefined): Parsed {
  const text = (raw ?? '').trim();
  if (text === '') return input.required ? { error: 'required' } : { value: undefined };
  switch (input.kind) {
    case 'text':
    case 'longText':
      return { value: text };
    case 'date': {
      const iso = parseDisplayDate(text);
      return iso ? { value: iso } : { error: 'invalidDate' };
    }
    case 'number': {
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) ? { value } : { error: 'invalidNumber' };
    }
    case 'percent': {
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) && value >= 0 && value <= 100 ? { value } : { error: 'invalidPercent' };
    }
  }
}

export type BuiltRequest =
  { ok: true; request: TransitionRequest } | { ok: false; errors: Readonly<Record<string, FieldError>> };

/**
 * The transition request for a move of the card, from the dialog's raw values. Sent with the
 * version the user saw, so a move made on stale information is refused rather than applied.
 */
export function buildTransitionRequest(
  card: CardDto,
  move: MoveOptionDto,
  values: Readonly<Partial<Record<string, string>>> = {},
): BuiltRequest {
  const payload: Record<string, unknown> = {};
  const errors: Record<string, FieldError> = {};
  let comment: string | undefined;
  for (const input of fieldsFor(move)) {
    const parsed = parseField(input, values[input.key]);
    if ('error' in parsed) {
      errors[input.key] = parsed.error;
    } else if (parsed.value !== undefined) {
      if (input.target === 'comment') comment = String(parsed.value);
      else payload[input.key] = parsed.value;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // A reason is also the event's comment, so the history shows why without opening the payload.
  comment ??= typeof payload['reason'] === 'string' ? payload['reason'] : undefined;
  const request: TransitionRequest = { event: move.event, expectedVersion: card.version };
  if (comment !== undefined) request.comment = comment;
  if (Object.keys(payload).length > 0) request.payload = payload;
  return { ok: true, request };
}
