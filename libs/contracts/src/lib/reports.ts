import type { IsoDate, RecurrenceFrequency, ReportCategory, Timeliness } from '@dondoc/deadlines';
import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { DeliverableFileDto } from './deliverables';

/*
 * The answers and requests of /api/reports, declared once for the backend, the frontend and the
 * e2e journeys. The shapes the report libraries compute and send as they are (a period, counts,
 * a task's standing, a round's states and figures) are declared here too, and @dondoc/reports and
 * @dondoc/workflows build on these declarations instead of declaring their own.
 */

/** How long a report covers: the deadline engine's recurrence vocabulary. */
export type PeriodKind = RecurrenceFrequency;

/**
 * 'nd09': the windows of Nghị định 09/2019/NĐ-CP, Điều 12 (from the 15th of the month before to
 * the 14th); 'calendar': whole calendar months, quarters, halves and years, for plans that choose them.
 */
export type PeriodBasis = 'nd09' | 'calendar';

export interface ReportPeriod {
  /** Same keys as the period cards of periodic reports: '2026-M03', '2026-Q1', '2026-H2', '2026-Y'. */
  key: string;
  /** As the plans write it: 'Tháng 03/2026', 'Quý I/2026', '6 tháng đầu năm 2026', 'Năm 2026'. */
  label: string;
  kind: PeriodKind;
  basis: PeriodBasis;
  /** The year the report is for (an nd09 period may start in December of the year before). */
  year: number;
  /** 1-based position within the year: month 1–12, quarter 1–4, half 1–2, year 1. */
  index: number;
  /** First and last day the figures cover, Vietnam calendar dates, inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** 00:00 Vietnam time (UTC+7) of the first day, as a UTC instant. */
  startsAt: string;
  /** 23:59:59.999 Vietnam time of the last day, as a UTC instant: the figures are as of this. */
  cutOff: string;
}

export interface CategoryCounts extends Record<ReportCategory, number> {
  /** The four categories together: the tasks that existed, less the cancelled. */
  total: number;
  /** Counted apart, never in the four. */
  cancelled: number;
}

/** Where a task falls in a report: one of the four categories, or cancelled (counted apart). */
export type StandingBucket = ReportCategory | 'cancelled';

/** One task's line in a report as of an instant (the appendix's status, completion date, days late). */
export interface TaskStanding {
  taskId: string;
  planId: string;
  sectionKey: string | null;
  type: TaskType;
  leadUnitId: string | null;
  state: string;
  column: BoardColumn;
  bucket: StandingBucket;
  /** Null for cancelled work. */
  timeliness: Timeliness | null;
  /** The nominal due date in force at the instant (a later extension does not count back). */
  due: IsoDate | null;
  /** That date moved off weekends and holidays: the day the task is late after. */
  effectiveDue: IsoDate | null;
  /** The Vietnam day approved work was handed in (a return does not stop the clock). */
  doneOn: IsoDate | null;
  /** Calendar days past the effective due date: at hand-in for work done late, at the instant for overdue work. */
  daysLate: number | null;
}

/** What can happen in a report round (đợt báo cáo). Part events name the unit whose part they move. */
export const ROUND_EVENT_TYPES = [
  'SAVE_PART',
  'SUBMIT_PART',
  'ACCEPT_PART',
  'RETURN_PART',
  'COMPILE',
  'EDIT_COMPILED',
  'CLOSE_ROUND',
  'CANCEL_ROUND',
] as const;
export type RoundEventType = (typeof ROUND_EVENT_TYPES)[number];

