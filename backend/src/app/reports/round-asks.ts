import type { NotificationKind } from '@dondoc/contracts';
import { formatViDate } from '@dondoc/deadlines';
import type { RoundContext } from '@dondoc/workflows';
import type { UnitAsk } from '../org/unit-asks';

export interface AskingRound {
  id: string;
  wardId: string;
  planId: string;
  sendBy: string;
  context: Pick<RoundContext, 'periodLabel'>;
}

export interface AskDetails {
  planTitle: string;
  unitIds: readonly string[];
  /** Unique per recipient: the same source never asks twice. */
  sourceKey: string;
  actor: { id: string; fullName: string } | null;
  at: string;
  reason?: string;
}

/**
 * What a round asks of its units — its part opened, returned, due soon, overdue — in the words of
 * the notifications, which lead to the part form (`round`) and name the period and send-by day.
 */
export function roundAsk(round: AskingRound, kind: NotificationKind, details: AskDetails): UnitAsk {
  return {
    wardId: round.wardId,
    unitIds: details.unitIds,
    kind,
    params: {
      ref: '',
      task: details.planTitle,
      due: formatViDate(round.sendBy),
      period: round.context.periodLabel,
      round: round.id,
      ...(details.actor ? { actor: details.actor.fullName } : {}),
      ...(details.reason === undefined ? {} : { reason: details.reason }),
    },
    sourceKey: details.sourceKey,
    planId: round.planId,
    actorId: details.actor?.id ?? null,
    at: details.at,
  };
}
