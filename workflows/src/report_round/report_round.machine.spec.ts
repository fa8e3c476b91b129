import { type AnyMachineSnapshot, transition } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { partTakes, reportPartMachine } from './report_part.machine';
import { decideRound } from './report_round.decide';
import { roundFigures } from './report_round.figures';
import { fullResults, ROUND_ACTORS, ROUND_SEED, ROUND_UNITS, vnTime } from './report_round.fixtures';
import { reportRoundMachine } from './report_round.machine';
import {
  PART_STATES,
  ROUND_STATES,
  type RoundActor,
  type RoundCommand,
  type RoundContext,
  type RoundMachineEvent,
  type RoundState,
} from './report_round.types';

/*
 * Model-based tests of the round with xstate/graph: two lead units, every move by the actor whose
 * move it is, hand-ins before and after the send-by day (16/3), compilations before and after it.
 */

const EARLY = vnTime('03-10');
const LATE = vnTime('03-18');
const { ktht, vhxh } = ROUND_UNITS;

function modelEvent(actor: RoundActor, command: RoundCommand, now: string): RoundMachineEvent {
  return { type: command.type, actor, unitId: command.unitId ?? null, payload: command.payload ?? {}, now };
}

const unitActor = { [ktht]: ROUND_ACTORS.kthtStaff, [vhxh]: ROUND_ACTORS.vhxhHead };

const MODEL_EVENTS: RoundMachineEvent[] = [
  ...[ktht, vhxh].flatMap((unitId) => [
    modelEvent(
      unitActor[unitId],
      {
        type: 'SAVE_PART',
        unitId,
        payload: {
          results: [
            { taskId: ROUND_SEED.units.find((u) => u.unitId === unitId)?.taskIds[0], result: 'Đang làm' },
          ],
        },
      },
      EARLY,
    ),
    modelEvent(unitActor[unitId], fullResults(unitId), EARLY),
    modelEvent(unitActor[unitId], fullResults(unitId), LATE),
    modelEvent(ROUND_ACTORS.officeStaff, { type: 'ACCEPT_PART', unitId }, EARLY),
    modelEvent(
      ROUND_ACTORS.officeStaff,
      { type: 'RETURN_PART', unitId, payload: { reason: 'Thiếu số liệu' } },
      EARLY,
    ),
  ]),
  modelEvent(ROUND_ACTORS.officeStaff, { type: 'COMPILE' }, EARLY),
  modelEvent(ROUND_ACTORS.officeStaff, { type: 'COMPILE', payload: { text: 'Dự thảo' } }, LATE),
  modelEvent(ROUND_ACTORS.officeStaff, { type: 'EDIT_COMPILED', payload: { text: 'Báo cáo quý I' } }, LATE),
  modelEvent(ROUND_ACTORS.officeHead, { type: 'CLOSE_ROUND' }, LATE),
  modelEvent(ROUND_ACTORS.officeStaff, { type: 'CANCEL_ROUND', payload: { reason: 'Nhầm kỳ' } }, EARLY),
];

function vertexKey(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as RoundContext;
  const figures = roundFigures({ state: snapshot.value as RoundState, context }, LATE);
  return JSON.stringify([
    snapshot.value,
    context.unitIds.map((unitId) => context.parts[unitId].state),
    context.compiledText !== null,
    figures.lateUnitIds,
  ]);
}

function reachedVertices(): AnyMachineSnapshot[] {
  const model = createTestModel(reportRoundMachine, {
    events: MODEL_EVENTS,
    serializeState: vertexKey,
    input: ROUND_SEED,
  } as never);
  const byKey = new Map<string, AnyMachineSnapshot>();
  for (const path of model.getShortestPaths()) {
    for (const step of path.steps)
      byKey.set(vertexKey(step.state as AnyMachineSnapshot), step.state as AnyMachineSnapshot);
  }
  return [...byKey.values()];
}

const vertices = reachedVertices();
const contextOf = (snapshot: AnyMachineSnapshot) => snapshot.context as RoundContext;
const enabled = (snapshot: AnyMachineSnapshot, event: RoundMachineEvent) =>
  (reportRoundMachine.getTransitionData(snapshot, event) ?? []).length > 0;

