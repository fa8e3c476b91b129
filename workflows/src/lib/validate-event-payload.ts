import type { TaskType } from '@dondoc/domain';
import type { AnyStateNode } from 'xstate';
import { isIsoDate } from './dates';
import {
  ENGINE_ONLY_EVENTS,
  EVENT_PAYLOAD_FIELDS,
  MAX_COMMENT_LENGTH,
  type PayloadField,
  SERVER_OWNED_PAYLOAD_FIELDS,
} from './event-payloads';
import { EVENT_LABELS_VI } from './labels';
import { MACHINES } from './registry';
import { isWorkflowEventType, type WorkflowEventType } from './types';

export type PayloadProblemCode =
  | 'UNKNOWN_EVENT'
  | 'EVENT_NOT_IN_WORKFLOW'
  | 'ENGINE_ONLY_EVENT'
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'SERVER_OWNED_FIELD'
  | 'WRONG_TYPE'
  | 'TOO_LONG'
  | 'OUT_OF_RANGE';

/** One thing wrong with a request, naming the field (`comment` for the comment, `event` for the event). */
export interface PayloadProblem {
  field: string;
  code: PayloadProblemCode;
  /** The length limit for TOO_LONG, the bound broken for OUT_OF_RANGE. */
  limit?: number;
  /** Vietnamese, for the user. */
  message: string;
}

export type PayloadValidation =
  | { ok: true; payload: Record<string, unknown>; comment: string | undefined }
  | { ok: false; problems: PayloadProblem[] };

/** Bidi overrides and isolates can make a text read otherwise than it is stored (U+202A–E, U+2066–9). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** User text as stored: NFC, no bidi controls, trimmed; empty reads as absent. */
export function cleanText(value: string): string | undefined {
  const text = value.normalize('NFC').replace(BIDI_CONTROLS, '').trim();
  return text.length > 0 ? text : undefined;
}

const EVENTS_OF_TYPE = new Map<TaskType, ReadonlySet<string>>();

function declaredIn(node: AnyStateNode): string[] {
  return [...Object.keys(node.on), ...Object.values(node.states).flatMap(declaredIn)];
}

/**
 * The events a type's machine declares in any state. (The machine's own `events` leaves out
 * transitions without target or action, such as COMMENT.)
 */
export function eventsOfType(type: TaskType): ReadonlySet<string> {
  let events = EVENTS_OF_TYPE.get(type);
  if (!events) {
    events = new Set(declaredIn(MACHINES[type].root));
    EVENTS_OF_TYPE.set(type, events);
  }
  return events;
}

type Checked = { value: unknown } | { problem: Omit<PayloadProblem, 'field'> };

function checkText(value: unknown, max: number, label: string): Checked {
  if (typeof value !== 'string')
    return { problem: { code: 'WRONG_TYPE', message: `${label} phải là văn bản` } };
  const text = cleanText(value);
  if (text !== undefined && text.length > max) {
    return {
      problem: {
        code: 'TOO_LONG',
        limit: max,
        message: `${label} dài ${text.length} ký tự, vượt quá giới hạn ${max} ký tự`,
      },
    };
  }
  return { value: text };
}

function checkField(spec: PayloadField, value: unknown, label: string): Checked {
  switch (spec.kind) {
    case 'text':
      return checkText(value, spec.max, label);
    case 'date':
      return isIsoDate(value)
        ? { value }
        : { problem: { code: 'WRONG_TYPE', message: `${label} phải là ngày dạng YYYY-MM-DD` } };
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return { problem: { code: 'WRONG_TYPE', message: `${label} phải là một số` } };
      if (spec.min !== undefined && value < spec.min)
        return {
          problem: {
            code: 'OUT_OF_RANGE',
            limit: spec.min,
            message: `${label} không được nhỏ hơn ${spec.min}`,
          },
        };
      if (spec.max !== undefined && value > spec.max)
        return {
          problem: {
            code: 'OUT_OF_RANGE',
            limit: spec.max,
            message: `${label} không được lớn hơn ${spec.max}`,
          },
        };
      return { value };
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function eventProblem(type: TaskType, event: unknown): PayloadProblem | null {
  if (!isWorkflowEventType(event))
    return { field: 'event', code: 'UNKNOWN_EVENT', message: `Thao tác không được hỗ trợ: ${String(event)}` };
  if (ENGINE_ONLY_EVENTS.includes(event))
    return {
      field: 'event',
      code: 'ENGINE_ONLY_EVENT',
      message: `«${EVENT_LABELS_VI[event]}» do hệ thống ghi nhận, không gửi từ người dùng`,
    };
  if (!eventsOfType(type).has(event))
    return {
      field: 'event',
      code: 'EVENT_NOT_IN_WORKFLOW',
      message: `Quy trình của loại nhiệm vụ này không có thao tác «${EVENT_LABELS_VI[event]}»`,
    };
  return null;
}

/**
 * What a client sent with an event, checked against the fields the event declares: unknown and
 * server-owned keys named, each value's type and limit, the comment's length. Returns the cleaned
 * payload and comment (NFC, trimmed, no bidi controls; empty text dropped) or every problem found,
 * so the API can answer 400 naming them. It says nothing about whether the event is allowed now:
 * decide() does, and its payload rules say what is required.
 */
export function validateEventPayload(
  type: TaskType,
  event: unknown,
  payload: unknown,
  comment: unknown,
): PayloadValidation {
  const wrongEvent = eventProblem(type, event);
  if (wrongEvent) return { ok: false, problems: [wrongEvent] };
  const fields = EVENT_PAYLOAD_FIELDS[event as WorkflowEventType];
  const problems: PayloadProblem[] = [];
  const cleaned: Record<string, unknown> = {};

  if (payload !== undefined && payload !== null && !isPlainObject(payload)) {
    problems.push({
      field: 'payload',
      code: 'NOT_AN_OBJECT',
      message: 'Dữ liệu gửi kèm phải là một đối tượng',
    });
  }
  for (const [key, value] of Object.entries(isPlainObject(payload) ? payload : {})) {
    const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (spec === undefined) {
      const owned = (SERVER_OWNED_PAYLOAD_FIELDS as readonly string[]).includes(key);
      problems.push({
        field: key,
        code: owned ? 'SERVER_OWNED_FIELD' : 'UNKNOWN_FIELD',
        message: owned
          ? `Trường «${key}» do hệ thống ghi, không được gửi lên`
          : `Thao tác «${EVENT_LABELS_VI[event as WorkflowEventType]}» không nhận trường «${key}»`,
      });
      continue;
    }
    if (value === undefined || value === null) continue;
    const checked = checkField(spec, value, `Trường «${key}»`);
    if ('problem' in checked) problems.push({ field: key, ...checked.problem });
    else if (checked.value !== undefined) cleaned[key] = checked.value;
  }

  let cleanComment: string | undefined;
  if (comment !== undefined && comment !== null) {
    const checked = checkText(comment, MAX_COMMENT_LENGTH, 'Ý kiến kèm theo');
    if ('problem' in checked) problems.push({ field: 'comment', ...checked.problem });
    else cleanComment = checked.value as string | undefined;
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, payload: cleaned, comment: cleanComment };
}
