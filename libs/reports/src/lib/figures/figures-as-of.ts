import type { CategoryCounts } from '@dondoc/contracts';
import { type IsoDate, type ReportCategory, vietnamDateOf } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import type { ReportPeriod } from '../periods/report-periods';
import { DeadlineJudge } from './deadline-judge';
import { inLogOrder } from './folded-task';
import { foldLog } from './log-fold';
import { foldReplay } from './replay-fold';
import type { FiguresOptions, ReportEvent, ReportTask } from './report-inputs';
import { standingOf, type TaskStanding } from './task-standing';

// Declared with the API's contracts, which send the counts as they are.
export type { CategoryCounts };

export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'in_progress_overdue',
];

export interface ReportFigures {
  /** The instant the figures are as of (UTC). */
  asOf: string;
  /** Its date in Vietnam, the "today" of every timeliness. */
  today: string;
  overall: CategoryCounts;
  byPlan: { planId: string; counts: CategoryCounts }[];
  /** By lead unit; null gathers tasks without a primary lead yet. */
  byUnit: { unitId: string | null; counts: CategoryCounts }[];
  bySection: { planId: string; sectionKey: string | null; counts: CategoryCounts }[];
  byType: { type: TaskType; counts: CategoryCounts }[];
  /** Every counted task and every cancelled one, in the order of the tasks given. */
  standings: TaskStanding[];
}

export function emptyCounts(): CategoryCounts {
  return {
    completed_on_time: 0,
    completed_late: 0,
    in_progress_on_time: 0,
    in_progress_overdue: 0,
    total: 0,
    cancelled: 0,
  };
}

function add(counts: CategoryCounts, standing: TaskStanding): void {
  if (standing.bucket === 'cancelled') counts.cancelled++;
  else {
    counts[standing.bucket]++;
    counts.total++;
  }
}

class Tally<K> {
  private readonly groups = new Map<string, { key: K; counts: CategoryCounts }>();
  constructor(private readonly idOf: (key: K) => string) {}

  add(key: K, standing: TaskStanding): void {
    const id = this.idOf(key);
    let group = this.groups.get(id);
    if (group === undefined) this.groups.set(id, (group = { key, counts: emptyCounts() }));
    add(group.counts, standing);
  }

  /** Groups in a stable order (by their ids), whatever order the tasks came in. */
  rows(): { key: K; counts: CategoryCounts }[] {
    return [...this.groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
}

/** The events of each task, in the order given. */
export function eventsByTask(events: readonly ReportEvent[]): Map<string, ReportEvent[]> {
  const byTask = new Map<string, ReportEvent[]>();
  for (const event of events) {
    const list = byTask.get(event.taskId);
    if (list === undefined) byTask.set(event.taskId, [event]);
    else list.push(event);
  }
  return byTask;
}

/** The instant as milliseconds and as its Vietnam date. @throws RangeError when it is not a readable time. */
export function readInstant(instant: string): { instantMs: number; today: IsoDate } {
  const instantMs = Date.parse(instant);
  const today = vietnamDateOf(instant);
  if (Number.isNaN(instantMs) || today === null)
    throw new RangeError(`Not an instant: ${JSON.stringify(instant)}`);
  return { instantMs, today };
}

/**
 * The figures of a set of tasks as they stood at an instant, folded task by task: every task is
 * known first (a task whose children exist then is counted through them), then each task's log
 * is handed in once and can be dropped, so a ward's whole log never has to be in memory at once.
 */
export class FiguresFold {
  private readonly instantMs: number;
  private readonly judge: DeadlineJudge;
  private readonly parents: Set<string | null>;
  private readonly fold: typeof foldLog;
  private readonly overall = emptyCounts();
  private readonly byPlan = new Tally<string>((planId) => planId);
  private readonly byUnit = new Tally<string | null>((unitId) => unitId ?? '');
  private readonly bySection = new Tally<{ planId: string; sectionKey: string | null }>(
    ({ planId, sectionKey }) => `${planId}\u0000${sectionKey ?? ''}`,
  );
  private readonly byType = new Tally<TaskType>((type) => type);
  private readonly standings: TaskStanding[] = [];

  /** @throws RangeError when the instant is not a readable time. */
  constructor(tasks: readonly ReportTask[], instant: string, options: FiguresOptions = {}) {
    const { instantMs, today } = readInstant(instant);
    this.instantMs = instantMs;
    this.judge = new DeadlineJudge(today, options.calendar);
    this.fold = options.fold === 'replay' ? foldReplay : foldLog;
    this.parents = new Set();
    for (const task of tasks) if (this.exists(task)) this.parents.add(task.parentId);
  }

  /**
   * Counts one task from its log (its events, in any order); a task created after the instant, or
   * with children by then, is passed over. Tasks are counted in the order they are added.
   * @throws ReportLogError when the log does not fold.
   */
  add(task: ReportTask, events: readonly ReportEvent[]): void {
    if (!this.exists(task) || this.parents.has(task.id)) return;
    const standing = standingOf(task, this.fold(task, inLogOrder(events), this.instantMs), this.judge);
    this.standings.push(standing);
    add(this.overall, standing);
    this.byPlan.add(task.planId, standing);
    this.byUnit.add(standing.leadUnitId, standing);
    this.bySection.add({ planId: task.planId, sectionKey: task.sectionKey }, standing);
    this.byType.add(standing.type, standing);
  }

  result(): ReportFigures {
    return {
      asOf: new Date(this.instantMs).toISOString(),
      today: this.judge.today,
      overall: this.overall,
      byPlan: this.byPlan.rows().map(({ key, counts }) => ({ planId: key, counts })),
      byUnit: this.byUnit.rows().map(({ key, counts }) => ({ unitId: key, counts })),
      bySection: this.bySection.rows().map(({ key, counts }) => ({ ...key, counts })),
      byType: this.byType.rows().map(({ key, counts }) => ({ type: key, counts })),
      standings: this.standings,
    };
  }

  private exists(task: ReportTask): boolean {
    return Date.parse(task.createdAt) <= this.instantMs;
  }
}

/**
 * The figures of a set of tasks (a plan, a ward) as they stood at an instant, folded from their
 * event log: a task created later does not exist yet, a task whose children exist is counted
 * through them (a fan-out parent, a report series), cancelled work is counted apart.
 * @throws RangeError when the instant is not a readable time; ReportLogError when a log does not fold.
 */
export function figuresAsOf(
  tasks: readonly ReportTask[],
  events: readonly ReportEvent[],
  instant: string,
  options: FiguresOptions = {},
): ReportFigures {
  const fold = new FiguresFold(tasks, instant, options);
  const logs = eventsByTask(events);
  for (const task of tasks) fold.add(task, logs.get(task.id) ?? []);
  return fold.result();
}

/** The figures of a report period: as of its cut-off (23:59:59.999 Vietnam time of its last day). */
export function figuresOfPeriod(
  tasks: readonly ReportTask[],
  events: readonly ReportEvent[],
  period: Pick<ReportPeriod, 'cutOff'>,
  options: FiguresOptions = {},
): ReportFigures {
  return figuresAsOf(tasks, events, period.cutOff, options);
}
