import { transition } from 'xstate';
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
 * relation (FORBIDDEN), then the payload (INVALID_PAYLOAD). Actors of another ward are refused
 * before anything about the task is revealed. Never throws.
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
  const eventIn = (mode: GuardMode) => machineEvent(command.type, facts, command, now, mode, consultees);
  const meta = metaOf(candidates[0]);

  if (!enabled(restored, eventIn('condition'))) {
    return {
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: meta.notNow ?? `Nhiệm vụ đang ở trạng thái «${stateLabel}», chưa thể «${eventLabel}»`,
    };
  }
  if (!enabled(restored, eventIn('permission'))) {
    return { ok: false, code: 'FORBIDDEN', reason: meta.forbidden };
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

/** The consulted units are pinned into the log, since the task's cooperators may change later. */
function recordedPayloadOf(type: WorkflowEventType, event: MachineEvent): Record<string, unknown> {
  return type === 'START_CONSULTATION'
    ? { ...event.payload, consultees: event.consultees }
    : { ...event.payload };
}
