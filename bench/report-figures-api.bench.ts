/**
 * A report period's figures as of its cut-off through the API, for a ward of 100,000 tasks with
 * their event logs, on SQLite and on PostgreSQL: `GET /api/reports/figures?period=…` (the whole
 * ward) and `GET /api/reports/plans/:id/figures?period=…` (a plan of 10,000 tasks, with every
 * task's standing). Each task is a clone of a demo task carrying a copy of that task's whole log,
 * so the fold meets the moves the demo history made. Beside them, in the same run, the baseline
 * the endpoint cannot do without: the same tasks' and events' columns read through the database
 * driver, with no fold, no calendar and no JSON.
 *
 *   npx nx build backend && npx tsx --tsconfig bench/tsconfig.json bench/report-figures-api.bench.ts [sqlite|postgres|both=both] [requests=10] [period=2026-Q4] [tasks=100000]
 */
import { type FiguresDto, REPORTS_API } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { performance } from 'node:perf_hooks';
import { withBenchApp } from './support/bench-app';
import type { BenchDb } from './support/bench-db';
import { seedWard } from './support/seed-ward';
import { printTable, summarize } from './support/stats';

const ENGINES = (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'postgres'] : [process.argv[2]];
const REQUESTS = Number(process.argv[3] ?? 10);
const PERIOD = process.argv[4] ?? '2026-Q4';
const WARD_TASKS = Number(process.argv[5] ?? 100_000);
const PLAN_TASKS = Math.min(10_000, Math.floor(WARD_TASKS / 10));

type Kind = BenchDb['kind'];

/** What the fold reads, as TaskLogReader selects it: the tasks' columns and the log in id order. */
const TASK_SQL = `SELECT id, plan_id, parent_id, section_key, lead_unit_id, type, due, deadline, workflow_seed, created_at
                  FROM task WHERE ward_id = ?`;
const EVENT_SQL = `SELECT task_id, event, from_state, to_state, version, payload, at
                   FROM task_event WHERE ward_id = ? ORDER BY id`;

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
  return withBenchApp(kind, async (app, db) => {
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

    const ward = await timed(REQUESTS, () => leader.get(wardPath));
    const onePlan = await timed(REQUESTS, () => leader.get(planPath));
    const rows = await timed(REQUESTS, async () => {
      await db.all(TASK_SQL, [wardId]);
      await db.all(EVENT_SQL, [wardId]);
    });
    return [
      {
        database: kind,
        what: `ward figures, ${PERIOD} (API)`,
        'p50 ms': round(ward.p50),
        'p95 ms': round(ward.p95),
      },
      {
        database: kind,
        what: `plan of ${PLAN_TASKS.toLocaleString('en-US')} tasks with standings (API)`,
        'p50 ms': round(onePlan.p50),
        'p95 ms': round(onePlan.p95),
      },
      {
        database: kind,
        what: 'baseline: the ward’s task and event rows via the driver',
        'p50 ms': round(rows.p50),
        'p95 ms': round(rows.p95),
      },
    ];
  });
}

async function main(): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const kind of ENGINES) rows.push(...(await measure(kind as Kind)));
  printTable(
    `Report figures as of a cut-off through the API, ward of ${WARD_TASKS.toLocaleString('en-US')} tasks (${REQUESTS} requests each; Node ${process.version})`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
