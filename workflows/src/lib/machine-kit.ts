import { and, assign, or, setup, type GuardPredicate } from 'xstate';
import {
  allChildrenSettled,
  allConsulteesAnswered,
  consultationDeadlinePassed,
  extensionPending,
  noExtensionPending,
  opinionNotYetGiven,
  someChildApproved,
  spanEndReached,
} from '../guards/conditions';
import { FOUR_EYES_CHECKS, type FourEyesGuardName } from '../guards/four-eyes';
import { PAYLOAD_CHECKS, type PayloadRuleName } from '../guards/payload-rules';
import {
  actsAsAdmin,
  actsAsApproverUnit,
  actsAsCooperator,
  actsAsEngine,
  actsAsLead,
  actsAsReviewerUnit,
  isRelatedToTask,
} from '../guards/permissions';
import * as updates from './context-updates';
import type { ActorFacts, GuardMode, MachineEvent, WorkflowContext, WorkflowSeed } from './types';

type GuardArgs = { context: WorkflowContext; event: MachineEvent };

/** Permissions are not asked when only the state's condition matters, nor when replaying the log. */
function skipsPermission(mode: GuardMode): boolean {
  return mode === 'condition' || mode === 'replay';
}

/** Four eyes is asked after the relation, so a refusal can say which of the two failed. */
function skipsFourEyes(mode: GuardMode): boolean {
  return skipsPermission(mode) || mode === 'relation';
}

/** Payloads are not asked when the board only wants to know what the actor could do. */
function skipsPayload(mode: GuardMode): boolean {
  return mode === 'condition' || mode === 'relation' || mode === 'permission';
}

function permission(check: (actor: ActorFacts) => boolean) {
  return ({ event }: GuardArgs) => skipsPermission(event.mode) || check(event.actor);
}

function fourEyes(name: FourEyesGuardName) {
  return ({ context, event }: GuardArgs) =>
    skipsFourEyes(event.mode) || FOUR_EYES_CHECKS[name](context, event.actor.userId);
}

function payloadRule(name: PayloadRuleName) {
  return ({ event }: GuardArgs) => skipsPayload(event.mode) || PAYLOAD_CHECKS[name](event) === null;
}

const conditionGuards = {
  extensionPending: ({ context }: GuardArgs) => extensionPending(context),
  noExtensionPending: ({ context }: GuardArgs) => noExtensionPending(context),
  opinionNotYetGiven: ({ context, event }: GuardArgs) => opinionNotYetGiven(context, event.actor.unitId),
  allConsulteesAnswered: ({ context }: GuardArgs) => allConsulteesAnswered(context),
  consultationDeadlinePassed: ({ context, event }: GuardArgs) =>
    consultationDeadlinePassed(context, event.payload, event.now),
  spanEndReached: ({ context, event }: GuardArgs) => spanEndReached(context, event.now),
  allChildrenSettled: ({ event }: GuardArgs) => allChildrenSettled(event.children),
  someChildApproved: ({ event }: GuardArgs) => someChildApproved(event.children),
};

const permissionGuards = {
  actsAsLead: permission(actsAsLead),
  actsAsCooperator: permission(actsAsCooperator),
  actsAsReviewerUnit: permission(actsAsReviewerUnit),
  actsAsApproverUnit: permission(actsAsApproverUnit),
  actsAsAdmin: permission(actsAsAdmin),
  isRelatedToTask: permission(isRelatedToTask),
  actsAsEngine: permission(actsAsEngine),
};

const fourEyesGuards = {
  notSubmitterOfVersion: fourEyes('notSubmitterOfVersion'),
  notReviewerOfVersion: fourEyes('notReviewerOfVersion'),
} satisfies Record<FourEyesGuardName, unknown>;

const payloadGuards = {
  hasReason: payloadRule('hasReason'),
  hasDeliverable: payloadRule('hasDeliverable'),
  hasIssuedDocument: payloadRule('hasIssuedDocument'),
  hasMeasuredValue: payloadRule('hasMeasuredValue'),
  hasTrigger: payloadRule('hasTrigger'),
  hasExtensionRequest: payloadRule('hasExtensionRequest'),
  hasOpinion: payloadRule('hasOpinion'),
  hasProgressReport: payloadRule('hasProgressReport'),
  hasComment: payloadRule('hasComment'),
  hasValidConsultationDeadline: payloadRule('hasValidConsultationDeadline'),
} satisfies Record<PayloadRuleName, unknown>;

