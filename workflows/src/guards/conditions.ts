import { periodStartOf, vietnamDateOf } from '../lib/dates';
import type { ChildrenTally, WorkflowContext } from '../lib/types';

/*
 * Conditions depend on the task's context and the clock, never on who asks: when one fails the
 * event is "not accepted now", whoever sends it.
 */

export function extensionPending(context: WorkflowContext): boolean {
  return context.pendingExtension !== null;
}

export function noExtensionPending(context: WorkflowContext): boolean {
  return context.pendingExtension === null;
}

/** Each cooperating unit answers a consultation once. */
export function opinionNotYetGiven(context: WorkflowContext, unitId: string | null): boolean {
  return !context.opinions.some((opinion) => opinion.unitId === unitId);
}

/** True at once when nobody is consulted. */
export function allConsulteesAnswered(context: WorkflowContext): boolean {
  return context.consultees.every((unitId) => context.opinions.some((opinion) => opinion.unitId === unitId));
}

/**
 * The consultation may close without every answer once its deadline is over: the deadline day
 * itself still belongs to the cooperators. `deadlinePassed` lets the backend scheduler say so
 * when the deadline lives outside the context.
 */
export function consultationDeadlinePassed(
  context: WorkflowContext,
  payload: Record<string, unknown>,
  now: string,
): boolean {
  if (payload['deadlinePassed'] === true) return true;
  const today = vietnamDateOf(now);
  return context.consultationDeadline !== null && today !== null && today > context.consultationDeadline;
}

/**
 * Ongoing work closes at the end of its span: from the first day of the span's last reporting
 * period (a quarterly task spanning 2026 may close from 1 October 2026). No span, no wait.
 */
export function spanEndReached(context: WorkflowContext, now: string): boolean {
  if (context.spanEnd === null) return true;
  const today = vietnamDateOf(now);
  return today !== null && today >= periodStartOf(context.spanEnd, context.progressPeriod);
}

/** Every child of a fan-out parent is approved or cancelled (a task with no children has none to wait for). */
export function allChildrenSettled(children: ChildrenTally | undefined): boolean {
  return (
    children !== undefined && children.total > 0 && children.approved + children.cancelled === children.total
  );
}

/** At least one child was approved: the parent is done, not cancelled. */
export function someChildApproved(children: ChildrenTally | undefined): boolean {
  return children !== undefined && children.approved > 0;
}
