import type { BoardColumn, Role, TaskType, UnitRelation } from '@dondoc/domain';

export const WORKFLOW_EVENT_TYPES = [
  'SUBMIT',
  'REVIEW',
  'APPROVE',
  'RETURN',
  'CANCEL',
  'START_CONSULTATION',
  'GIVE_OPINION',
  'CLOSE_CONSULTATION',
  'APPRAISE',
  'SUBMIT_VALUE',
  'REPORT_PROGRESS',
  'CLOSE',
  'RECORD_TRIGGER',
  'REQUEST_EXTENSION',
  'GRANT_EXTENSION',
  'REFUSE_EXTENSION',
  'COMMENT',
  /** Sent by the engine, never by a person: a fan-out parent's children are all settled. */
  'CHILDREN_DONE',
] as const;
export type WorkflowEventType = (typeof WORKFLOW_EVENT_TYPES)[number];

export function isWorkflowEventType(value: unknown): value is WorkflowEventType {
  return typeof value === 'string' && (WORKFLOW_EVENT_TYPES as readonly string[]).includes(value);
}

/** What a form must ask for before the event can be sent (drives the drop dialog). */
export type PayloadNeed =
  | 'reason'
  | 'deliverable'
  | 'issuedDocument'
  | 'measuredValue'
  | 'extensionDate'
  | 'triggerDate'
  | 'opinion'
  | 'progressReport'
  | 'comment';

export type TargetOperator = '>=' | '<=';
export type ProgressPeriod = 'month' | 'quarter' | 'half_year' | 'year';

export interface ConsultationOpinion {
  unitId: string;
  opinion: string;
  /** True when the consultation closed without an answer from this unit ("không có ý kiến"). */
  noOpinion: boolean;
  by: string | null;
  at: string;
}

export interface ProgressReport {
  periodLabel: string;
  summary: string;
  percentDone: number | null;
  by: string;
  at: string;
}

export interface ExtensionRequest {
  newDue: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
}

export interface ExtensionRecord extends ExtensionRequest {
  outcome: 'granted' | 'refused';
  decidedBy: string;
  decidedAt: string;
  refusalReason: string | null;
}

/**
 * The persisted, JSON-serialisable context of every workflow. One shape for all types keeps the
 * column in the database simple; each machine only touches the fields of its type.
 */
export interface WorkflowContext {
  // returned / cancelled
  returnReason: string | null;
  returnedFrom: string | null;
  cancelReason: string | null;
  // document spine
  deliverableRef: string | null;
  issuedNumber: string | null;
  issuedOn: string | null;
  // periodic_report (set by the scheduler when it creates the period card)
  periodLabel: string | null;
  periodDue: string | null;
  // target
  targetOperator: TargetOperator | null;
  targetValue: number | null;
  measuredValue: number | null;
  evidence: string | null;
  targetMet: boolean | null;
  // ongoing
  progressPeriod: ProgressPeriod;
  spanEnd: string | null;
  progress: ProgressReport[];
  // triggered
  triggerDate: string | null;
  triggerDocument: string | null;
  // legal_document
  consultees: string[];
  consultationDeadline: string | null;
  opinions: ConsultationOpinion[];
  appraisalNote: string | null;
  // every type
  pendingExtension: ExtensionRequest | null;
  extensions: ExtensionRecord[];
  dueOverride: string | null;
  // four eyes: who acted on the current version (a new submission starts a new version)
  submittedBy: string | null;
  reviewedBy: string | null;
}

/** The fields a caller may set when a task is created (the rest start empty). */
export type WorkflowSeed = Partial<
  Pick<
    WorkflowContext,
    | 'periodLabel'
    | 'periodDue'
    | 'targetOperator'
    | 'targetValue'
    | 'progressPeriod'
    | 'spanEnd'
    | 'consultationDeadline'
  >
>;

export interface WorkflowTask {
  type: TaskType;
  /** Persisted state value, dotted for nested states, e.g. 'draft', 'submitted.appraisal'. */
  state: string;
  context: WorkflowContext;
  machineVersion: number;
  leadUnitId: string | null;
  cooperatorUnitIds: string[];
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /**
   * Who reviews when the lead unit is itself the plan's reviewer unit (a plan setting). Absent or
   * null: the plan's approver unit.
   */
  alternateReviewerUnitId?: string | null;
  /** A fan-out parent's children as the engine counts them now; absent for every other task. */
  children?: ChildrenTally;
  wardId: string;
}

/** How the children of a fan-out parent stand: the parent is done once each is approved or cancelled. */
export interface ChildrenTally {
  total: number;
  approved: number;
  cancelled: number;
}

export interface WorkflowActor {
  userId: string;
  wardId: string;
  unitId: string | null;
  roles: Role[];
}

export interface WorkflowCommand {
  type: WorkflowEventType;
  comment?: string;
  payload?: Record<string, unknown>;
}

export type RefusalCode =
  | 'EVENT_NOT_ACCEPTED'
  | 'FORBIDDEN'
  | 'INVALID_PAYLOAD'
  /** The row was written by a machine version this code cannot read and no migration exists. */
  | 'UNSUPPORTED_MACHINE_VERSION'
  /** The persisted state value is not a state of the machine (corrupt or foreign row). */
  | 'UNKNOWN_STATE';

/**
 * Which rule refused, when the code alone does not say it: the four-eyes refusals are FORBIDDEN
 * (403) like any other, but the UI and the permission tests tell them apart by this.
 */
export type RefusalRule = 'FOUR_EYES_SUBMITTER' | 'FOUR_EYES_REVIEWER';

export type Decision =
  | {
      ok: true;
      state: string;
      context: WorkflowContext;
      column: BoardColumn;
      machineVersion: number;
      /** The sub-state badge of the new state ('consultation', 'appraisal'…), null on the spine. */
      badge: string | null;
      /**
       * What to store as the event's payload in the log: the command's payload plus facts pinned
       * at decision time (the consulted units), so that replay() needs nothing but the log.
       */
      recordedPayload: Record<string, unknown>;
    }
  | { ok: false; code: RefusalCode; reason: string; rule?: RefusalRule };

export interface AllowedMove {
  event: WorkflowEventType;
  to: BoardColumn;
  needs: PayloadNeed[];
}

/**
 * Which checks a machine event asks the guards to make. The same machine answers "may this
 * happen at all now" (condition), "does the actor's relation allow it" (relation), "may this
 * actor do it, four eyes included" (permission, used for the board), the full decision, and the
 * replay of an already accepted log (where the task's units are unknown).
 */
export type GuardMode = 'condition' | 'relation' | 'permission' | 'decide' | 'replay';

/** The actor as the guards see it: relations are computed once, before the machine runs. */
export interface ActorFacts {
  userId: string;
  unitId: string | null;
  roles: Role[];
  relations: UnitRelation[];
  sameWard: boolean;
}

export interface MachineEvent {
  type: WorkflowEventType;
  actor: ActorFacts;
  payload: Record<string, unknown>;
  comment: string | null;
  now: string;
  mode: GuardMode;
  /** The task's cooperators when deciding; the ones pinned in the log when replaying. */
  consultees: string[];
  /** A fan-out parent's children when deciding; the counts pinned in the log when replaying. */
  children?: ChildrenTally;
}
