/**
 * A report period's figures as of its cut-off through the API, for a ward of 100,000 tasks with
 * their event logs, on SQLite and on PostgreSQL: `GET /api/reports/figures?period=…` (the whole
 * ward), `GET /api/reports/plans/:id/figures?period=…` (a plan of 10,000 tasks, with every
 * task's standing) and `GET /api/reports/leadership/charts` (the ward's year week by week and its
 * plans against their deadlines). Each task is a clone of a demo task carrying a copy of that
 * task's whole log, so the fold meets the moves the demo history made. Beside each, the app's
 * peak resident memory over the requests, the heap it holds after them and the seconds its
 * garbage collector took meanwhile. Beside them, in the same run, two baselines: the same tasks'
 * and events' columns read through the database driver, with no fold, no calendar and no JSON; and
 * the in-process fold, those rows folded by figuresAsOf in this process with everything in memory
 * at once (its memory is this process's).
 *
 *   npx nx build backend && npx tsx --tsconfig bench/tsconfig.json bench/report-figures-api.bench.ts [sqlite|postgres|both=both] [requests=10] [period=2026-Q4] [tasks=100000] [chartRequests=3]
 */
import { type FiguresDto, REPORTS_API } from '@dondoc/contracts';
import type { Deadline } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import { figuresAsOf, type ReportEvent, type ReportTask } from '@dondoc/reports';
import { DemoApi } from '@dondoc/test-support';
import { performance } from 'node:perf_hooks';
import { withBenchApp } from './support/bench-app';
import type { BenchDb } from './support/bench-db';
import { appMemory, peakRssMb, resetPeakRss } from './support/process-memory';
import { seedWard } from './support/seed-ward';
import { printTable, summarize } from './support/stats';

const ENGINES = (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'postgres'] : [process.argv[2]];
const REQUESTS = Number(process.argv[3] ?? 10);
const PERIOD = process.argv[4] ?? '2026-Q4';
const WARD_TASKS = Number(process.argv[5] ?? 100_000);
const CHART_REQUESTS = Number(process.argv[6] ?? 3);
const PLAN_TASKS = Math.min(10_000, Math.floor(WARD_TASKS / 10));
const CHARTS_PATH = '/api/reports/leadership/charts';
/**
 * The app's scheduled jobs stay off unless BENCH_SCHEDULER=on: on a ward just seeded with 100,000
 * tasks their first pass (alerts for tens of thousands of overdue tasks, the audit chain's
 * checkpoint over the new events) holds the process for minutes, and a request that meets it
 * measures the job, not the figures. With them on, the runs longer than a second are listed.
 */
const SCHEDULER = process.env['BENCH_SCHEDULER'] === 'on';

type Kind = BenchDb['kind'];

/** What the fold reads, as TaskLogReader selects it: the tasks' columns and the log in id order. */
const TASK_SQL = `SELECT id, plan_id, parent_id, section_key, lead_unit_id, type, due, deadline, workflow_seed, created_at
                  FROM task WHERE ward_id = ?`;
const EVENT_SQL = `SELECT task_id, event, from_state, to_state, version, payload, at
                   FROM task_event WHERE ward_id = ? ORDER BY id`;

interface TaskRow {
  id: string;
  plan_id: string;
  parent_id: string | null;
  section_key: string | null;
  lead_unit_id: string | null;
  type: TaskType;
  due: string | null;
  deadline: string | null;
  created_at: string;
}
interface EventRow {
  task_id: string;
  event: string;
  from_state: string;
  to_state: string;
  version: number;
  payload: string | null;
  at: string;
}

/** The whole ward read through the driver and folded here, everything in memory at once. */
async function foldInProcess(db: BenchDb, wardId: string, instant: string): Promise<number> {
  const tasks = (await db.all<TaskRow>(TASK_SQL, [wardId])).map((row): ReportTask => ({
    id: row.id,
    planId: row.plan_id,
    parentId: row.parent_id,
    sectionKey: row.section_key,
    leadUnitId: row.lead_unit_id,
    type: row.type,
    createdAt: row.created_at,
    due: row.due,
    deadline: row.deadline === null ? null : (JSON.parse(row.deadline) as Deadline),
  }));
  const events = (await db.all<EventRow>(EVENT_SQL, [wardId])).map((row): ReportEvent => ({
    taskId: row.task_id,
    event: row.event,
    fromState: row.from_state,
    toState: row.to_state,
    version: Number(row.version),
    payload: row.payload === null ? null : (JSON.parse(row.payload) as Record<string, unknown>),
    at: row.at,
  }));
  return figuresAsOf(tasks, events, instant).overall.total;
}

interface Memory {
  'peak RSS MB': number;
  'heap after MB': number | string;
  'GC s': string;
}

