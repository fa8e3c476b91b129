import type { RoundFigures } from '@dondoc/contracts';
import { handedInLate, sendByPassed } from './report_round.rules';
import type { RoundSnapshot } from './report_round.types';

// Declared with the API's contracts, which send the figures as they are.
export type { RoundFigures };

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
