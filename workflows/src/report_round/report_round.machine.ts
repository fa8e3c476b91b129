import { and, assign, setup } from 'xstate';
import { reasonOf, trimmedText } from '../lib/payload-fields';
import { partAfter, partTakes } from './report_part.machine';
import {
  actsForOffice,
  closeProblem,
  compiledTextProblem,
  compileProblem,
  MAX_COMPILED_TEXT,
  reasonProblem,
  signsOffRound,
  writesPart,
} from './report_round.rules';
import type { ReportPart, RoundContext, RoundMachineEvent, RoundSeed } from './report_round.types';

type Args = { context: RoundContext; event: RoundMachineEvent };

export function partOf(context: RoundContext, unitId: string | null): ReportPart | null {
  return unitId !== null && Object.hasOwn(context.parts, unitId) ? context.parts[unitId] : null;
}

export function initialRoundContext(seed: RoundSeed): RoundContext {
  const parts: Record<string, ReportPart> = {};
  for (const { unitId, taskIds } of seed.units) {
    parts[unitId] = {
      unitId,
      taskIds: [...taskIds],
      state: 'asked',
      results: [],
      returnReason: null,
      returns: 0,
      submittedAt: null,
      acceptedAt: null,
    };
  }
  return {
    planId: seed.planId,
    periodKey: seed.periodKey,
    periodLabel: seed.periodLabel,
    sendBy: seed.sendBy,
    officeUnitId: seed.officeUnitId,
    unitIds: seed.units.map((unit) => unit.unitId),
    parts,
    missingUnitIds: [],
    compiledText: null,
    compiledAt: null,
    closedAt: null,
    cancelReason: null,
  };
}

const PART_BY_UNIT = { guard: and(['writesPart', 'partTakes']), actions: 'advancePart' } as const;
const PART_BY_OFFICE = { guard: and(['actsForOffice', 'partTakes']), actions: 'advancePart' } as const;
const CANCEL = {
  target: 'cancelled',
  guard: and(['actsForOffice', 'hasReason']),
  actions: 'recordCancellation',
} as const;

/**
 * A report round (đợt báo cáo) for one plan and one period. Văn phòng opens it with a send-by
 * date and every lead unit's part asked (report_part.machine); the units write and hand in their
 * parts, Văn phòng accepts or returns them; once all are accepted, or the send-by day has passed
 * (the units not accepted then are named missing), Văn phòng compiles, edits the compiled text
 * and closes the round. Either may be cancelled with a reason before it closes.
 */
export const reportRoundMachine = setup({
  types: {
    context: {} as RoundContext,
    events: {} as RoundMachineEvent,
    input: {} as RoundSeed,
  },
  guards: {
    writesPart: ({ event }: Args) => writesPart(event.actor, event.unitId),
    actsForOffice: ({ context, event }: Args) => actsForOffice(event.actor, context),
    signsOff: ({ context, event }: Args) => signsOffRound(event.actor, context),
    partTakes: ({ context, event }: Args) => {
      const part = partOf(context, event.unitId);
      return part !== null && partTakes(part, event);
    },
    canCompile: ({ context, event }: Args) => compileProblem(context, event.now) === null,
    hasReason: ({ event }: Args) => reasonProblem(event.payload) === null,
    hasCompiledText: ({ event }: Args) => compiledTextProblem(event.payload) === null,
    isCompiled: ({ context }: Args) => closeProblem(context) === null,
  },
  actions: {
    advancePart: assign(({ context, event }: Args) => {
      const part = partOf(context, event.unitId);
      return part === null ? {} : { parts: { ...context.parts, [part.unitId]: partAfter(part, event) } };
    }),
    recordCompilation: assign(({ context, event }: Args) => ({
      missingUnitIds: context.unitIds.filter((unitId) => context.parts[unitId].state !== 'accepted'),
      compiledAt: event.now,
      // The backend may hand in a first draft built from the figures; Văn phòng edits it after.
      compiledText: trimmedText(event.payload['text'], MAX_COMPILED_TEXT),
    })),
    recordCompiledText: assign(({ event }: Args) => ({
      compiledText: trimmedText(event.payload['text'], MAX_COMPILED_TEXT),
    })),
    recordClosing: assign(({ event }: Args) => ({ closedAt: event.now })),
    recordCancellation: assign(({ event }: Args) => ({ cancelReason: reasonOf(event.payload, null) })),
  },
}).createMachine({
  id: 'report_round',
  initial: 'collecting',
  context: ({ input }) => initialRoundContext(input),
  states: {
    collecting: {
      on: {
        SAVE_PART: PART_BY_UNIT,
        SUBMIT_PART: PART_BY_UNIT,
        ACCEPT_PART: PART_BY_OFFICE,
        RETURN_PART: PART_BY_OFFICE,
        COMPILE: {
          target: 'compiling',
          guard: and(['actsForOffice', 'canCompile']),
          actions: 'recordCompilation',
        },
        CANCEL_ROUND: CANCEL,
      },
    },
    compiling: {
      on: {
        EDIT_COMPILED: { guard: and(['actsForOffice', 'hasCompiledText']), actions: 'recordCompiledText' },
        CLOSE_ROUND: { target: 'closed', guard: and(['signsOff', 'isCompiled']), actions: 'recordClosing' },
        CANCEL_ROUND: CANCEL,
      },
    },
    closed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** Bump when a change would make a stored round's state or context mean something else. */
export const REPORT_ROUND_MACHINE_VERSION = 1;
