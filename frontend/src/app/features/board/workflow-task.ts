import type { CardDto, CurrentUser, MoveOptionDto, PlanSummaryDto } from '@dondoc/contracts';
import {
  initialContext,
  moveAdvisor,
  type WorkflowActor,
  type WorkflowContext,
  type WorkflowTask,
} from '@dondoc/workflows';

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
    wardId: plan.wardId,
  };
}

export function toWorkflowActor(user: CurrentUser): WorkflowActor {
  return { userId: user.id, wardId: user.ward.id, unitId: user.unit?.id ?? null, roles: [...user.roles] };
}

/**
 * The moves the workflow offers this user on the plan's cards, card by card. Only a hint for the UI:
 * the server decides again, so a card the local engine cannot read simply offers no move. Cards that
 * look alike to the workflow share one answer (see `moveAdvisor`).
 */
export function workflowMoves(plan: PlanSummaryDto, user: CurrentUser): (card: CardDto) => MoveOptionDto[] {
  const advise = moveAdvisor(toWorkflowActor(user));
  return (card) => {
    try {
      return advise(toWorkflowTask(card, plan)).map((move) => ({
        event: move.event,
        to: move.to,
        needs: [...move.needs],
      }));
    } catch {
      return [];
    }
  };
}
