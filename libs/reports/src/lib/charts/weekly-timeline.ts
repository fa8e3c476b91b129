import { type IsoDate, vietnamDateOf } from '@dondoc/deadlines';
import { DeadlineJudge } from '../figures/deadline-judge';
import { eventsByTask, readInstant } from '../figures/figures-as-of';
import { type FoldedTask, inLogOrder } from '../figures/folded-task';
import { LogCursor } from '../figures/log-fold';
import type { FiguresOptions, ReportEvent, ReportTask } from '../figures/report-inputs';
import { isOverdue, openDue, standingOf } from '../figures/task-standing';
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
 * The year week by week up to an instant, from the as-of fold, made task by task in one pass over
 * each task's log: what was handed in each week (on time or late, by the fold at the instant, so
 * an approval after the week still counts in the week of the hand-in) and how many tasks stood
 * overdue at each week's end (as the figures as of that end count them: extensions granted later
 * do not count back, a task created later or with children by then does not count). Weeks after
 * the instant are left out. Every task is known first; each log is handed in once and can be dropped.
 * The log is read as recorded (the figures' log fold); `options.fold` is not read.
 */
export class TimelineFold {
  private readonly instantMs: number;
  private readonly points: WeekPoint[];
  /** Each week's end, or the instant for the week under way: ascending. */
  private readonly weekEnds: number[];
  private readonly weekJudges: DeadlineJudge[];
  private readonly nowJudge: DeadlineJudge;
  /** When each parent's first child was created: from then on it is counted through its children. */
  private readonly parentFrom = new Map<string, number>();

  /** @throws RangeError when the instant is not a readable time. */
  constructor(
    tasks: readonly ReportTask[],
    year: number,
    instant: string,
    private readonly options: FiguresOptions = {},
  ) {
    const { instantMs, today } = readInstant(instant);
    this.instantMs = instantMs;
    this.points = weeksOfYear(year)
      .filter((week) => week.start <= today)
      .map((week) => ({ ...week, doneOnTime: 0, doneLate: 0, overdue: 0 }));
    this.nowJudge = new DeadlineJudge(today, options.calendar);
    this.weekEnds = this.points.map((point) => Math.min(Date.parse(endOfVietnamDay(point.end)), instantMs));
    this.weekJudges = this.weekEnds.map((end) =>
      end === instantMs ? this.nowJudge : this.judgeOn(new Date(end).toISOString()),
    );
    for (const task of tasks) {
      if (task.parentId === null) continue;
      const created = Date.parse(task.createdAt);
      if (created < (this.parentFrom.get(task.parentId) ?? Infinity))
        this.parentFrom.set(task.parentId, created);
    }
  }

  /**
   * Walks one task's log (its events, in any order) forward once, placing the task at each week's
   * end and at the instant.
   * @throws ReportLogError when the log does not fold by an instant the task counts at.
   */
  add(task: ReportTask, events: readonly ReportEvent[]): void {
    const created = Date.parse(task.createdAt);
    if (this.points.length === 0 || !(created <= this.instantMs)) return;
    const parentFrom = this.parentFrom.get(task.id) ?? Infinity;
    const cursor = new LogCursor(task, inLogOrder(events));
    // Most weeks pass without an event: the due date in force is read again only after one.
    let seen: { folded: FoldedTask; read: number } | null = null;
    let due: IsoDate | null = null;
    for (let index = 0; index < this.points.length; index++) {
      const end = this.weekEnds[index];
      if (created > end || parentFrom <= end) continue;
      const folded = cursor.at(end);
      if (seen === null || seen.folded !== folded || seen.read !== cursor.read) {
        seen = { folded, read: cursor.read };
        due = openDue(task, folded, this.nowJudge.calendar);
      }
      if (isOverdue(due, this.weekJudges[index])) this.points[index].overdue++;
    }
    if (parentFrom <= this.instantMs) return;
    const { doneOn, bucket } = standingOf(task, cursor.at(this.instantMs), this.nowJudge);
    if (doneOn === null) return;
    const point = this.points.find(({ start, end }) => start <= doneOn && doneOn <= end);
    if (point === undefined) return;
    if (bucket === 'completed_on_time') point.doneOnTime++;
    else if (bucket === 'completed_late') point.doneLate++;
  }

  result(): WeekPoint[] {
    return this.points;
  }

  private judgeOn(instant: string): DeadlineJudge {
    return new DeadlineJudge(vietnamDateOf(instant) ?? '', this.options.calendar);
  }
}

/**
 * The year week by week up to an instant (see TimelineFold), from a set of tasks and their log.
 * @throws RangeError when the instant is not a readable time; ReportLogError when a log does not fold.
 */
export function weeklyTimeline(
  tasks: readonly ReportTask[],
  events: readonly ReportEvent[],
  year: number,
  instant: string,
  options: FiguresOptions = {},
): WeekPoint[] {
  const fold = new TimelineFold(tasks, year, instant, options);
  const logs = eventsByTask(events);
  for (const task of tasks) fold.add(task, logs.get(task.id) ?? []);
  return fold.result();
}
