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
import { addDays } from '@dondoc/deadlines';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import { figuresAsOf, periodByKey, type ReportEvent, type ReportTask } from '@dondoc/reports';
import { DETOUR_MOVES, reportTask, type WalkAttempt, walkHistory } from '@dondoc/reports/testing';
import { printTable, summarize } from './support/stats';

const TASKS = Number(process.argv[2] ?? 100_000);
const RUNS = Number(process.argv[3] ?? 5);
const REPLAY_SLICE = 2_000;
const TEMPLATES = 200;
const UNITS = ['vhxh', 'ktht', 'pvhcc', 'dvsnc', 'ca', 'qs', 'vp', 'tp', 'yt'].map((code) => `unit-${code}`);
const SECTIONS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

/** A small seeded generator, so every run builds the same ward. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

interface Template {
  type: TaskType;
  events: ReportEvent[];
}

/** Random walks through the real machines from 5/1/2026 (the property tests' walks), a day or so between attempts. */
function templates(): Template[] {
  return Array.from({ length: TEMPLATES }, (_, index) => {
    const type = TASK_TYPES[index % TASK_TYPES.length];
    const attempts: WalkAttempt[] = Array.from({ length: 12 }, () => ({
      move: random() < 0.85 ? Math.floor(random() * 1_000) : pick(DETOUR_MOVES),
      gapHours: Math.floor(random() * 72 + 6),
      newDueDays: 45,
    }));
    return { type, events: walkHistory('template', type, '2026-01-05T02:00:00.000Z', attempts) };
  });
}

/** A ward of `count` tasks over 20 plans; one task in 100 is a fan-out parent of the next nine. */
function ward(count: number): { tasks: ReportTask[]; events: ReportEvent[] } {
  const shapes = templates();
  const tasks: ReportTask[] = [];
  const events: ReportEvent[] = [];
  for (let index = 0; index < count; index++) {
    const id = `task-${index}`;
    const shape = pick(shapes);
    const shiftDays = Math.floor(random() * 200);
    const shiftMs = shiftDays * 86_400_000;
    const block = index - (index % 100);
    tasks.push(
      reportTask({
        id,
        type: shape.type,
        planId: `plan-${index % 20}`,
        sectionKey: pick(SECTIONS),
        leadUnitId: pick(UNITS),
        parentId: index % 100 >= 1 && index % 100 <= 9 ? `task-${block}` : null,
        createdAt: new Date(Date.parse('2026-01-05T01:00:00.000Z') + shiftMs).toISOString(),
        due: addDays('2026-02-01', Math.floor(random() * 300)),
      }),
    );
    for (const event of shape.events) {
      // An extension asks for a day after its request: it moves with the log.
      const newDue = event.payload?.['newDue'];
      const payload =
        typeof newDue === 'string' ? { ...event.payload, newDue: addDays(newDue, shiftDays) } : event.payload;
      events.push({
        ...event,
        taskId: id,
        payload,
        at: new Date(Date.parse(event.at) + shiftMs).toISOString(),
      });
    }
  }
  return { tasks, events };
}

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

function time(work: () => unknown): { p50: number; p95: number } {
  work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { p50, p95 } = summarize(samples);
  return { p50, p95 };
}

const built = process.hrtime.bigint();
const { tasks, events } = ward(TASKS);
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