export type ConditionGuardName = keyof typeof conditionGuards;
export type PermissionGuardName = keyof typeof permissionGuards;

/** Read by the engine to explain a refusal and by the board to know what a move asks for. */
export interface TransitionMeta {
  forbidden: string;
  notNow: string | null;
  rules: PayloadRuleName[];
  /** The four-eyes checks of the move, to name the rule when one refuses. */
  apart: FourEyesGuardName[];
}

function update(apply: (context: WorkflowContext, event: MachineEvent) => Partial<WorkflowContext>) {
  return assign<WorkflowContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }) =>
    apply(context, event),
  );
}

/** One setup for all machines: the same named guards and actions, so every machine reads alike. */
export const workflowSetup = setup({
  types: {
    context: {} as WorkflowContext,
    events: {} as MachineEvent,
    input: {} as WorkflowSeed,
    tags: {} as 'final',
    transitionMeta: {} as TransitionMeta,
  },
  guards: { ...conditionGuards, ...permissionGuards, ...fourEyesGuards, ...payloadGuards },
  actions: {
    recordSubmission: update(updates.recordSubmission),
    recordResubmission: update(updates.recordResubmission),
    recordReturn: assign<WorkflowContext, MachineEvent, { from: string }, MachineEvent, never>(
      ({ context, event }, params) => updates.recordReturn(params.from)(context, event),
    ),
    recordIssuedDocument: update(updates.recordIssuedDocument),
    recordCancellation: update(updates.recordCancellation),
    recordMeasuredValue: update(updates.recordMeasuredValue),
    recordProgress: update(updates.recordProgress),
    recordTrigger: update(updates.recordTrigger),
    openConsultation: update(updates.openConsultation),
    recordOpinion: update(updates.recordOpinion),
    closeConsultation: update(updates.closeConsultation),
    recordAppraisal: update(updates.recordAppraisal),
    requestExtension: update(updates.requestExtension),
    grantExtension: update(updates.grantExtension),
    refuseExtension: update(updates.refuseExtension),
    markSubmitted: update(updates.markSubmitted),
    markReviewed: update(updates.markReviewed),
    recordChildrenCancelled: update(updates.recordChildrenCancelled),
  },
});

type ActionName =
  | 'recordSubmission'
  | 'recordResubmission'
  | 'recordIssuedDocument'
  | 'recordCancellation'
  | 'recordMeasuredValue'
  | 'recordProgress'
  | 'recordTrigger'
  | 'openConsultation'
  | 'recordOpinion'
  | 'closeConsultation'
  | 'recordAppraisal'
  | 'requestExtension'
  | 'grantExtension'
  | 'refuseExtension'
  | 'markSubmitted'
  | 'markReviewed'
  | 'recordChildrenCancelled';
type ActionRef = ActionName | { type: 'recordReturn'; params: { from: string } };

/** A composed guard: its parts are named guards of workflowSetup, resolved when it runs. */
type WorkflowGuard = GuardPredicate<WorkflowContext, MachineEvent, undefined, never>;

export interface MoveSpec {
  /** Omitted for events that change the context but not the state. */
  target?: string;
  /** Conditions on the task itself; all must hold. */
  when?: ConditionGuardName[];
  /** Who may do it: any one of these. */
  who: PermissionGuardName[];
  /** Four eyes: steps of the current version the actor must not have taken; all must hold. */
  apart?: FourEyesGuardName[];
  /** What the payload must carry; all must hold. */
  rules?: PayloadRuleName[];
  actions?: ActionRef[];
  /** Vietnamese reason shown when the actor may not do it. */
  forbidden: string;
  /** Vietnamese reason shown when a condition does not hold. */
  notNow?: string;
}

/**
 * One guarded transition. The guard is conditions AND (any permitted actor) AND four eyes AND
 * payload rules, and the same names go into the transition's meta so a refusal can say which
 * part failed.
 */
export function move(spec: MoveSpec) {
  const rules = spec.rules ?? [];
  const apart = spec.apart ?? [];
  const anyPermitted = or(spec.who as never) as unknown as string;
  // xstate cannot type a guard list built at run time; the names are checked by MoveSpec above.
  const guard = and([...(spec.when ?? []), anyPermitted, ...apart, ...rules] as never) as WorkflowGuard;
  return {
    ...(spec.target === undefined ? {} : { target: spec.target }),
    guard,
    actions: spec.actions ?? [],
    meta: { forbidden: spec.forbidden, notNow: spec.notNow ?? null, rules, apart },
  };
}
