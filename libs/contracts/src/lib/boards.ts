import type { BoardColumn, TaskType } from '@dondoc/domain';

export const TIMELINESS = [
  'not_due',
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** One card as the board draws it: compact on purpose, boards hold thousands. */
export interface CardDto {
  id: string;
  planId: string;
  /** The task's ward: lets the server route a live message to the ward's leadership room. */
  wardId?: string;
  ref: string;
  title: string;
  type: TaskType;
  state: string;
  column: BoardColumn;
  badge: string | null;
  /** Persisted workflow context: lets a client ask @dondoc/workflows which moves it may offer. */
  context: Record<string, unknown>;
  machineVersion: number;
  version: number;
  sectionKey: string | null;
  leadUnitId: string | null;
  leadUnitCode: string | null;
  cooperatorUnitIds: string[];
  cooperatorUnitCodes: string[];
  deadlineText: string;
  /** The due date in force: a granted extension's, else the plan's (ISO, nominal). */
  due: string | null;
  /** Computed on the server from the due date in force, the state and the working-day calendar. */
  timeliness: Timeliness;
  needsPrimaryLead: boolean;
  childCount: number;
  childApprovedCount: number;
  lastEventId: string | null;
}

export interface PlanSummaryDto {
  id: string;
  wardId: string;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  symbol: string;
  title: string;
  year: number;
  taskCount: number;
}

export interface BoardSectionDto {
  key: string;
  title: string;
}

export interface UnitDto {
  id: string;
  code: string;
  name: string;
}

export interface BoardDto {
  plan: PlanSummaryDto;
  sections: BoardSectionDto[];
  units: UnitDto[];
  columns: BoardColumn[];
  cards: CardDto[];
  /** The newest event id of the plan when the board was read: the client resumes from here. */
  cursor: string | null;
  /** Present when one column was asked for page by page: `cards` then holds that page only. */
  page?: BoardPageDto;
}

/** One page of one column of a plan board (`?column=&offset=&limit=`). */
export interface BoardPageDto {
  column: BoardColumn;
  offset: number;
  limit: number;
  /** Every card of the plan in that column, across all pages. */
  total: number;
}
