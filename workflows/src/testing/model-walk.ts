import type { TaskType } from '@dondoc/domain';
import { type AnyMachineSnapshot, transition } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { ENGINE_ACTOR_ID, engineActor } from '../guards/permissions';
import { decide } from '../lib/decide';
import { MACHINES } from '../lib/registry';
import { declaredTransitions, stateOf } from '../lib/snapshots';
import {
  type ActorFacts,
  type ChildrenTally,
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
  FIXTURE_WARD,
  fixtureTask,
  VALID_PAYLOADS,
} from './scenarios';

/*
 * Model-based walk of a machine with xstate/graph. The model is the machine driven by people who
 * hold every relation, one person per kind of event (so four eyes holds on the way); every
 * reachable vertex is visited by a shortest path, and every enabled (vertex, event) edge is then
 * replayed through the public decide() by a real actor profile, which must land in the same state.
 * The model also sends the events four eyes forbids (the submitter or reviewer of the version
 * acting again) and the engine's CHILDREN_DONE for a parent whose children are all settled.
 */

function everyone(userId: string): ActorFacts {
  return {
    userId,
    unitId: FIXTURE_UNITS.cooperator,
    roles: ['staff', 'unit_head', 'reviewer', 'approver', 'leader', 'admin'],
    relations: ['lead', 'cooperator', 'reviewer_unit', 'approver_unit', 'leadership'],
    sameWard: true,
  };
}

/** The one who sends `type` in the model: submitting, reviewing and approving are different people. */
const modelPerson = (type: MachineEvent['type']) => `model-${type}`;

const ENGINE_FACTS: ActorFacts = { ...everyone(ENGINE_ACTOR_ID), roles: [], relations: [] };

function modelEvent(
  type: MachineEvent['type'],
  payload: Record<string, unknown>,
  actor: ActorFacts = everyone(modelPerson(type)),
  children?: ChildrenTally,
): MachineEvent {
  return {
    type,
    actor,
    payload,
    comment: 'Ý kiến kèm theo',
    now: FIXTURE_NOW,
    mode: 'decide',
    consultees: [FIXTURE_UNITS.cooperator],
    ...(children === undefined ? {} : { children }),
  };
}

const SUBMITTING_EVENTS = ['SUBMIT', 'SUBMIT_VALUE', 'CLOSE'] as const;
const CHECKING_EVENTS = ['REVIEW', 'APPRAISE', 'APPROVE'] as const;

/** Steps four eyes forbids: the submitter of the version checking it, its reviewer approving it. */
export const FOUR_EYES_BREAKING_EVENTS: MachineEvent[] = [
  ...SUBMITTING_EVENTS.flatMap((submit) =>
    CHECKING_EVENTS.map((check) => modelEvent(check, VALID_PAYLOADS[check], everyone(modelPerson(submit)))),
  ),
  modelEvent('APPROVE', VALID_PAYLOADS.APPROVE, everyone(modelPerson('REVIEW'))),
];

/** Every event with a valid payload, plus the scheduler closing an overdue consultation. */
export const MODEL_EVENTS: MachineEvent[] = [
  ...WORKFLOW_EVENT_TYPES.map((type) => modelEvent(type, VALID_PAYLOADS[type])),
  modelEvent('CLOSE_CONSULTATION', { deadlinePassed: true }),
  modelEvent('CHILDREN_DONE', {}, ENGINE_FACTS, { total: 3, approved: 2, cancelled: 1 }),
  modelEvent('CHILDREN_DONE', {}, ENGINE_FACTS, { total: 2, approved: 0, cancelled: 2 }),
  ...FOUR_EYES_BREAKING_EVENTS,
];

/** Vertices differ by state and by the context facts that change what is possible. */
export function serializeVertex(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as WorkflowContext;
  return JSON.stringify([
    stateOf(snapshot),
    context.pendingExtension !== null,
    context.opinions.length,
    context.submittedBy,
    context.reviewedBy,
  ]);
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
  /** Sent by the submitter or the reviewer of the version, where four eyes forbids it. */
  breaksFourEyes: boolean;
}

function taskAt(type: TaskType, snapshot: AnyMachineSnapshot): WorkflowTask {
  return { ...fixtureTask(type), state: stateOf(snapshot), context: snapshot.context as WorkflowContext };
}

/** Sends the event through decide() as each real profile in turn (the engine for its own event). */
function decideAsSomeone(task: WorkflowTask, event: MachineEvent): string | null {
  if (event.type === 'CHILDREN_DONE') {
    const decision = decide(
      { ...task, ...(event.children ? { children: event.children } : {}) },
      engineActor(FIXTURE_WARD),
      { type: event.type, payload: event.payload },
      event.now,
    );
    return decision.ok ? decision.state : null;
  }
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

/**
 * Whether the event is a step four eyes forbids in this snapshot, said independently of the
 * guards: the person who submitted the version checks it, or the one who reviewed it approves it.
 */
function breaksFourEyes(snapshot: AnyMachineSnapshot, event: MachineEvent): boolean {
  const { submittedBy, reviewedBy } = snapshot.context as WorkflowContext;
  const by = event.actor.userId;
  const checks = (CHECKING_EVENTS as readonly string[]).includes(event.type);
  return checks && (by === submittedBy || (event.type === 'APPROVE' && by === reviewedBy));
}

export interface Walk {
  vertices: string[];
  edges: WalkedEdge[];
  /** (vertex, event) pairs where the state declares a step four eyes forbids to that person. */
  fourEyesProbes: number;
}

export function walk(type: TaskType): Walk {
  const machine = MACHINES[type];
  const vertices = reachedVertices(type);
  const edges: WalkedEdge[] = [];
  let fourEyesProbes = 0;
  for (const snapshot of vertices) {
    for (const event of MODEL_EVENTS) {
      const breach = breaksFourEyes(snapshot, event);
      if (breach && declaredTransitions(snapshot, event.type).length > 0) fourEyesProbes++;
      if ((machine.getTransitionData(snapshot, event) ?? []).length === 0) continue;
      const [next] = transition(machine, snapshot, event);
      edges.push({
        from: stateOf(snapshot),
        event: event.type,
        to: stateOf(next),
        viaDecide: decideAsSomeone(taskAt(type, snapshot), event),
        breaksFourEyes: breach,
      });
    }
  }
  return { vertices: vertices.map(stateOf), edges, fourEyesProbes };
}