/** `work` with the peak resident set of `pid` reset before it, and the app's heap and GC read around it. */
async function withMemory<T>(
  pid: number,
  appUrl: string | null,
  work: () => Promise<T>,
): Promise<[T, Memory]> {
  const before = appUrl === null ? null : await appMemory(appUrl);
  resetPeakRss(pid);
  const result = await work();
  const peak = peakRssMb(pid);
  const after = appUrl === null ? null : await appMemory(appUrl);
  return [
    result,
    {
      'peak RSS MB': peak,
      'heap after MB': after?.heapUsedMb ?? Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
      'GC s': before && after ? (after.gcSeconds - before.gcSeconds).toFixed(1) : '',
    },
  ];
}

async function timed(count: number, call: () => Promise<unknown>): Promise<ReturnType<typeof summarize>> {
  await call();
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

const round = (value: number) => Math.round(value);

async function measure(kind: Kind): Promise<Record<string, string | number>[]> {
  return withBenchApp(
    kind,
    async (app, db) => {
      const leader = await DemoApi.as(app.url, 'hd.leader');
      const plans = await leader.plans();
      const plan = await leader.board(plans[0].id);
      const wardId = plans[0].wardId;
      await seedWard(db, plan, { planTasks: PLAN_TASKS, wardTasks: WARD_TASKS, log: 'template' });
      // SQLite's driver is synchronous: let the client notice keep-alive sockets closed meanwhile.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const [{ tasks, events }] = await db.all<{ tasks: number; events: number }>(
        `SELECT (SELECT COUNT(*) FROM task WHERE ward_id = ?) AS tasks,
              (SELECT COUNT(*) FROM task_event WHERE ward_id = ?) AS events`,
        [wardId, wardId],
      );
      const wardPath = `${REPORTS_API.figures}?period=${PERIOD}`;
      const planPath = `${REPORTS_API.planFigures(plan.plan.id)}?period=${PERIOD}`;
      const figures = await leader.get<FiguresDto>(wardPath);
      const { overall } = figures;
      console.log(
        `${kind}: ${Number(tasks).toLocaleString('en-US')} tasks, ${Number(events).toLocaleString('en-US')} events; ${PERIOD} as of ${figures.asOf}: ${overall.completed_on_time} / ${overall.completed_late} / ${overall.in_progress_on_time} / ${overall.in_progress_overdue} (+ ${overall.cancelled} cancelled)`,
      );

      const pid = app.process.pid ?? 0;
      const [ward, wardMemory] = await withMemory(pid, app.url, () =>
        timed(REQUESTS, () => leader.get(wardPath)),
      );
      const [onePlan, planMemory] = await withMemory(pid, app.url, () =>
        timed(REQUESTS, () => leader.get(planPath)),
      );
      const [charts, chartsMemory] =
        CHART_REQUESTS > 0
          ? await withMemory(pid, app.url, () => timed(CHART_REQUESTS, () => leader.get(CHARTS_PATH)))
          : [null, null];
      const [rows, rowsMemory] = await withMemory(process.pid, null, () =>
        timed(REQUESTS, async () => {
          await db.all(TASK_SQL, [wardId]);
          await db.all(EVENT_SQL, [wardId]);
        }),
      );
      const [inProcess, inProcessMemory] = await withMemory(process.pid, null, () =>
        timed(REQUESTS, () => foldInProcess(db, wardId, figures.asOf)),
      );
      if (SCHEDULER) await printLongJobRuns(db);
      const row = (what: string, stats: ReturnType<typeof summarize>, memory: Memory) => ({
        database: kind,
        what,
        'p50 ms': round(stats.p50),
        'p95 ms': round(stats.p95),
        ...memory,
      });
      return [
        row(`ward figures, ${PERIOD} (API)`, ward, wardMemory),
        row(`plan of ${PLAN_TASKS.toLocaleString('en-US')} tasks with standings (API)`, onePlan, planMemory),
        ...(charts && chartsMemory ? [row('leadership charts, now (API)', charts, chartsMemory)] : []),
        row('baseline: the ward’s task and event rows via the driver', rows, rowsMemory),
        row('baseline: those rows folded in process (figuresAsOf)', inProcess, inProcessMemory),
      ];
    },
    { SCHEDULER_ENABLED: String(SCHEDULER) },
  );
}

/** The scheduled jobs' runs that took more than a second, as the app recorded them. */
async function printLongJobRuns(db: BenchDb): Promise<void> {
  const runs = await db.all<{
    name: string;
    started_at: string;
    finished_at: string | null;
    outcome: string;
  }>('SELECT name, started_at, finished_at, outcome FROM job_run ORDER BY started_at');
  for (const run of runs) {
    const seconds =
      ((run.finished_at ? Date.parse(run.finished_at) : Date.now()) - Date.parse(run.started_at)) / 1000;
    if (seconds > 1)
      console.log(`job ${run.name} ${run.outcome} from ${run.started_at}: ${seconds.toFixed(0)} s`);
  }
}

async function main(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const kind of ENGINES) rows.push(...(await measure(kind as Kind)));
  printTable(
    `Report figures as of a cut-off through the API, ward of ${WARD_TASKS.toLocaleString('en-US')} tasks (${REQUESTS} requests each, ${CHART_REQUESTS} of the charts; Node ${process.version})`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
