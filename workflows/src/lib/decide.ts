import { transition } from 'xstate';
import { FOUR_EYES_REASONS, fourEyesBreach } from '../guards/four-eyes';
import { PAYLOAD_CHECKS } from '../guards/payload-rules';
import { badgeOf, columnOf } from './columns';
import { EVENT_LABELS_VI, STATE_LABELS_VI } from './labels';
import { MACHINE_VERSIONS } from './registry';
import { actorFactsOf } from './relations';
import {
  declaredTransitions,
  enabled,
  isRefusal,
  machineEvent,
  metaOf,
  type Refusal,
  restore,
  stateOf,
} from './snapshots';
import {
  type ChildrenTally,
  type Decision,
  type GuardMode,
  isWorkflowEventType,
  type MachineEvent,
  type WorkflowActor,
  type WorkflowCommand,
  type WorkflowContext,
  type WorkflowEventType,
  type WorkflowTask,
} from './types';

export const OTHER_WARD: Refusal = {
  ok: false,
  code: 'FORBIDDEN',
  reason: 'Bạn không thuộc phường (xã) của nhiệm vụ này',
};

/**
 * The one decision the backend asks for: may this actor send this command to this task now, and
 * if so what are the task's next state and context. Checks, in order: the state declares the
 * event at all, then the task's own condition (both EVENT_NOT_ACCEPTED), then the actor's
 * relation, then four eyes (both FORBIDDEN, the latter with its `rule`), then the payload
 * (INVALID_PAYLOAD). Actors of another ward are refused before anything about the task is
 * revealed. Never throws.
 */
export function decide(
  task: WorkflowTask,
  actor: WorkflowActor,
  command: WorkflowCommand,
  now: string,
): Decision {
  if (actor.wardId !== task.wardId) return OTHER_WARD;
  const restored = restore(task);
  if (isRefusal(restored)) return restored;
  if (typeof command !== 'object' || command === null) {
    return { ok: false, code: 'EVENT_NOT_ACCEPTED', reason: 'Thiếu thao tác cần thực hiện' };
  }
  const current = stateOf(restored.snapshot);
  const stateLabel = STATE_LABELS_VI[current] ?? current;
  if (!isWorkflowEventType(command.type)) {
    return {
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: `Thao tác không được hỗ trợ: ${String(command.type)}`,
    };
  }
  const eventLabel = EVENT_LABELS_VI[command.type];
  const candidates = declaredTransitions(restored.snapshot, command.type);
  if (candidates.length === 0) {
    return {
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: `Nhiệm vụ đang ở trạng thái «${stateLabel}», không thể «${eventLabel}»`,
    };
  }
  const facts = actorFactsOf(task, actor);
  const consultees = [...task.cooperatorUnitIds];
  const children = childrenOf(task);
  const eventIn = (mode: GuardMode) =>
    machineEvent(command.type, facts, command, now, mode, consultees, children);
  const meta = metaOf(candidates[0]);

  if (!enabled(restored, eventIn('condition'))) {
    return {
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: meta.notNow ?? `Nhiệm vụ đang ở trạng thái «${stateLabel}», chưa thể «${eventLabel}»`,
    };
  }
  if (!enabled(restored, eventIn('relation'))) {
    return { ok: false, code: 'FORBIDDEN', reason: meta.forbidden };
  }
  if (!enabled(restored, eventIn('permission'))) {
    // The relation allowed it, so four eyes refused: name the rule the actor breaks.
    const context = restored.snapshot.context as WorkflowContext;
    const rule = candidates
      .map((candidate) => fourEyesBreach(metaOf(candidate).apart, context, actor.userId))
      .find((broken) => broken !== null);
    return rule
      ? { ok: false, code: 'FORBIDDEN', reason: FOUR_EYES_REASONS[rule], rule }
      : { ok: false, code: 'FORBIDDEN', reason: meta.forbidden };
  }
  const decided = eventIn('decide');
  if (!enabled(restored, decided)) {
    return { ok: false, code: 'INVALID_PAYLOAD', reason: payloadProblem(candidates.map(metaOf), decided) };
  }

  const [next] = transition(restored.machine, restored.snapshot, decided);
  const state = stateOf(next);
  return {
    ok: true,
    state,
    context: next.context as WorkflowContext,
    column: columnOf(task.type, state),
    machineVersion: MACHINE_VERSIONS[task.type],
    badge: badgeOf(task.type, state),
    recordedPayload: recordedPayloadOf(command.type, decided),
  };
}

function payloadProblem(metas: { rules: (keyof typeof PAYLOAD_CHECKS)[] }[], event: MachineEvent): string {
  for (const meta of metas) {
    for (const rule of meta.rules) {
      const message = PAYLOAD_CHECKS[rule](event);
      if (message !== null) return message;
    }
  }
  return 'Dữ liệu gửi kèm không hợp lệ';
}

/** Children counts are the engine's, never a client's; any other task has none. */
function childrenOf(task: WorkflowTask): ChildrenTally | undefined {
  const children = task.children;
  if (children === undefined || children === null) return undefined;
  const count = (value: unknown) =>
    Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : 0;
  return {
    total: count(children.total),
    approved: count(children.approved),
    cancelled: count(children.cancelled),
  };
}

/**
 * Facts known at decision time are pinned into the log so replay() needs nothing else: the
 * consulted units (the task's cooperators may change later) and the children counts a parent
 * finished with.
 */
function recordedPayloadOf(type: WorkflowEventType, event: MachineEvent): Record<string, unknown> {
  if (type === 'START_CONSULTATION') return { ...event.payload, consultees: event.consultees };
  if (type === 'CHILDREN_DONE') return { ...event.payload, children: event.children };
  return { ...event.payload };
}
