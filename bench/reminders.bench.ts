/**
 * Reminders after a big import: the scheduler's first run of the reminders (task-alerts) over a
 * ward that has just received 100,000 tasks, most of them past their deadline (a plan received
 * mid-year). Measured: how long the run takes and what it raised; how long a request waits while it
 * runs (one board column page after another, as the leader), against the same requests just
 * before the run; the backend's peak resident set during the run; and how many notifications the
 * leader ends up with. The run is held back (its lease taken) while the ward is seeded.
 *
 *   npx nx build backend && npx tsx bench/reminders.bench.ts [sqlite|postgres|both=both]
 */
import { API, NOTIFICATIONS_API, type NotificationListDto } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { performance } from 'node:perf_hooks';
import { withBenchApp } from './support/bench-app';
import { peakRssMb, resetPeakRss } from './support/process-memory';
import { holdReminders, releaseReminders, reminderRunAfter, type ReminderRun } from './support/reminder-runs';
import { seedWard } from './support/seed-ward';
import { printTable, summarize } from './support/stats';

const ENGINES = (process.argv[2] ?? 'both') === 'both' ? ['sqlite', 'postgres'] : [process.argv[2]];
const PLAN_TASKS = 10_000;
const WARD_TASKS = 100_000;
const BASELINE_MS = 5000;

type Row = Record<string, string | number>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Column pages one after another until `done` settles; each request's milliseconds. */
async function probe(leader: DemoApi, planId: string, done: Promise<unknown>): Promise<number[]> {
  let finished = false;
  const stop = () => (finished = true);
  done.then(stop, stop);
  const samples: number[] = [];
  while (!finished) {
    const started = performance.now();
    await leader.get(`${API.board(planId)}?column=draft&offset=0&limit=100`);
    samples.push(performance.now() - started);
  }
  return samples;
}

function latency(samples: readonly number[]): string {
  const { p50, p99 } = summarize(samples);
  return `p50 ${p50.toFixed(0)} / p99 ${p99.toFixed(0)} / max ${Math.max(...samples).toFixed(0)} ms (${samples.length})`;
}

async function measure(kind: 'sqlite' | 'postgres'): Promise<Row> {
  return withBenchApp(
    kind,
    async (app, db) => {
      // the jobs' first passes over the demo data, which give every job its lease row
      await sleep(3000);
      const heldAt = await holdReminders(db, { alone: false });
      const seeder = await DemoApi.as(app.url, 'hd.leader');
      const plans = await seeder.plans();
      await seedWard(db, await seeder.board(plans[0].id), { planTasks: PLAN_TASKS, wardTasks: WARD_TASKS });
      // SQLite's driver is synchronous: let the client notice the keep-alive sockets the server
      // closed while the seeding held the event loop, before the next request reuses one.
      await sleep(200);
      // Signed in afresh: access tokens are short-lived and seeding can take minutes.
      const leader = await DemoApi.as(app.url, 'hd.leader');
      const before = await probe(leader, plans[0].id, sleep(BASELINE_MS));
      const pid = app.process.pid as number;
      resetPeakRss(pid);
      await releaseReminders(db);
      const run = reminderRunAfter(db, heldAt);
      const during = await probe(leader, plans[0].id, run);
      const { seconds, summary }: ReminderRun = await run;
      const bell = await leader.get<NotificationListDto>(NOTIFICATIONS_API.list({ limit: 100 }));
      return {
        database: kind,
        'first run s': seconds.toFixed(1),
        'open tasks': summary.openTasks,
        'alerts raised': summary.raised,
        'summaries / one by one': `${summary.summaries} / ${summary.notified}`,
        'leader unread': bell.unreadCount,
        'request before the run': latency(before),
        'request during the run': latency(during),
        'peak RSS MB during': peakRssMb(pid),
      };
    },
    { SCHEDULER_INTERVAL_MS: '1000' },
  );
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const kind of ENGINES) {
    if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`unknown database ${kind}`);
    rows.push(await measure(kind));
  }
  printTable(
    `The reminders' first run over a ward of ${WARD_TASKS.toLocaleString('en')} tasks (baseline: the same requests just before it)`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
