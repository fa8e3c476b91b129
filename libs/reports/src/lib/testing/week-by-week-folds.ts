import { type WeekPoint } from '../charts/weekly-timeline';
import { weeksOfYear } from '../charts/year-weeks';
import { figuresAsOf } from '../figures/figures-as-of';
import type { FiguresOptions, ReportEvent, ReportTask } from '../figures/report-inputs';
import { endOfVietnamDay } from '../periods/report-periods';

/**
 * The year chart as it was first written: one whole as-of fold of the ward per week's end (53 in a
 * year) and one at the instant. Slow, and plainly what the chart means: the reference the one-pass
 * weeklyTimeline is held to by its property test, and the baseline of the charts benchmark.
 */
export function weeklyTimelineByFolds(
  tasks: readonly ReportTask[],
  events: readonly ReportEvent[],
  year: number,
  instant: string,
  options: FiguresOptions = {},
): WeekPoint[] {
  const now = figuresAsOf(tasks, events, instant, options);
  const points = weeksOfYear(year)
    .filter((week) => week.start <= now.today)
    .map((week) => ({ ...week, doneOnTime: 0, doneLate: 0, overdue: 0 }));
  for (const standing of now.standings) {
    const point = points.find(
      ({ start, end }) => standing.doneOn !== null && start <= standing.doneOn && standing.doneOn <= end,
    );
    if (point === undefined) continue;
    if (standing.bucket === 'completed_on_time') point.doneOnTime++;
    else if (standing.bucket === 'completed_late') point.doneLate++;
  }
  for (const point of points) {
    const weekEnd = endOfVietnamDay(point.end);
    point.overdue =
      weekEnd >= now.asOf
        ? now.overall.in_progress_overdue
        : figuresAsOf(tasks, events, weekEnd, options).overall.in_progress_overdue;
  }
  return points;
}
