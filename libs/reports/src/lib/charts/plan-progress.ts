import type { IsoDate } from '@dondoc/deadlines';
import type { TaskStanding } from '../figures/task-standing';

/** How far a plan stands against its deadlines on a day. */
export interface PlanProgress {
  planId: string;
  /** Counted tasks (the four categories), cancelled set apart. */
  total: number;
  /** Approved, on time or late. */
  done: number;
  /** Tasks whose deadline in force had passed by the day, done or not: what should be done by then. */
  due: number;
  /** Open and past the deadline in force. */
  overdue: number;
}

/**
 * Per plan, done against due, from the standings of one fold: a plan on schedule has done at least
 * what its deadlines asked for by `today` (work done early counts as done, not as due). Plans in the
 * order first met.
 */
export function planProgress(standings: readonly TaskStanding[], today: IsoDate): PlanProgress[] {
  const byPlan = new Map<string, PlanProgress>();
  for (const standing of standings) {
    if (standing.bucket === 'cancelled') continue;
    let row = byPlan.get(standing.planId);
    if (row === undefined)
      byPlan.set(standing.planId, (row = { planId: standing.planId, total: 0, done: 0, due: 0, overdue: 0 }));
    const done = standing.bucket === 'completed_on_time' || standing.bucket === 'completed_late';
    row.total++;
    if (done) row.done++;
    if (standing.bucket === 'in_progress_overdue') row.overdue++;
    if (standing.effectiveDue !== null && standing.effectiveDue < today) row.due++;
  }
  return [...byPlan.values()];
}
