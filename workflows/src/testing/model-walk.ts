import type { TaskType } from '@dondoc/domain';
import { type AnyMachineSnapshot, transition } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { decide } from '../lib/decide';
import { MACHINES } from '../lib/registry';
import { stateOf } from '../lib/snapshots';
import {
  type ActorFacts,
  type MachineEvent,
  WORKFLOW_EVENT_TYPES,
  type WorkflowContext,
  type WorkflowTask,
} from '../lib/types';
import {
  ACTOR_PROFILE_NAMES,
  ACTOR_PROFILES,
  FIXTURE_NOW,
  FIXTURE_SEEDS,
  FIXTURE_UNITS,
  fixtureTask,
  VALID_PAYLOADS,
} from './scenarios';

/*
 * Model-based walk of a machine with xstate/graph. The model is the machine driven by an actor
 * who holds every relation; every reachable vertex is visited by a shortest path, and every
 * enabled (vertex, event) edge is then replayed through the public decide() by a real actor
 * profile, which must land in the same state.
 */

const EVERYONE: ActorFacts = {
  userId: 'model',
  unitId: FIXTURE_UNITS.cooperator,
  roles: ['staff', 'unit_head', 'reviewer', 'approver', 'leader', 'admin'],
  relations: ['lead', 'cooperator', 'reviewer_unit', 'approver_unit', 'leadership'],
  sameWard: true,
};

function modelEvent(type: MachineEvent['type'], payload: Record<string, unknown>): MachineEvent {
  return {
    type,
    actor: EVERYONE,
    payload,
    comment: 'Ý kiến kèm theo',
    now: FIXTURE_NOW,
    mode: 'decide',
    consultees: [FIXTURE_UNITS.cooperator],
  };
}

/** Every event with a valid payload, plus the scheduler closing an overdue consultation. */
export const MODEL_EVENTS: MachineEvent[] = [
  ...WORKFLOW_EVENT_TYPES.map((type) => modelEvent(type, VALID_PAYLOADS[type])),
  modelEvent('CLOSE_CONSULTATION', { deadlinePassed: true }),
];

/** Vertices differ by state and by the context facts that change what is possible. */
export function serializeVertex(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as WorkflowContext;
  return JSON.stringify([stateOf(snapshot), context.pendingExtension !== null, context.opinions.length]);
}

export function modelOf(type: TaskType) {
  return createTestModel(MACHINES[type], {
    events: MODEL_EVENTS,
    serializeState: serializeVertex,
    input: FIXTURE_SEEDS[type],
  } as never);
}

export interface WalkedEdge {
  from: string;
  event: string;
  to: string;
  viaDecide: string | null;
}

function taskAt(type: TaskType, snapshot: AnyMachineSnapshot): WorkflowTask {
  return { ...fixtureTask(type), state: stateOf(snapshot), context: snapshot.context as WorkflowContext };
}

/** Sends the event through decide() as each real profile in turn; the first accepted answer. */
function decideAsSomeone(task: WorkflowTask, event: MachineEvent): string | null {
  for (const profile of ACTOR_PROFILE_NAMES) {
    const decision = decide(
      task,
      ACTOR_PROFILES[profile],
      { type: event.type, comment: event.comment ?? undefined, payload: event.payload },
      event.now,
    );
    if (decision.ok) return decision.state;
  }
  return null;
}

/**
 * The test model drops paths that are prefixes of longer ones, so the vertices are gathered from
 * every step of every path.
 */
function reachedVertices(type: TaskType): AnyMachineSnapshot[] {
  const byKey = new Map<string, AnyMachineSnapshot>();
  for (const path of modelOf(type).getShortestPaths()) {
    for (const step of path.steps) byKey.set(serializeVertex(step.state), step.state as AnyMachineSnapshot);
  }
  return [...byKey.values()];
}

export function walk(type: TaskType): { vertices: string[]; edges: WalkedEdge[] } {
  const machine = MACHINES[type];
  const vertices = reachedVertices(type);
  const edges: WalkedEdge[] = [];
  for (const snapshot of vertices) {
    for (const event of MODEL_EVENTS) {
      if ((machine.getTransitionData(snapshot, event) ?? []).length === 0) continue;
      const [next] = transition(machine, snapshot, event);
      edges.push({
        from: stateOf(snapshot),
        event: event.type,
        to: stateOf(next),
        viaDecide: decideAsSomeone(taskAt(type, snapshot), event),
      });
    }
  }
  return { vertices: vertices.map(stateOf), edges };
}
