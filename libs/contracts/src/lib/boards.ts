import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { OpinionCountDto } from './collaboration';

export const TIMELINESS = [
  'not_due',
  'on_track',
  'due_soon',
  'overdue',
  'done_on_time',
  'done_late',
] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/**
 * A card's standing once cancellation counts: a cancelled task is "Đã huỷ" (TaskTimeliness of
 * @dondoc/deadlines), in none of the four report categories and counted apart. TIMELINESS stays
 * the six deadline standings, the ones a total of counted work adds up.
 */
export const CARD_TIMELINESS = [...TIMELINESS, 'cancelled'] as const;
export type CardTimeliness = (typeof CARD_TIMELINESS)[number];

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
  /**
   * The persisted workflow context, compact: only the fields that differ from a fresh task's
   * (`initialContext()` of @dondoc/workflows). `{ ...initialContext(), ...context }` is the whole
   * context a client hands @dondoc/workflows to ask which moves it may offer.
   */
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
  /**
   * Computed on the server from the due date in force, the state and the working-day calendar;
   * 'cancelled' ("Đã huỷ") for a cancelled task, whatever its dates.
   */
  timeliness: CardTimeliness;
  needsPrimaryLead: boolean;
  childCount: number;
  childApprovedCount: number;
  lastEventId: string | null;
  /** From the start of a consultation on: how many consulted units answered ("3/4 ý kiến"). */
  opinions?: OpinionCountDto;
  /** While the task is returned: why (shown until it is resubmitted). */
  returnReason?: string;
  /** The plan's own due date, present when a granted extension replaced it in `due`. */
  plannedDue?: string | null;
  /**
   * Present (true) when `due` falls in a year whose working calendar the ward has not confirmed
   * yet: the date is "dự kiến" (provisional) and the official announcement may still move it.
   */
  dueProvisional?: true;
}

export interface PlanSummaryDto {
  id: string;
  wardId: string;
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /**
   * Reviews the tasks the reviewer unit leads itself (four eyes); null: the approver unit does.
   * Optional for servers older than #13.
   */
  alternateReviewerUnitId?: string | null;
  symbol: string;
  title: string;
  year: number;
  /**
   * How this plan reads "Trước ngày D": due on D (true) or on D−1 (false). Fixed when the plan was
   * made, from the ward's setting of that day; the tasks added to it later are read the same way.
   */
  beforeDateInclusive: boolean;
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
  /**
   * How many cards each column holds, present when `cards` is only part of the board (a column
   * page, or the first cards of every column with `?perColumn=`).
   */
  columnTotals?: Record<BoardColumn, number>;
}

/** One page of one column of a plan board (`?column=&offset=&limit=`). */
export interface BoardPageDto {
  column: BoardColumn;
  offset: number;
  limit: number;
  /** Every card of the plan in that column, across all pages. */
  total: number;
}
