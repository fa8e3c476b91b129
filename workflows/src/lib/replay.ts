import type { TaskType } from '@dondoc/domain';
import { initialTransition, transition } from 'xstate';
import { MACHINES } from './registry';
import { declaredTransitions, enabled, machineEvent, type Restored, stateOf } from './snapshots';
import {
  type ActorFacts,
  type ChildrenTally,
  isWorkflowEventType,
  type WorkflowActor,
  type WorkflowCommand,
  type WorkflowContext,
  type WorkflowSeed,
} from './types';

export interface LoggedEvent {
  actor: WorkflowActor;
  command: WorkflowCommand;
  at: string;
}

/** A log that does not fold: an event its state could not have accepted. */
export class ReplayError extends Error {
  constructor(
    readonly index: number,
    readonly state: string,
    readonly eventType: string,
  ) {
    super(`Event #${index} (${eventType}) cannot apply in state '${state}'`);
    this.name = 'ReplayError';
  }
}

/** The log does not say how the actor's unit stood towards the task; it was checked when decided. */
function loggedActor(actor: WorkflowActor): ActorFacts {
  return {
    userId: actor.userId,
    unitId: actor.unitId,
    roles: [...actor.roles],
    relations: [],
    sameWard: true,
  };
}

function pinnedChildren(payload: Record<string, unknown> | undefined): ChildrenTally | undefined {
  const children = payload?.['children'];
  if (typeof children !== 'object' || children === null) return undefined;
  const { total, approved, cancelled } = children as Record<string, unknown>;
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  return { total: count(total), approved: count(approved), cancelled: count(cancelled) };
}

function pinnedConsultees(payload: Record<string, unknown> | undefined): string[] {
  const consultees = payload?.['consultees'];
  return Array.isArray(consultees) ? consultees.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The fold of the event log: the state and context a task reaches from its creation seed through
 * its accepted events. Permissions are not re-checked (the units of the task may have changed
 * since); conditions and payloads are, with each event's own time. Store each event with the
 * `recordedPayload` decide() returned, or a consultation replays without its consulted units.
 * @throws ReplayError when an event cannot apply: the log is corrupt.
 */
export function replay(
  type: TaskType,
  events: LoggedEvent[],
  seed: WorkflowSeed = {},
): { state: string; context: WorkflowContext } {
  const machine = MACHINES[type];
  let [snapshot] = initialTransition(machine, seed);
  events.forEach(({ actor, command, at }, index) => {
    const restored: Restored = { machine, snapshot };
    const eventType = String(command.type);
    if (!isWorkflowEventType(command.type) || declaredTransitions(snapshot, command.type).length === 0) {
      throw new ReplayError(index, stateOf(snapshot), eventType);
    }
    const event = machineEvent(
      command.type,
      loggedActor(actor),
      command,
      at,
      'replay',
      pinnedConsultees(command.payload),
      pinnedChildren(command.payload),
    );
    if (!enabled(restored, event)) throw new ReplayError(index, stateOf(snapshot), eventType);
    [snapshot] = transition(machine, snapshot, event);
  });
  return { state: stateOf(snapshot), context: snapshot.context as WorkflowContext };
}
