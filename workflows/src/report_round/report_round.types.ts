import {
  PART_STATES,
  type PartState,
  ROUND_EVENT_TYPES,
  ROUND_STATES,
  type RoundEventType,
  type RoundState,
  type TaskResult,
} from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';

// The vocabulary the API sends as it is, declared once with the contracts.
export {
  PART_STATES,
  ROUND_EVENT_TYPES,
  ROUND_STATES,
  type PartState,
  type RoundEventType,
  type RoundState,
  type TaskResult,
};

export function isRoundEventType(value: unknown): value is RoundEventType {
  return typeof value === 'string' && (ROUND_EVENT_TYPES as readonly string[]).includes(value);
}

export const PART_EVENT_TYPES = ['SAVE_PART', 'SUBMIT_PART', 'ACCEPT_PART', 'RETURN_PART'] as const;
export type PartEventType = (typeof PART_EVENT_TYPES)[number];

export function isPartEvent(type: RoundEventType): type is PartEventType {
  return (PART_EVENT_TYPES as readonly string[]).includes(type);
}

/** What a part remembers besides its state. */
export interface PartData {
  unitId: string;
  /** The unit's tasks in the plan: one result is asked for each. */
  taskIds: string[];
  results: TaskResult[];
  returnReason: string | null;
  returns: number;
  /** The last hand-in: the one accepted counts for lateness. */
  submittedAt: string | null;
  acceptedAt: string | null;
}

export interface ReportPart extends PartData {
  state: PartState;
}

export interface RoundContext {
  planId: string;
  /** The report period's key and label ('2026-Q1', 'Quý I/2026'). */
  periodKey: string;
  periodLabel: string;
  /** The day every part should be in by (Vietnam date). */
  sendBy: string;
  /** Văn phòng HĐND&UBND: opens, accepts or returns parts, compiles and closes. */
  officeUnitId: string;
  /** The lead units asked, in the order they were given. */
  unitIds: string[];
  parts: Record<string, ReportPart>;
  /** Units whose part was not accepted when the round was compiled. */
  missingUnitIds: string[];
  compiledText: string | null;
  compiledAt: string | null;
  closedAt: string | null;
  cancelReason: string | null;
}

/** What opening a round needs: the plan, the period, the send-by date and each lead unit's tasks. */
export interface RoundSeed {
  planId: string;
  periodKey: string;
  periodLabel: string;
  sendBy: string;
  officeUnitId: string;
  units: { unitId: string; taskIds: string[] }[];
}

export interface RoundActor {
  userId: string;
  unitId: string | null;
  roles: Role[];
}

export interface RoundCommand {
  type: RoundEventType;
  /** The unit whose part a part event moves. */
  unitId?: string;
  payload?: Record<string, unknown>;
}

export interface RoundMachineEvent {
  type: RoundEventType;
  actor: RoundActor;
  unitId: string | null;
  payload: Record<string, unknown>;
  now: string;
}

export interface RoundSnapshot {
  state: RoundState;
  context: RoundContext;
}

export type RoundDecision =
  | ({ ok: true } & RoundSnapshot)
  | { ok: false; code: 'EVENT_NOT_ACCEPTED' | 'FORBIDDEN' | 'INVALID_PAYLOAD'; reason: string };
