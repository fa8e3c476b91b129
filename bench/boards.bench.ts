/**
 * Read latency of the boards at scale: `GET /api/plans/:id/board` on a plan of 10,000 tasks (whole
 * and one column page) and `GET /api/leadership` on a ward of 100,000 tasks, on SQLite and on
 * PostgreSQL. Beside each, the bare SQL the endpoint cannot do without, run through the database
 * driver in the same run: the plan's rows for the board, the leadership's grouped narrow SELECT.
 * Leadership is timed twice: on an unchanged ward (the server keeps its last reading of the task
 * table while the ward's newest event and task count stay the same) and right after a change
 * (an event appended before each request, untimed), which times the reading itself.
 * Targets (issue 5, 2-core machine): board p50 < 50 ms, leadership p50 < 100 ms.
 *
 *   npx nx build backend && npx tsx bench/boards.bench.ts [sqlite|postgres|both=both] [requests=50]
 */
import { API, type BoardDto, type LeadershipBoardDto } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { performance } from 'node:perf_hooks';
import { withBenchApp } from './support/bench-app';
import type { BenchDb } from './support/bench-db';
import { seedWard } from './support/seed-ward';
import { printTable, summarize } from './support/stats';

const ENGINES = (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'postgres'] : [process.argv[2]];
const REQUESTS = Number(process.argv[3] ?? 50);
const PLAN_TASKS = 10_000;
const WARD_TASKS = 100_000;

type Kind = BenchDb['kind'];

type Row = {
  database: string;
  what: string;
  'p50 ms': number;
  'p99 ms': number;
  'bytes/answer': number;
  baseline: string;
  'baseline p50 ms': number;
};

/** An event on some task of the ward, as every move appends one. */
async function appendEvent(db: BenchDb, wardId: string): Promise<void> {
  await db.run(
    `INSERT INTO task_event (ward_id, plan_id, task_id, actor_name, event, from_state, to_state, version, at)
     SELECT ward_id, plan_id, id, 'bench', 'COMMENT', state, state, version, updated_at FROM task
     WHERE ward_id = ? AND parent_id IS NULL ORDER BY id LIMIT 1`,
    [wardId],
  );
}

/** Latency of `count` sequential calls after a short warm-up, in ms; `before` runs untimed. */
async function latencies(
  count: number,
  call: () => Promise<unknown>,
  before: () => Promise<unknown> = async () => undefined,
): Promise<number[]> {
  for (let index = 0; index < 3; index++) await before().then(call);
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    await before();
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  return samples;
}

async function fetchText(api: DemoApi, path: string): Promise<string> {
  const response = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The leadership's grouped narrow SELECT, as LeadershipService sends it. */
function leadershipSql(kind: Kind): string {
  const override =
    kind === 'postgres'
      ? `(CAST(task.context AS json) ->> 'dueOverride')`
      : `json_extract(task.context, '$.dueOverride')`;
  const due = `COALESCE(${override}, task.due)`;
  const at = 'task.submitted_at';
  const doneAt = `CASE WHEN task.board_column = 'approved' THEN CASE WHEN ${at} LIKE '____-__-__T__:%Z' THEN substr(${at}, 1, 13) ELSE ${at} END END`;
  return `SELECT task.lead_unit_id, task.board_column, ${due}, ${doneAt}, COUNT(*) FROM task
          WHERE task.ward_id = ? AND NOT EXISTS (SELECT 1 FROM task child WHERE child.parent_id = task.id)
          GROUP BY task.lead_unit_id, task.board_column, ${due}, ${doneAt}`;
}

async function measure(kind: Kind): Promise<Row[]> {
  return withBenchApp(kind, async (app, db) => {
    const leader = await DemoApi.as(app.url, 'hd.leader');
    const plans = await leader.plans();
    const plan = await leader.board(plans[0].id);
    await seedWard(db, plan, { planTasks: PLAN_TASKS, wardTasks: WARD_TASKS });
    // SQLite's driver is synchronous: let the client notice the keep-alive sockets the server
    // closed while the seeding held the event loop, before the next request reuses one.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const wardId = plans[0].wardId;
    if ((await leader.plans()).some((other) => other.id !== plan.plan.id && other.wardId !== wardId))
      throw new Error('the leader sees plans of another ward');

    const boardPath = API.board(plan.plan.id);
    const pagePath = `${boardPath}?column=draft&offset=0&limit=100`;
    const sizes = {
      board: (await fetchText(leader, boardPath)).length,
      page: (await fetchText(leader, pagePath)).length,
      leadership: (await fetchText(leader, API.leadership)).length,
    };
    const board = JSON.parse(await fetchText(leader, boardPath)) as BoardDto;
    const summary = JSON.parse(await fetchText(leader, API.leadership)) as LeadershipBoardDto;
    const counted = Object.values(summary.totals).reduce((sum, count) => sum + count, 0);
    console.log(`${kind}: board holds ${board.cards.length} cards; leadership counts ${counted} tasks`);

    const boardMs = summarize(await latencies(REQUESTS, () => fetchText(leader, boardPath)));
    const pageMs = summarize(await latencies(REQUESTS, () => fetchText(leader, pagePath)));
    const leadershipMs = summarize(await latencies(REQUESTS, () => fetchText(leader, API.leadership)));
    // A change appends an event, which makes the server's kept reading stale: this times the reading.
    const changedMs = summarize(
      await latencies(
        REQUESTS,
        () => fetchText(leader, API.leadership),
        () => appendEvent(db, wardId),
      ),
    );
    const planRowsMs = summarize(
      await latencies(REQUESTS, () =>
        db.all('SELECT * FROM task WHERE plan_id = ? ORDER BY position', [plan.plan.id]),
      ),
    );
    const groupedMs = summarize(await latencies(REQUESTS, () => db.all(leadershipSql(kind), [wardId])));
    const row = (
      what: string,
      ms: typeof boardMs,
      bytes: number,
      baseline: string,
      base: typeof boardMs,
    ) => ({
      database: kind,
      what,
      'p50 ms': round(ms.p50),
      'p99 ms': round(ms.p99),
      'bytes/answer': bytes,
      baseline,
      'baseline p50 ms': round(base.p50),
    });
    return [
      row(
        `GET board (${board.cards.length} cards)`,
        boardMs,
        sizes.board,
        'SELECT * of the plan',
        planRowsMs,
      ),
      row('GET board ?column=draft&limit=100', pageMs, sizes.page, 'SELECT * of the plan', planRowsMs),
      row(
        `GET leadership (${counted} tasks), ward unchanged`,
        leadershipMs,
        sizes.leadership,
        'grouped narrow SELECT',
        groupedMs,
      ),
      row(
        'GET leadership after each change',
        changedMs,
        sizes.leadership,
        'grouped narrow SELECT',
        groupedMs,
      ),
    ];
  });
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const kind of ENGINES) {
    if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`unknown database ${kind}`);
    rows.push(...(await measure(kind)));
  }
  printTable(
    `Board reads, ${REQUESTS} sequential requests each (baseline: the driver in the same run); targets p50 board < 50 ms, leadership < 100 ms`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
