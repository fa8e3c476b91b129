import { type IsoDate, vietnamDateOf } from '@dondoc/deadlines';
import { figuresAsOf } from '../figures/figures-as-of';
import type { FiguresOptions, ReportEvent, ReportTask } from '../figures/report-inputs';
import { endOfVietnamDay } from '../periods/report-periods';
import { weeksOfYear } from './year-weeks';

/** One week of the leadership's year chart. */
export interface WeekPoint {
  week: number;
  start: IsoDate;
  end: IsoDate;
  /** Approved work handed in during the week, on time (as the fold at the instant tells it). */
  doneOnTime: number;
  /** Approved work handed in during the week, after its deadline in force. */
  doneLate: number;
  /** Open work past its deadline in force at the week's end (or at the instant, for the week under way). */
  overdue: number;
}

/**
 * The year week by week up to an instant, from the as-of fold: what was handed in each week (on time
 * or late, by the fold at the instant, so an approval after the week still counts in the week of the
 * hand-in) and how many tasks stood overdue at each week's end (a fold at that end: extensions
 * granted later do not count back). Weeks after the instant are left out.
 * @throws RangeError when the instant is not a readable time.
 */
export function weeklyTimeline(
  tasks: readonly ReportTask[],
  events: readonly ReportEvent[],
  year: number,
  instant: string,
  options: FiguresOptions = {},
): WeekPoint[] {
  const today = vietnamDateOf(instant);
  if (today === null) throw new RangeError(`Not an instant: ${JSON.stringify(instant)}`);
  const weeks = weeksOfYear(year).filter((week) => week.start <= today);
  const now = figuresAsOf(tasks, events, instant, options);
  const points = weeks.map((week) => ({ ...week, doneOnTime: 0, doneLate: 0, overdue: 0 }));
  const weekOf = (day: IsoDate) => points.find((point) => point.start <= day && day <= point.end);
  for (const standing of now.standings) {
    if (standing.doneOn === null) continue;
    const point = weekOf(standing.doneOn);
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
