import { getNextTransitions, initialTransition, transition } from 'xstate';
import { partDeclares } from './report_part.machine';
import { PART_STATE_LABELS_VI, ROUND_EVENT_LABELS_VI, ROUND_STATE_LABELS_VI } from './report_round.labels';
import { partOf, reportRoundMachine } from './report_round.machine';
import {
  actsForOffice,
  closeProblem,
  compiledTextProblem,
  compileProblem,
  FORBIDDEN_REASONS,
  reasonProblem,
  saveProblem,
  seedProblem,
  signsOffRound,
  submitProblem,
  writesPart,
} from './report_round.rules';
import {
  isPartEvent,
  isRoundEventType,
  type RoundActor,
  type RoundCommand,
  type RoundDecision,
  type RoundMachineEvent,
  type RoundSeed,
  type RoundSnapshot,
  type RoundState,
} from './report_round.types';

type Refusal = Extract<RoundDecision, { ok: false }>;
const refuse = (code: Refusal['code'], reason: string): Refusal => ({ ok: false, code, reason });

/** Opens a round: every lead unit's part is asked. A seed that cannot make a round is refused. */
export function openRound(seed: RoundSeed): RoundDecision {
  const problem = seedProblem(seed);
  if (problem !== null) return refuse('INVALID_PAYLOAD', problem);
  const [snapshot] = initialTransition(reportRoundMachine, seed);
  return { ok: true, state: snapshot.value as RoundState, context: snapshot.context };
}

function plainPayload(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
    ? (payload as Record<string, unknown>)
    : {};
}

function eventOf(actor: RoundActor, command: RoundCommand, now: string): RoundMachineEvent {
  return {
    type: command.type,
    actor,
    unitId: typeof command.unitId === 'string' ? command.unitId : null,
    payload: plainPayload(command.payload),
    now,
  };
}

/** Why the machine did not take an event its state declares: the first check that fails, in order. */
function whyNot(round: RoundSnapshot, event: RoundMachineEvent): Refusal {
  const { context } = round;
  const label = ROUND_EVENT_LABELS_VI[event.type];
  if (isPartEvent(event.type)) {
    const part = partOf(context, event.unitId);
    if (part === null) return refuse('INVALID_PAYLOAD', 'Đơn vị không được yêu cầu báo cáo trong đợt này');
    const byUnit = event.type === 'SAVE_PART' || event.type === 'SUBMIT_PART';
    if (byUnit ? !writesPart(event.actor, event.unitId) : !actsForOffice(event.actor, context))
      return refuse('FORBIDDEN', byUnit ? FORBIDDEN_REASONS.part : FORBIDDEN_REASONS.office);
    if (!partDeclares(part, event))
      return refuse(
        'EVENT_NOT_ACCEPTED',
        `Phần báo cáo của đơn vị đang ở trạng thái «${PART_STATE_LABELS_VI[part.state]}», không thể «${label}»`,
      );
    const problem =
      event.type === 'SAVE_PART'
        ? saveProblem(part, event.payload)
        : event.type === 'SUBMIT_PART'
          ? submitProblem(part, event.payload)
          : reasonProblem(event.payload);
    return refuse('INVALID_PAYLOAD', problem ?? 'Dữ liệu gửi kèm không hợp lệ');
  }
  if (event.type === 'CLOSE_ROUND') {
    if (!signsOffRound(event.actor, context)) return refuse('FORBIDDEN', FORBIDDEN_REASONS.signOff);
    return refuse('EVENT_NOT_ACCEPTED', closeProblem(context) ?? `Chưa thể «${label}»`);
  }
  if (!actsForOffice(event.actor, context)) return refuse('FORBIDDEN', FORBIDDEN_REASONS.office);
  if (event.type === 'COMPILE')
    return refuse('EVENT_NOT_ACCEPTED', compileProblem(context, event.now) ?? `Chưa thể «${label}»`);
  const problem =
    event.type === 'EDIT_COMPILED' ? compiledTextProblem(event.payload) : reasonProblem(event.payload);
  return refuse('INVALID_PAYLOAD', problem ?? 'Dữ liệu gửi kèm không hợp lệ');
}

/**
 * The one decision the backend asks of a round: may this actor send this command now, and if so
 * what the round becomes. Refusals say why in Vietnamese: the state does not take the event
 * (EVENT_NOT_ACCEPTED), the actor may not (FORBIDDEN), or the payload is wrong (INVALID_PAYLOAD).
 * Never throws.
 */
export function decideRound(
  round: RoundSnapshot,
  actor: RoundActor,
  command: RoundCommand,
  now: string,
): RoundDecision {
  if (typeof command !== 'object' || command === null || !isRoundEventType(command.type))
    return refuse('EVENT_NOT_ACCEPTED', `Thao tác không được hỗ trợ: ${String(command?.type)}`);
  const snapshot = reportRoundMachine.resolveState({ value: round.state, context: round.context });
  const event = eventOf(actor, command, now);
  if (!getNextTransitions(snapshot).some((candidate) => candidate.eventType === event.type))
    return refuse(
      'EVENT_NOT_ACCEPTED',
      `Đợt báo cáo đang ở trạng thái «${ROUND_STATE_LABELS_VI[round.state]}», không thể «${ROUND_EVENT_LABELS_VI[event.type]}»`,
    );
  if ((reportRoundMachine.getTransitionData(snapshot, event) ?? []).length === 0) return whyNot(round, event);
  const [next] = transition(reportRoundMachine, snapshot, event);
  return { ok: true, state: next.value as RoundState, context: next.context };
}

export interface LoggedRoundEvent {
  actor: RoundActor;
  command: RoundCommand;
  at: string;
}

/** A round log that does not fold: an event the round could not have taken then. */
export class RoundReplayError extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(`Round event #${index} cannot apply: ${reason}`);
    this.name = 'RoundReplayError';
  }
}

/**
 * The round its log folds to, from its opening seed. Every check is made again with each event's
 * own time, since a round's parties (the office, the units asked) are pinned in the seed.
 * @throws RoundReplayError when the seed or an event is refused.
 */
export function replayRound(seed: RoundSeed, events: readonly LoggedRoundEvent[]): RoundSnapshot {
  const opened = openRound(seed);
  if (!opened.ok) throw new RoundReplayError(-1, opened.reason);
  let round: RoundSnapshot = { state: opened.state, context: opened.context };
  events.forEach(({ actor, command, at }, index) => {
    const decision = decideRound(round, actor, command, at);
    if (!decision.ok) throw new RoundReplayError(index, decision.reason);
    round = { state: decision.state, context: decision.context };
  });
  return round;
}
