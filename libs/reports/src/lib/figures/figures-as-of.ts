import type { CategoryCounts } from '@dondoc/contracts';
import { type ReportCategory, vietnamDateOf } from '@dondoc/deadlines';
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

function eventsByTask(events: readonly ReportEvent[]): Map<string, ReportEvent[]> {
  const byTask = new Map<string, ReportEvent[]>();
  for (const event of events) {
    const list = byTask.get(event.taskId);
    if (list === undefined) byTask.set(event.taskId, [event]);
    else list.push(event);
  }
  return byTask;
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
  const instantMs = Date.parse(instant);
  const today = vietnamDateOf(instant);
  if (Number.isNaN(instantMs) || today === null)
    throw new RangeError(`Not an instant: ${JSON.stringify(instant)}`);
  const fold = options.fold === 'replay' ? foldReplay : foldLog;
  const logs = eventsByTask(events);
  const existing = tasks.filter((task) => Date.parse(task.createdAt) <= instantMs);
  const parents = new Set(existing.map((task) => task.parentId));
  const judge = new DeadlineJudge(today, options.calendar);

  const overall = emptyCounts();
  const byPlan = new Tally<string>((planId) => planId);
  const byUnit = new Tally<string | null>((unitId) => unitId ?? '');
  const bySection = new Tally<{ planId: string; sectionKey: string | null }>(
    ({ planId, sectionKey }) => `${planId}\u0000${sectionKey ?? ''}`,
  );
  const byType = new Tally<TaskType>((type) => type);
  const standings: TaskStanding[] = [];
  for (const task of existing) {
    if (parents.has(task.id)) continue;
    const folded = fold(task, inLogOrder(logs.get(task.id) ?? []), instantMs);
    const standing = standingOf(task, folded, judge);
    standings.push(standing);
    add(overall, standing);
    byPlan.add(task.planId, standing);
    byUnit.add(standing.leadUnitId, standing);
    bySection.add({ planId: task.planId, sectionKey: task.sectionKey }, standing);
    byType.add(standing.type, standing);
  }
  return {
    asOf: new Date(instantMs).toISOString(),
    today,
    overall,
    byPlan: byPlan.rows().map(({ key, counts }) => ({ planId: key, counts })),
    byUnit: byUnit.rows().map(({ key, counts }) => ({ unitId: key, counts })),
    bySection: bySection.rows().map(({ key, counts }) => ({ ...key, counts })),
    byType: byType.rows().map(({ key, counts }) => ({ type: key, counts })),
    standings,
  };
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
