import type { BenchDb } from './bench-db';

/*
 * The reminders' job (task-alerts) held back while a bench seeds its ward, then let go, so its
 * first run meets the whole ward at a moment the bench chooses: a bench takes the jobs' lease rows
 * (job_lease) the way another scheduler would, and gives back the reminders' alone, so no other
 * job's first pass over the ward (period cards, digests) runs in the same minutes.
 */

const JOB = 'task-alerts';
const NEVER = '9999-12-31T00:00:00.000Z';
const LONG_AGO = '1970-01-01T00:00:00.000Z';

export interface ReminderRun {
  startedAt: string;
  finishedAt: string;
  seconds: number;
  summary: { openTasks: number; raised: number; notified: number; summaries: number };
}

/**
 * Nobody runs the reminders until `releaseReminders`; answers the instant after which a run can
 * only be one that started once they were let go (a pass dates its jobs from its own start).
 */
export async function holdReminders(db: BenchDb, { alone }: { alone: boolean }): Promise<string> {
  await db.run(`DELETE FROM job_lease WHERE name = ?`, [JOB]);
  await db.run(`INSERT INTO job_lease (name, holder, lease_until) VALUES (?, 'bench', ?)`, [JOB, NEVER]);
  if (!alone) await db.run(`UPDATE job_lease SET holder = 'bench', lease_until = ?`, [NEVER]);
  return new Date().toISOString();
}

/** The next scheduler tick may run them. */
export async function releaseReminders(db: BenchDb): Promise<void> {
  await db.run(`UPDATE job_lease SET holder = '', lease_until = ? WHERE name = ?`, [LONG_AGO, JOB]);
}

/** The first run of the reminders that started after `since` and has finished, polled every `everyMs`. */
export async function reminderRunAfter(db: BenchDb, since: string, everyMs = 250): Promise<ReminderRun> {
  for (;;) {
    const [run] = await db.all<{
      started_at: string;
      finished_at: string | null;
      outcome: string;
      detail: string;
    }>(
      `SELECT started_at, finished_at, outcome, detail FROM job_run
        WHERE name = ? AND started_at > ? ORDER BY started_at LIMIT 1`,
      [JOB, since],
    );
    if (run && run.outcome === 'failed') throw new Error(`the reminders failed: ${run.detail}`);
    if (run?.finished_at)
      return {
        startedAt: run.started_at,
        finishedAt: run.finished_at,
        seconds: (Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1000,
        summary: JSON.parse(run.detail) as ReminderRun['summary'],
      };
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
