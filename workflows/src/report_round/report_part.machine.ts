import { assign, setup, transition } from 'xstate';
import { reasonOf } from '../lib/payload-fields';
import { mergedResults, readResults, reasonProblem, saveProblem, submitProblem } from './report_round.rules';
import type { PartData, PartState, ReportPart, RoundMachineEvent } from './report_round.types';

type Args = { context: PartData; event: RoundMachineEvent };

/** The rules read a part with its state; inside the part machine the state is the machine's own. */
const asPart = (context: PartData): ReportPart => ({ ...context, state: 'draft' });

function resultsAfter(context: PartData, event: RoundMachineEvent) {
  const incoming = event.payload['results'] === undefined ? [] : readResults(asPart(context), event.payload);
  return mergedResults(asPart(context), typeof incoming === 'string' ? [] : incoming);
}

const SUBMIT = { target: 'submitted', guard: 'submittable', actions: 'recordHandIn' } as const;
const SAVE_AS = (target: PartState) => ({ target, guard: 'savable', actions: 'recordResults' }) as const;

/**
 * One lead unit's part of a report round: asked → draft → submitted → accepted, or returned with
 * a reason and handed in again. Who may move it is the round's business (report_round.machine).
 */
export const reportPartMachine = setup({
  types: {
    context: {} as PartData,
    events: {} as RoundMachineEvent,
    input: {} as PartData,
  },
  guards: {
    savable: ({ context, event }: Args) => saveProblem(asPart(context), event.payload) === null,
    submittable: ({ context, event }: Args) => submitProblem(asPart(context), event.payload) === null,
    hasReason: ({ event }: Args) => reasonProblem(event.payload) === null,
  },
  actions: {
    recordResults: assign(({ context, event }: Args) => ({ results: resultsAfter(context, event) })),
    recordHandIn: assign(({ context, event }: Args) => ({
      results: resultsAfter(context, event),
      submittedAt: event.now,
      returnReason: null,
    })),
    recordReturn: assign(({ context, event }: Args) => ({
      returnReason: reasonOf(event.payload, null),
      returns: context.returns + 1,
    })),
    recordAcceptance: assign(({ event }: Args) => ({ acceptedAt: event.now })),
  },
}).createMachine({
  id: 'report_part',
  initial: 'asked',
  context: ({ input }) => input,
  states: {
    asked: { on: { SAVE_PART: SAVE_AS('draft'), SUBMIT_PART: SUBMIT } },
    draft: { on: { SAVE_PART: SAVE_AS('draft'), SUBMIT_PART: SUBMIT } },
    submitted: {
      on: {
        ACCEPT_PART: { target: 'accepted', actions: 'recordAcceptance' },
        RETURN_PART: { target: 'returned', guard: 'hasReason', actions: 'recordReturn' },
      },
    },
    returned: { on: { SAVE_PART: SAVE_AS('returned'), SUBMIT_PART: SUBMIT } },
    accepted: { type: 'final' },
  },
});

function snapshotOf(part: ReportPart) {
  const { state, ...data } = part;
  return reportPartMachine.resolveState({ value: state, context: data });
}

/** Whether the part, as it stands, takes the event (its state and its payload rules). */
export function partTakes(part: ReportPart, event: RoundMachineEvent): boolean {
  return (reportPartMachine.getTransitionData(snapshotOf(part), event) ?? []).length > 0;
}

/** Whether the part's state has the event at all, whatever the payload. */
export function partDeclares(part: ReportPart, event: RoundMachineEvent): boolean {
  return Object.keys(reportPartMachine.states[part.state]?.on ?? {}).includes(event.type);
}

export function partAfter(part: ReportPart, event: RoundMachineEvent): ReportPart {
  const [next] = transition(reportPartMachine, snapshotOf(part), event);
  return { ...next.context, state: next.value as PartState };
}