describe('report round machine, walked with xstate/graph', () => {
  it('reaches every round state and every part state of each unit, late hand-ins included', () => {
    expect(new Set(vertices.map((vertex) => vertex.value))).toEqual(new Set(ROUND_STATES));
    for (const unitId of [ktht, vhxh]) {
      expect(new Set(vertices.map((vertex) => contextOf(vertex).parts[unitId].state))).toEqual(
        new Set(PART_STATES),
      );
    }
    expect(
      vertices.some((vertex) => vertex.value === 'closed' && contextOf(vertex).missingUnitIds.length === 2),
    ).toBe(true);
    expect(
      vertices.some((vertex) => vertex.value === 'closed' && contextOf(vertex).missingUnitIds.length === 0),
    ).toBe(true);
  });

  it('compiles only with no part awaiting Văn phòng, and names exactly the parts not accepted', () => {
    for (const vertex of vertices.filter((v) => v.value === 'compiling' || v.value === 'closed')) {
      const context = contextOf(vertex);
      const notAccepted = context.unitIds.filter((unitId) => context.parts[unitId].state !== 'accepted');
      expect(notAccepted.every((unitId) => context.parts[unitId].state !== 'submitted')).toBe(true);
      expect(context.missingUnitIds).toEqual(notAccepted);
      if (vertex.value === 'closed') expect(context.compiledText).not.toBeNull();
    }
  });

  it('never compiles before the send-by day while a unit is not accepted', () => {
    const compileEarly = MODEL_EVENTS.find((event) => event.type === 'COMPILE' && event.now === EARLY);
    for (const vertex of vertices.filter((v) => v.value === 'collecting')) {
      const context = contextOf(vertex);
      const allAccepted = context.unitIds.every((unitId) => context.parts[unitId].state === 'accepted');
      expect(enabled(vertex, compileEarly as RoundMachineEvent)).toBe(allAccepted);
    }
  });

  it('decides every move the model makes the same way, and explains every move it refuses', () => {
    for (const vertex of vertices) {
      const round = { state: vertex.value as RoundState, context: contextOf(vertex) };
      for (const event of MODEL_EVENTS) {
        const command = {
          type: event.type,
          ...(event.unitId ? { unitId: event.unitId } : {}),
          payload: event.payload,
        };
        const decision = decideRound(round, event.actor, command, event.now);
        if (enabled(vertex, event)) {
          const [next] = transition(reportRoundMachine, vertex, event);
          expect(decision).toEqual({ ok: true, state: next.value, context: next.context });
        } else {
          expect(decision.ok).toBe(false);
          if (!decision.ok) expect(decision.reason).not.toMatch(/^(Dữ liệu gửi kèm không hợp lệ|Chưa thể «)/);
        }
      }
    }
  });

  it('refuses every move to anyone outside the round’s parties', () => {
    for (const vertex of vertices) {
      const round = { state: vertex.value as RoundState, context: contextOf(vertex) };
      for (const event of MODEL_EVENTS) {
        const command = {
          type: event.type,
          ...(event.unitId ? { unitId: event.unitId } : {}),
          payload: event.payload,
        };
        expect(decideRound(round, ROUND_ACTORS.leader, command, event.now).ok).toBe(false);
      }
    }
  });
});

describe('report part machine, walked with xstate/graph', () => {
  const part = {
    unitId: ktht,
    taskIds: ['task-1'],
    results: [],
    returnReason: null,
    returns: 0,
    submittedAt: null,
    acceptedAt: null,
  };
  const events = [
    modelEvent(
      ROUND_ACTORS.kthtStaff,
      { type: 'SAVE_PART', unitId: ktht, payload: { results: [{ taskId: 'task-1', result: 'Nháp' }] } },
      EARLY,
    ),
    modelEvent(
      ROUND_ACTORS.kthtStaff,
      { type: 'SUBMIT_PART', unitId: ktht, payload: { results: [{ taskId: 'task-1', result: 'Xong' }] } },
      EARLY,
    ),
    modelEvent(ROUND_ACTORS.kthtStaff, { type: 'SUBMIT_PART', unitId: ktht, payload: {} }, EARLY),
    modelEvent(ROUND_ACTORS.officeStaff, { type: 'ACCEPT_PART', unitId: ktht }, EARLY),
    modelEvent(
      ROUND_ACTORS.officeStaff,
      { type: 'RETURN_PART', unitId: ktht, payload: { reason: 'Sai số liệu' } },
      EARLY,
    ),
    modelEvent(ROUND_ACTORS.officeStaff, { type: 'RETURN_PART', unitId: ktht, payload: {} }, EARLY),
  ];
  const model = createTestModel(reportPartMachine, {
    events,
    serializeState: (snapshot: AnyMachineSnapshot) =>
      JSON.stringify([snapshot.value, (snapshot.context as typeof part).results.length]),
    input: part,
  } as never);
  const paths = model.getShortestPaths();

  it('reaches every part state, ending in accepted', () => {
    const reached = new Set(paths.flatMap((path) => path.steps.map((step) => step.state.value)));
    expect(reached).toEqual(new Set(PART_STATES));
    const accepted = paths
      .flatMap((path) => path.steps.map((step) => step.state))
      .find((s) => s.value === 'accepted');
    expect(accepted?.status).toBe('done');
  });

  it('hands in only with every task’s result written, and returns only with a reason', () => {
    for (const path of paths) {
      for (const step of path.steps) {
        const state = step.state as AnyMachineSnapshot;
        const asPart = { ...(state.context as typeof part), state: state.value as never };
        if (state.value === 'asked') expect(partTakes(asPart, events[2])).toBe(false);
        if (state.value === 'submitted') expect(partTakes(asPart, events[5])).toBe(false);
        if (state.value === 'submitted')
          expect(asPart.results).toEqual([{ taskId: 'task-1', result: expect.any(String), fileRefs: [] }]);
      }
    }
  });
});
