import type { CardDto, CurrentUser, PlanSummaryDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import {
  dropRefusal,
  type DropRefusal,
  initialContext,
  moveAdvisor,
  type MoveAdvisor,
  type WorkflowActor,
  type WorkflowContext,
  type WorkflowTask,
} from '@dondoc/workflows';
import type { ActingFor, BoardMove } from './board-move';
import type { Giver } from './stand-ins';

/**
 * The one place where board data meets the workflow engine: a card plus its plan's units make
 * the task the machines reason about, and the signed-in user makes the actor.
 */
export function toWorkflowTask(card: CardDto, plan: PlanSummaryDto): WorkflowTask {
  return {
    type: card.type,
    state: card.state,
    // The card carries the persisted context; filling defaults keeps older rows readable.
    context: { ...initialContext(), ...card.context } as WorkflowContext,
    machineVersion: card.machineVersion,
    leadUnitId: card.leadUnitId,
    cooperatorUnitIds: [...card.cooperatorUnitIds],
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    // Four eyes: who reviews what the reviewer unit leads itself, as the server decides it.
    alternateReviewerUnitId: plan.alternateReviewerUnitId ?? null,
    wardId: plan.wardId,
  };
}

/**
 * Why the user may not drop the card on `column`, in the words the server would answer with (the
 * workflow's own decide()): no move leads there, the user's unit has no say at this step, or four
 * eyes. Null when the drop is allowed or the local engine cannot read the card.
 */
export function whyNotDrop(
  card: CardDto,
  column: BoardColumn,
  plan: PlanSummaryDto,
  user: CurrentUser,
): DropRefusal | null {
  try {
    return dropRefusal(toWorkflowTask(card, plan), toWorkflowActor(user), column);
  } catch {
    return null;
  }
}

export function toWorkflowActor(user: CurrentUser): WorkflowActor {
  return { userId: user.id, wardId: user.ward.id, unitId: user.unit?.id ?? null, roles: [...user.roles] };
}

/** The user wearing the giver's unit and roles, as the server judges a move made on their behalf. */
export function toStandInActor(user: CurrentUser, giver: Giver): WorkflowActor {
  return { userId: user.id, wardId: user.ward.id, unitId: giver.unitId, roles: [...giver.roles] };
}

interface Advisor {
  advise: MoveAdvisor;
  onBehalfOf?: ActingFor;
}

/**
 * The moves the workflow offers this user on the plan's cards, card by card: first the user's own,
 * then, for each colleague who delegated to the user, the moves that colleague could make, marked
 * with whom they are made for (so where both lead to the same column, the user's own comes first).
 * Only a hint for the UI: the server decides again, so a card the local engine cannot read simply
 * offers no move. Cards that look alike to the workflow share one answer (see `moveAdvisor`).
 */
export function workflowMoves(
  plan: PlanSummaryDto,
  user: CurrentUser,
  givers: readonly Giver[] = [],
): (card: CardDto) => BoardMove[] {
  const advisors: Advisor[] = [
    { advise: moveAdvisor(toWorkflowActor(user)) },
    ...givers.map((giver) => ({
      advise: moveAdvisor(toStandInActor(user, giver)),
      onBehalfOf: { id: giver.id, name: giver.fullName },
    })),
  ];
  return (card) => {
    try {
      const task = toWorkflowTask(card, plan);
      return advisors.flatMap(({ advise, onBehalfOf }) =>
        advise(task).map((move) => ({
          event: move.event,
          to: move.to,
          needs: [...move.needs],
          ...(onBehalfOf ? { onBehalfOf } : {}),
        })),
      );
    } catch {
      return [];
    }
  };
}
