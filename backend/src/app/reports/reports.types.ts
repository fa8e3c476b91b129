import type { TaskType } from '@dondoc/domain';
import type { CategoryCounts, ReportPeriod, TaskStanding } from '@dondoc/reports';
import type {
  PartState,
  RoundContext,
  RoundEventType,
  RoundFigures,
  RoundState,
  TaskResult,
} from '@dondoc/workflows';

/*
 * The answers of the reports routes. They belong in @dondoc/contracts once the shape settles
 * (the frontend declares the same); kept here so this context can change them in one place.
 */

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

export interface RoundDto extends RoundSummaryDto {
  officeUnitId: string;
  parts: RoundPartDto[];
  compiledText: RoundContext['compiledText'];
  compiledAt: string | null;
  closedAt: string | null;
  missingUnitIds: string[];
  /** The tasks the parts answer for: number, content and section, to label the results. */
  tasks: { id: string; ref: string; content: string; sectionKey: string | null; leadUnitId: string | null }[];
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
