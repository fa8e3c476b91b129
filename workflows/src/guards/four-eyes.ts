import type { RefusalRule, WorkflowContext } from '../lib/types';

/*
 * Four eyes: nobody acts on two steps of the same version. A submission starts a version and
 * records who made it; a review records who passed it. The checks depend on who asks, so they are
 * permissions (FORBIDDEN), but on the task's history rather than on the actor's unit.
 */

/** The person who submitted the current version does not review, appraise or approve it. */
export function notSubmitterOfVersion(context: WorkflowContext, userId: string): boolean {
  return context.submittedBy === null || context.submittedBy !== userId;
}

/** The person who reviewed the current version does not approve it. */
export function notReviewerOfVersion(context: WorkflowContext, userId: string): boolean {
  return context.reviewedBy === null || context.reviewedBy !== userId;
}

export const FOUR_EYES_CHECKS = {
  notSubmitterOfVersion,
  notReviewerOfVersion,
} as const;

export type FourEyesGuardName = keyof typeof FOUR_EYES_CHECKS;

export const RULE_OF_FOUR_EYES_GUARD: Record<FourEyesGuardName, RefusalRule> = {
  notSubmitterOfVersion: 'FOUR_EYES_SUBMITTER',
  notReviewerOfVersion: 'FOUR_EYES_REVIEWER',
};

/** Vietnamese reasons, by the event refused, so the person knows which step they already took. */
export const FOUR_EYES_REASONS: Record<RefusalRule, string> = {
  FOUR_EYES_SUBMITTER:
    'Nguyên tắc bốn mắt: bạn đã trình phiên bản này nên không thể tự thẩm tra, thẩm định hoặc phê duyệt; cần người khác thực hiện',
  FOUR_EYES_REVIEWER:
    'Nguyên tắc bốn mắt: bạn đã thẩm tra phiên bản này nên không thể phê duyệt; cần người khác thực hiện',
};

/** The first four-eyes rule the actor breaks among `guards`, or null. */
export function fourEyesBreach(
  guards: readonly FourEyesGuardName[],
  context: WorkflowContext,
  userId: string,
): RefusalRule | null {
  const broken = guards.find((name) => !FOUR_EYES_CHECKS[name](context, userId));
  return broken === undefined ? null : RULE_OF_FOUR_EYES_GUARD[broken];
}