export const ROUND_STATES = ['collecting', 'compiling', 'closed', 'cancelled'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const PART_STATES = ['asked', 'draft', 'submitted', 'returned', 'accepted'] as const;
export type PartState = (typeof PART_STATES)[number];

/** A unit's "kết quả thực hiện" for one of its tasks in the period. */
export interface TaskResult {
  taskId: string;
  result: string;
  /**
   * The ids of the part's result files on this task when the part was last saved or handed in:
   * set by the server from the files attached (RoundPartDto.files lists them as they are now).
   */
  fileRefs: string[];
}

/** The round's own figures: how the units answered Văn phòng, late and missing parts included. */
export interface RoundFigures {
  units: number;
  accepted: number;
  acceptedOnTime: number;
  acceptedLate: number;
  /** Handed in, waiting for Văn phòng to accept or return. */
  awaitingDecision: number;
  /** Asked, in draft or returned: not in Văn phòng's hands. */
  notHandedIn: number;
  /** Returns made over the whole round. */
  returns: number;
  /** Units whose part (as it stands) was handed in after the send-by day. */
  lateUnitIds: string[];
  /**
   * Once compiled, the units not accepted then; before, once the send-by day has passed, the
   * units that have not handed in; before that day, none.
   */
  missingUnitIds: string[];
}

export interface FiguresDto {
  asOf: string;
  /** The Vietnam day of `asOf`: "tại ngày dd/mm/yyyy". */
  today: string;
  period: ReportPeriod | null;
  overall: CategoryCounts;
  byPlan: { planId: string; title: string; symbol: string; counts: CategoryCounts }[];
  byUnit: { unitId: string | null; unitName: string; counts: CategoryCounts }[];
  bySection: { planId: string; sectionKey: string | null; title: string; counts: CategoryCounts }[];
  byType: { type: TaskType; counts: CategoryCounts }[];
  /** Each task's line as of the instant: a plan's figures only (a ward's would be 100,000 lines). */
  standings?: TaskStanding[];
}

export interface RoundPartDto {
  unitId: string;
  unitName: string;
  state: PartState;
  taskIds: string[];
  results: TaskResult[];
  returnReason: string | null;
  returns: number;
  submittedAt: string | null;
  acceptedAt: string | null;
  /** Handed in after the send-by day. */
  late: boolean;
  /** The files attached to the part's results, task line by task line, oldest first. */
  files: ResultFileDto[];
}

/** A file a lead unit attached to its "kết quả thực hiện" of one task in a round. */
export interface ResultFileDto extends DeliverableFileDto {
  roundId: string;
  unitId: string;
  /** The task line of the part the file belongs to. */
  taskId: string;
}

export interface RoundEventDto {
  id: number;
  event: RoundEventType;
  unitId: string | null;
  actor: { id: string; name: string };
  fromState: string;
  toState: string;
  payload: Record<string, unknown> | null;
  at: string;
}

export interface RoundSummaryDto {
  id: string;
  planId: string;
  planTitle: string;
  periodKey: string;
  periodLabel: string;
  periodBasis: string;
  cutOff: string;
  sendBy: string;
  state: RoundState;
  version: number;
  figures: RoundFigures;
  createdAt: string;
}

/** A task a part answers for: number, content and section, to label the results. */
export interface RoundTaskDto {
  id: string;
  ref: string;
  content: string;
  sectionKey: string | null;
  leadUnitId: string | null;
}

export interface RoundDto extends RoundSummaryDto {
  officeUnitId: string;
  parts: RoundPartDto[];
  compiledText: string | null;
  compiledAt: string | null;
  closedAt: string | null;
  missingUnitIds: string[];
  tasks: RoundTaskDto[];
  history: RoundEventDto[];
}

/** A part a unit is asked for: the card on its board until it is accepted. */
export interface AskedPartDto {
  roundId: string;
  planId: string;
  planTitle: string;
  periodLabel: string;
  sendBy: string;
  unitId: string;
  state: PartState;
  returnReason: string | null;
}

export interface OpenRoundRequest {
  planId: string;
  periodKey: string;
  basis?: PeriodBasis;
  /** Vietnam date YYYY-MM-DD. */
  sendBy: string;
}

export interface RoundCommandRequest {
  type: RoundEventType;
  /** The unit whose part a part event moves. */
  unitId?: string;
  payload?: Record<string, unknown>;
  /** The round version the caller saw; a stale one is refused (409) instead of overwriting. */
  expectedVersion?: number;
}

const segment = encodeURIComponent;

export const REPORTS_API = {
  figures: '/api/reports/figures',
  planFigures: (planId: string) => `/api/reports/plans/${segment(planId)}/figures`,
  rounds: '/api/reports/rounds',
  round: (roundId: string) => `/api/reports/rounds/${segment(roundId)}`,
  commands: (roundId: string) => `/api/reports/rounds/${segment(roundId)}/commands`,
  myParts: '/api/reports/parts/mine',
  roundDocx: (roundId: string) => `/api/reports/rounds/${segment(roundId)}/report.docx`,
  appendixXlsx: (planId: string) => `/api/reports/plans/${segment(planId)}/appendix.xlsx`,
  boardXlsx: (planId: string) => `/api/reports/plans/${segment(planId)}/board.xlsx`,
  /** POST multipart (`file`, `taskId`): attaches a file to the unit's result of that task. */
  resultFiles: (roundId: string, unitId: string) =>
    `/api/reports/rounds/${segment(roundId)}/parts/${segment(unitId)}/files`,
  /** DELETE: removes a result file while its part is still the unit's to edit. */
  resultFile: (roundId: string, fileId: string) =>
    `/api/reports/rounds/${segment(roundId)}/files/${segment(fileId)}`,
  resultFileContent: (roundId: string, fileId: string) =>
    `/api/reports/rounds/${segment(roundId)}/files/${segment(fileId)}/content`,
} as const;

/** The multipart field naming the task line a result file belongs to (the file itself is `file`). */
export const RESULT_FILE_TASK_FIELD = 'taskId';
