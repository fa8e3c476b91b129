import type { TaskType } from '@dondoc/domain';

/** A section of a plan (I. Chỉ đạo điều hành…), named by its key as the plan numbers it. */
export interface PlanSectionInput {
  key: string;
  title: string;
}

/**
 * A plan typed in by hand. The reviewer and approver units default to the ward's settings (then to
 * none) when left out; the year defaults to the year of the issue date.
 */
export interface CreatePlanRequest {
  symbol: string;
  /** ISO date (yyyy-mm-dd). */
  issuedOn: string;
  issuer: string;
  title: string;
  legalBasis?: string[];
  year?: number;
  reviewerUnitId?: string | null;
  approverUnitId?: string | null;
  sections?: PlanSectionInput[];
}

export interface CreatedPlanDto {
  id: string;
  wardId: string;
  symbol: string;
  title: string;
  issuedOn: string | null;
  issuer: string;
  legalBasis: string[];
  year: number;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  sections: PlanSectionInput[];
}

/** What a person writes of a task; the deadline text is read by @dondoc/deadlines on the server. */
export interface TaskFieldsInput {
  content: string;
  sectionKey: string | null;
  leadUnitId: string;
  cooperatorUnitIds: string[];
  deliverable: string;
  deadlineText: string;
  /** Inferred from the content, deliverable and deadline when left out. */
  type?: TaskType;
}

export type CreateTaskRequest = TaskFieldsInput;

/** Any of the fields; the type only while nothing has happened to the task. */
export type EditTaskRequest = Partial<TaskFieldsInput> & { expectedVersion: number };

/** The administrative events that write the task row by hand (beside CHOOSE_PRIMARY_LEAD, CHANGE_TYPE). */
export const HAND_TASK_EVENTS = { created: 'CREATE_TASK', edited: 'EDIT_TASK' } as const;

/** One field an edit changed, as the event's payload records it: from what, to what. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}
