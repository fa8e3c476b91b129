import type { CategoryCounts, ReportPeriod } from '@dondoc/reports';
import type { PartState, RoundEventType, RoundFigures, RoundState, TaskResult } from '@dondoc/workflows';

/*
 * The answers of /api/reports as the backend declares them (backend/src/app/reports/reports.types.ts).
 * They belong in @dondoc/contracts once the shape settles; until then both sides declare the same.
 */

export type PeriodBasis = 'nd09' | 'calendar';

export interface FiguresDto {
  asOf: string;
  /** The Vietnam day of `asOf`: "tại ngày dd/mm/yyyy". */
  today: string;
  period: ReportPeriod | null;
  overall: CategoryCounts;
  byPlan: { planId: string; title: string; symbol: string; counts: CategoryCounts }[];
  byUnit: { unitId: string | null; unitName: string; counts: CategoryCounts }[];
  bySection: { planId: string; sectionKey: string | null; title: string; counts: CategoryCounts }[];
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
  late: boolean;
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
}

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
  basis: PeriodBasis;
  sendBy: string;
}

export interface RoundCommandRequest {
  type: RoundEventType;
  unitId?: string;
  payload?: Record<string, unknown>;
  expectedVersion?: number;
}

/** Where the figures are as of: a report period's cut-off. */
export interface PeriodQuery {
  period: string;
  basis: PeriodBasis;
}
