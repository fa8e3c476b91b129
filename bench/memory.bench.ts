/**
 * Memory: the built backend's resident set (VmRSS of /proc/<pid>/status, and its peak VmHWM)
 * idle right after start, then with 100,000 tasks in its ward, 1,000 Socket.IO clients watching
 * boards (half the demo plan of 10,000 tasks, half the ward's other plan of 90,000) and a few
 * reads of the whole 10,000-task board, a column page of each and the leadership aggregates, then
 * through the reminders' first run over the ward (held back until then; most tasks are overdue,
 * and the leader the clients sign in as is told of them by summaries).
 * Baseline in the same run: a bare Socket.IO server process (no Nest, no database) holding the
 * same 1,000 clients, which is what the sockets alone cost. Target (issues 7 and 18): under
 * 300 MB. The app runs with the heap `npm start` gives it (tools/backend-node-args.mjs).
 *
 *   npx nx build backend && npx tsx bench/memory.bench.ts [sqlite|postgres|both=both] [clients=1000]
 */
import { API, SOCKET_PATH } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { readFileSync } from 'node:fs';
import type { BroadcasterCommand, BroadcasterReply } from './support/bare-broadcaster';
import { withBenchApp } from './support/bench-app';
import type { BenchDb } from './support/bench-db';
import { Forked } from './support/forked';
import { resetPeakRss } from './support/process-memory';
import { holdReminders, releaseReminders, reminderRunAfter } from './support/reminder-runs';
import { seedWard } from './support/seed-ward';
import type { WatcherCommand, WatcherReply } from './support/socket-watchers';
import { printTable } from './support/stats';

const ENGINES = (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'postgres'] : [process.argv[2]];
const CLIENTS = Number(process.argv[3] ?? 1000);
const PLAN_TASKS = 10_000;
const WARD_TASKS = 100_000;
const READS = 5;
const TARGET_MB = 300;
/**
 * The run repeated on SQLite with the old generation capped low: what the app holds alive stays,
 * what is merely not collected yet goes. With the start flags (a heap grown 20 % past what is
 * alive) both runs end alike; without them V8 sized the heap from the machine's memory and the
 * capped run ended 60–280 MB lower.
 */
const CAPPED_HEAP = '--max-old-space-size=192';

type Kind = BenchDb['kind'];
type Watchers = Forked<WatcherCommand, WatcherReply>;

type Row = {
  process: string;
  'RSS MB': number;
  'peak RSS MB': number;
  'vs target': string;
};

/** VmRSS and VmHWM of a process, in MB. */
function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

