import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** At most this many units of work share one COMMIT, so that none waits long for the others. */
const LARGEST_GROUP = 64;

interface Queued {
  work: (manager: EntityManager) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for SQLite's one writer. With `synchronous=FULL` every COMMIT waits for the disk
 * (an fsync, milliseconds on a busy machine), and transactions run one after another; so units of
 * work that queue up while one runs share the next transaction instead of waiting for a COMMIT
 * each. Each runs in a savepoint of its own — one that fails rolls back alone and its caller hears
 * the error at once — and each caller hears its answer only once the group's COMMIT is on disk:
 * what a transaction of its own guaranteed, for one fsync per group.
 */
export class GroupCommit {
  private readonly queue: Queued[] = [];
  private draining = false;

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) await this.commitGroup();
    } finally {
      this.draining = false;
    }
  }

  private async commitGroup(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const done: Array<{ queued: Queued; value: unknown }> = [];
    let current: Queued | undefined;
    let began = false;
    try {
      await runner.startTransaction();
      began = true;
      for (let count = 0; count < LARGEST_GROUP && this.queue.length > 0; count++) {
        current = this.queue.shift() as Queued;
        const outcome = await inSavepoint(runner, current.work);
        if (outcome.ok) done.push({ queued: current, value: outcome.value });
        else current.reject(outcome.error);
        current = undefined;
        // Requests that arrived meanwhile reach the queue within one turn of the event loop.
        if (this.queue.length === 0) await new Promise((next) => setImmediate(next));
      }
      await runner.commitTransaction();
    } catch (error) {
      // BEGIN, a savepoint's release or rollback, or the COMMIT failed: nothing of the group stays.
      if (began) await runner.query('ROLLBACK').catch(() => undefined);
      current?.reject(error);
      for (const { queued } of done) queued.reject(error);
      return;
    } finally {
      await runner.release();
    }
    for (const { queued, value } of done) queued.resolve(value);
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function inSavepoint(
  runner: QueryRunner,
  work: (manager: EntityManager) => Promise<unknown>,
): Promise<Outcome> {
  await runner.startTransaction();
  let outcome: Outcome;
  try {
    outcome = { ok: true, value: await work(runner.manager) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  // Outside the try: a savepoint that cannot be released or rolled back fails the whole group.
  if (outcome.ok) await runner.commitTransaction();
  else await runner.rollbackTransaction();
  return outcome;
}
