/**
 * The leadership's year chart (GET /api/reports/leadership/charts: tasks done on time and late,
 * and overdue, week by week) for a ward of 10,000 tasks with their event logs, in memory: the one
 * pass over each task's log (weeklyTimeline, what the endpoint calls) beside the baseline from the
 * same run that it replaced, one whole as-of fold of the ward per week's end and one at the instant
 * (weeklyTimelineByFolds). Both answer the same weeks; the bench checks that before timing.
 * The logs are the report-figures bench's random walks through the real machines.
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/report-charts.bench.ts [tasks=10000] [runs=5] [instant=2026-12-31T09:00:00.000Z]
 */
import { weeklyTimeline } from '@dondoc/reports';
import { weeklyTimelineByFolds } from '@dondoc/reports/testing';
import { isDeepStrictEqual } from 'node:util';
import { printTable, timeSync } from './support/stats';
import { walkedWard } from './support/walked-ward';

const TASKS = Number(process.argv[2] ?? 10_000);
const RUNS = Number(process.argv[3] ?? 5);
/** Late in the year by default: every week of it on the chart. */
const INSTANT = process.argv[4] ?? '2026-12-31T09:00:00.000Z';
const YEAR = Number(INSTANT.slice(0, 4));
/** The baseline takes seconds a run: fewer runs of it. */
const BASELINE_RUNS = Math.max(1, Math.min(RUNS, 3));

const { tasks, events } = walkedWard(TASKS);
const weeks = weeklyTimeline(tasks, events, YEAR, INSTANT);
if (!isDeepStrictEqual(weeks, weeklyTimelineByFolds(tasks, events, YEAR, INSTANT)))
  throw new Error('The one pass and the week-by-week folds disagree');
console.log(
  `${tasks.length.toLocaleString('en-US')} tasks, ${events.length.toLocaleString('en-US')} events; ${weeks.length} weeks of ${YEAR} as of ${INSTANT}; Node ${process.version}`,
);

const baseline = timeSync(BASELINE_RUNS, () => weeklyTimelineByFolds(tasks, events, YEAR, INSTANT));
const onePass = timeSync(RUNS, () => weeklyTimeline(tasks, events, YEAR, INSTANT));
printTable(`The year chart of a ward of ${TASKS.toLocaleString('en-US')} tasks`, [
  {
    what: `baseline: one as-of fold per week's end (${weeks.length + 1} folds)`,
    runs: BASELINE_RUNS,
    'p50 ms': baseline.p50.toFixed(0),
    'p95 ms': baseline.p95.toFixed(0),
  },
  {
    what: 'weeklyTimeline: one pass over each log',
    runs: RUNS,
    'p50 ms': onePass.p50.toFixed(0),
    'p95 ms': onePass.p95.toFixed(0),
  },
]);
