import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { WorkflowContext } from '@dondoc/workflows';
import { type PlanYear, reportPeriods, type SeriesWording } from './report-periods';

export const CLOSED_COLUMNS: readonly BoardColumn[] = ['approved', 'cancelled'];

export interface SeriesRow extends SeriesWording {
  id: string;
  parentId: string | null;
  type: TaskType;
  column: BoardColumn;
  context: Pick<WorkflowContext, 'periodLabel'>;
}

/** A periodic report row that is not itself a period card (cards carry their period's label). */
export function isReportSeriesRow(task: Pick<SeriesRow, 'type' | 'context'>): boolean {
  return task.type === 'periodic_report' && task.context.periodLabel === null;
}

/**
 * A series whose deadlines live on its period cards: the series row itself is then never due,
 * only its cards are. A one-off report (no periods) is worked, and reminded, on its own row.
 */
export function isTrackedThroughCards(
  task: Pick<SeriesRow, 'type' | 'context'> & SeriesWording,
  plan: PlanYear,
): boolean {
  return isReportSeriesRow(task) && reportPeriods(task, plan).length > 0;
}

/**
 * The series that get period cards: open report series rows, except a row whose units fanned out
 * into series of their own (a group-led task): its children report, each for its unit.
 */
export function seriesToSchedule<T extends SeriesRow>(rows: readonly T[]): T[] {
  const series = rows.filter((row) => isReportSeriesRow(row) && !CLOSED_COLUMNS.includes(row.column));
  const fannedOut = new Set(series.map((row) => row.parentId).filter((id): id is string => id !== null));
  return series.filter((row) => !fannedOut.has(row.id));
}
