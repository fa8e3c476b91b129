import type { TaskType } from '@dondoc/domain';
import {
  type AnyMachineSnapshot,
  type AnyStateMachine,
  getNextTransitions,
  pathToStateValue,
  type StateValue,
} from 'xstate';
import { isStateOf } from './columns';
import type { TransitionMeta } from './machine-kit';
import { MACHINE_VERSIONS, MACHINES } from './registry';
import type {
  ActorFacts,
  ChildrenTally,
  Decision,
  GuardMode,
  MachineEvent,
  WorkflowCommand,
  WorkflowContext,
  WorkflowEventType,
} from './types';
import { MIGRATIONS, normaliseContext, upgrade } from './versions';

/*
 * The engine's plumbing: reading a persisted row into a machine snapshot and asking the
 * machine about one event. No decisions are taken here.
 */

export type Refusal = Extract<Decision, { ok: false }>;

export interface Restored {
  machine: AnyStateMachine;
  snapshot: AnyMachineSnapshot;
}

/** Turns a state value into its persisted form: 'draft', 'submitted.appraisal'. */
export function toDottedState(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value)[0] ?? ['', undefined];
  return child === undefined ? key : `${key}.${toDottedState(child as StateValue)}`;
}

export function stateOf(snapshot: AnyMachineSnapshot): string {
  return toDottedState(snapshot.value);
}

export function isRefusal(value: object): value is Refusal {
  return 'ok' in value && value.ok === false;
}

/** Reads a task's row back into a machine snapshot, upgrading old versions or refusing them. */
export function restore(row: {
  type: TaskType;
  state: string;
  context: WorkflowContext;
  machineVersion: number;
}): Restored | Refusal {
  const machine = MACHINES[row.type];
  if (machine === undefined) {
    return { ok: false, code: 'UNKNOWN_STATE', reason: `Loại nhiệm vụ không hợp lệ: ${String(row.type)}` };
  }
  const current = MACHINE_VERSIONS[row.type];
  const upgraded = upgrade(
    { state: row.state, context: normaliseContext(row.context) },
    row.machineVersion,
    current,
    MIGRATIONS[row.type],
  );
  if (upgraded === null) {
    return {
      ok: false,
      code: 'UNSUPPORTED_MACHINE_VERSION',
      reason: `Nhiệm vụ được lưu theo quy trình phiên bản ${row.machineVersion}, hệ thống đang dùng phiên bản ${current} và không chuyển đổi được`,
    };
  }
  if (typeof upgraded.state !== 'string' || !isStateOf(row.type, upgraded.state)) {
    return {
      ok: false,
      code: 'UNKNOWN_STATE',
      reason: `Trạng thái đã lưu «${String(upgraded.state)}» không hợp lệ`,
    };
  }
  const snapshot = machine.resolveState({
    value: pathToStateValue(upgraded.state.split('.')),
    context: normaliseContext(upgraded.context),
  });
  return { machine, snapshot };
}

function plainPayload(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}

export function machineEvent(
  type: WorkflowEventType,
  actor: ActorFacts,
  command: Pick<WorkflowCommand, 'comment' | 'payload'>,
  now: string,
  mode: GuardMode,
  consultees: string[],
  children?: ChildrenTally,
): MachineEvent {
  return {
    type,
    actor,
    payload: plainPayload(command.payload),
    comment: typeof command.comment === 'string' ? command.comment : null,
    now,
    mode,
    consultees,
    ...(children === undefined ? {} : { children }),
  };
}

/** The transitions the current state declares for the event, whatever their guards say. */
export function declaredTransitions(snapshot: AnyMachineSnapshot, type: WorkflowEventType) {
  return getNextTransitions(snapshot).filter((candidate) => candidate.eventType === type);
}

export function metaOf(candidate: { meta?: unknown }): TransitionMeta {
  return candidate.meta as TransitionMeta;
}

/**
 * Whether some declared transition's guards pass. (snapshot.can() says no to transitions that
 * change nothing, such as COMMENT, so we ask the machine for the enabled transitions instead.)
 */
export function enabled(restored: Restored, event: MachineEvent): boolean {
  return (restored.machine.getTransitionData(restored.snapshot, event) ?? []).length > 0;
}
