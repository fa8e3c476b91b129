import { addDays } from '@dondoc/deadlines';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { appDataDir } from './browser';

interface StoredOpinion {
  at: string;
}

/**
 * Stands in for days passing, which a journey cannot wait for: the task's consultation (started
 * today with a deadline to come) is rewritten in the app's SQLite as if it had been started earlier
 * — its deadline `daysAgo` days back and every opinion given so far a day before that. An opinion
 * given now is then late, and the earlier ones stay on time. Only the context row changes; the
 * event log keeps the real times (nothing in a journey verifies the chain).
 */
export function moveConsultationIntoThePast(taskId: string, today: string, daysAgo = 1): void {
  const database = new Database(join(appDataDir(), 'dondoc.sqlite'));
  try {
    const row = database.prepare('SELECT context FROM task WHERE id = ?').get(taskId) as
      { context: string } | undefined;
    if (!row) throw new Error(`no task ${taskId} in the app's database`);
    const context = JSON.parse(row.context) as {
      consultationDeadline: string | null;
      opinions: StoredOpinion[];
    };
    const deadline = addDays(today, -daysAgo);
    context.consultationDeadline = deadline;
    context.opinions = context.opinions.map((opinion) => ({
      ...opinion,
      at: `${addDays(deadline, -1)}T03:00:00.000Z`,
    }));
    database.prepare('UPDATE task SET context = ? WHERE id = ?').run(JSON.stringify(context), taskId);
  } finally {
    database.close();
  }
}
