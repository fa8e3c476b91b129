/**
 * Figures of a report period as of its cut-off for a ward of 100,000 tasks with their event logs,
 * in memory: the log fold (figuresAsOf, what the reports context calls) beside a baseline from the
 * same run that makes one plain pass over the same events (each task's last state by the cut-off,
 * counted by state: the least any as-of figure costs). The replay fold (every log folded through
 * the XState machines, quadratic per task) is timed on a slice to show why it is the audit path.
 * The logs are random walks through the real machines (decide), the same walks the property tests
 * of the figures make (@dondoc/reports/testing), cloned onto many tasks and shifted in time, so
 * every log is one the machines accept.
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/report-figures.bench.ts [tasks=100000] [runs=5]
 */
import { figuresAsOf, periodByKey, type ReportEvent } from '@dondoc/reports';
import { printTable, timeSync } from './support/stats';
import { walkedWard } from './support/walked-ward';

const TASKS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 5);
const REPLAY_SLICE = 2_000;

/** Each task's last state by the cut-off, counted by state: one pass, no workflow, no deadline. */
function plainPass(events: readonly ReportEvent[], cutOff: string): number {
  const cutOffMs = Date.parse(cutOff);
  const lastState = new Map<string, string>();
  for (const event of events)
    if (Date.parse(event.at) <= cutOffMs) lastState.set(event.taskId, event.toState);
  const byState = new Map<string, number>();
  for (const state of lastState.values()) byState.set(state, (byState.get(state) ?? 0) + 1);
  return byState.size;
}

const time = (work: () => unknown) => timeSync(RUNS, work);

const built = process.hrtime.bigint();
const { tasks, events } = walkedWard(TASKS);
console.log(
  `${tasks.length.toLocaleString('en-US')} tasks, ${events.length.toLocaleString('en-US')} events, built in ${(Number(process.hrtime.bigint() - built) / 1e9).toFixed(1)} s; Node ${process.version}, ${RUNS} runs each`,
);

const rows: Record<string, string | number>[] = [];
for (const key of ['2026-Q1', '2026-Y']) {
  const period = periodByKey(key, 'nd09');
  if (period === null) throw new Error(key);
  const figures = figuresAsOf(tasks, events, period.cutOff);
  const baseline = time(() => plainPass(events, period.cutOff));
  const fold = time(() => figuresAsOf(tasks, events, period.cutOff));
  rows.push(
    {
      period: key,
      what: 'baseline: plain pass over the events',
      'p50 ms': baseline.p50.toFixed(0),
      'p95 ms': baseline.p95.toFixed(0),
      counted: '',
    },
    {
      period: key,
      what: 'figuresAsOf (log fold)',
      'p50 ms': fold.p50.toFixed(0),
      'p95 ms': fold.p95.toFixed(0),
      counted: figures.overall.total + figures.overall.cancelled,
    },
  );
}
const slice = tasks.slice(0, REPLAY_SLICE);
const sliceIds = new Set(slice.map((task) => task.id));
const sliceEvents = events.filter((event) => sliceIds.has(event.taskId));
const cutOff = periodByKey('2026-Y', 'nd09')?.cutOff ?? '';
const sliceLog = time(() => figuresAsOf(slice, sliceEvents, cutOff));
const sliceReplay = time(() => figuresAsOf(slice, sliceEvents, cutOff, { fold: 'replay' }));
rows.push(
  {
    period: '2026-Y',
    what: `figuresAsOf (log fold), first ${REPLAY_SLICE} tasks`,
    'p50 ms': sliceLog.p50.toFixed(1),
    'p95 ms': sliceLog.p95.toFixed(1),
    counted: '',
  },
  {
    period: '2026-Y',
    what: `figuresAsOf (replay fold), first ${REPLAY_SLICE} tasks`,
    'p50 ms': sliceReplay.p50.toFixed(0),
    'p95 ms': sliceReplay.p95.toFixed(0),
    counted: '',
  },
);
printTable('Figures as of a period cut-off (Nghị định 09 windows)', rows);
