import { handedInLate, sendByPassed } from './report_round.rules';
import type { RoundSnapshot } from './report_round.types';

/** The round's own figures: how the units answered Văn phòng, late and missing parts included. */
export interface RoundFigures {
  units: number;
  accepted: number;
  acceptedOnTime: number;
  acceptedLate: number;
  /** Handed in, waiting for Văn phòng to accept or return. */
  awaitingDecision: number;
  /** Asked, in draft or returned: not in Văn phòng's hands. */
  notHandedIn: number;
  /** Returns made over the whole round. */
  returns: number;
  /** Units whose part (as it stands) was handed in after the send-by day. */
  lateUnitIds: string[];
  /**
   * Once compiled, the units not accepted then; before, once the send-by day has passed, the
   * units that have not handed in; before that day, none.
   */
  missingUnitIds: string[];
}

export function roundFigures(round: RoundSnapshot, now: string): RoundFigures {
  const { context } = round;
  const parts = context.unitIds.map((unitId) => context.parts[unitId]);
  const accepted = parts.filter((part) => part.state === 'accepted');
  const handedIn = parts.filter((part) => part.state === 'submitted' || part.state === 'accepted');
  const notHandedIn = parts.filter((part) => !handedIn.includes(part));
  const compiled = context.compiledAt !== null;
  const acceptedLate = accepted.filter((part) => handedInLate(part, context.sendBy)).length;
  return {
    units: parts.length,
    accepted: accepted.length,
    acceptedOnTime: accepted.length - acceptedLate,
    acceptedLate,
    awaitingDecision: parts.filter((part) => part.state === 'submitted').length,
    notHandedIn: notHandedIn.length,
    returns: parts.reduce((sum, part) => sum + part.returns, 0),
    lateUnitIds: handedIn.filter((part) => handedInLate(part, context.sendBy)).map((part) => part.unitId),
    missingUnitIds: compiled
      ? [...context.missingUnitIds]
      : sendByPassed(context, now)
        ? notHandedIn.map((part) => part.unitId)
        : [],
  };
}