function row(process: string, pid: number, judged = true): Row {
  const { rss, peak } = residentMb(pid);
  return {
    process,
    'RSS MB': Math.round(rss),
    'peak RSS MB': Math.round(peak),
    'vs target': judged ? `${Math.round((rss / TARGET_MB) * 100)} % of ${TARGET_MB} MB` : '—',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CLIENTS clients shared out over the plans (one child process per plan); undefined joins none. */
async function watch(
  url: string,
  token: string | undefined,
  planIds: (string | undefined)[],
): Promise<Watchers[]> {
  const groups: Watchers[] = [];
  const share = Math.ceil(CLIENTS / Math.max(1, planIds.length));
  for (const [index, planId] of planIds.entries()) {
    const count = Math.min(share, CLIENTS - index * share);
    const watchers = Forked.start<WatcherCommand, WatcherReply>('socket-watchers.ts');
    watchers.send({ type: 'connect', url, path: SOCKET_PATH, token, planId, count });
    const { connected, failed } = await watchers.next('connected');
    if (connected !== count)
      throw new Error(`${connected} of ${count} clients connected: ${failed.join('; ')}`);
    groups.push(watchers);
  }
  return groups;
}

async function unwatch(groups: Watchers[]): Promise<void> {
  for (const watchers of groups) {
    watchers.send({ type: 'close' });
    await watchers.next('closed').catch(() => undefined);
    await watchers.stop();
  }
}

async function fetchText(api: DemoApi, path: string): Promise<string> {
  const response = await fetch(api.baseUrl + path, { headers: { authorization: `Bearer ${api.token}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.text();
}

async function measureApp(kind: Kind, nodeOptions?: string): Promise<Row[]> {
  const label = nodeOptions ? `app on ${kind} (${nodeOptions})` : `app on ${kind}`;
  return withBenchApp(
    kind,
    async (app, db) => {
      const pid = app.process.pid as number;
      await sleep(2000);
      const idle = row(`${label}, idle after start (demo data, no clients)`, pid);
      // The reminders' first run over the seeded ward (most of it overdue) waits until the clients
      // are in: their summaries reach the leader all 1,000 clients sign in as.
      const heldAt = await holdReminders(db, { alone: true });
      const seeder = await DemoApi.as(app.url, 'hd.leader');
      const plans = await seeder.plans();
      await seedWard(db, await seeder.board(plans[0].id), { planTasks: PLAN_TASKS, wardTasks: WARD_TASKS });
      // SQLite's driver is synchronous: let the client notice the keep-alive sockets the server
      // closed while the seeding held the event loop, before the next request reuses one.
      await sleep(200);
      // Signed in afresh: access tokens are short-lived and seeding can take minutes.
      const leader = await DemoApi.as(app.url, 'hd.leader');
      const wardPlans = (await leader.plans()).filter((plan) => plan.wardId === plans[0].wardId);
      const groups = await watch(
        app.url,
        leader.token,
        wardPlans.map((plan) => plan.id),
      );
      try {
        const connected = row(`${label}, 100,000 tasks, ${CLIENTS} clients connected`, pid);
        for (let read = 0; read < READS; read++) {
          // The whole board of the 10,000-task plan; of the 90,000-task one, a page as boards load it.
          await fetchText(leader, API.board(plans[0].id));
          for (const plan of wardPlans)
            await fetchText(leader, `${API.board(plan.id)}?column=draft&offset=0&limit=100`);
          await fetchText(leader, API.leadership);
        }
        await sleep(1000);
        const afterReads = row(`${label}, same, after ${READS}× whole board, pages and leadership`, pid);
        resetPeakRss(pid);
        await releaseReminders(db);
        // Measured as soon as the run is recorded: the daily digest follows it in the same pass.
        const { seconds, summary } = await reminderRunAfter(db, heldAt);
        const afterReminders = row(
          `${label}, same, after the reminders' first run (${summary.raised} alerts, ${summary.summaries} summaries, ${seconds.toFixed(0)} s; peak: during it)`,
          pid,
        );
        return [idle, connected, afterReads, afterReminders];
      } finally {
        await unwatch(groups);
      }
    },
    nodeOptions ? { NODE_OPTIONS: nodeOptions } : {},
  );
}

/** The sockets alone: a bare Socket.IO server holding as many clients. */
async function measureBare(): Promise<Row> {
  const server = Forked.start<BroadcasterCommand, BroadcasterReply>('bare-broadcaster.ts', [SOCKET_PATH]);
  try {
    const { port } = await server.next('listening');
    const groups = await watch(`http://127.0.0.1:${port}`, undefined, [undefined]);
    try {
      await sleep(1000);
      return row(`bare Socket.IO server, ${CLIENTS} clients (baseline)`, server.pid, false);
    } finally {
      await unwatch(groups);
    }
  } finally {
    server.send({ type: 'close' });
    await server.next('closed').catch(() => undefined);
    await server.stop();
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const kind of ENGINES) {
    if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`unknown database ${kind}`);
    rows.push(...(await measureApp(kind)));
  }
  rows.push(...(await measureApp('sqlite', CAPPED_HEAP)));
  rows.push(await measureBare());
  printTable(
    `Resident memory of the backend process (target < ${TARGET_MB} MB; baseline: a bare Socket.IO server with as many clients, same run)`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
