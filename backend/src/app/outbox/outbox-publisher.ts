import type { TaskChangedMessage } from '@dondoc/contracts';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleDestroy,
} from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DataSource, type EntityManager, In } from 'typeorm';
import { newId } from '../common/ids';
import { type InsertPart, leanStatements } from '../database/lean-statements';
import { UnitOfWork } from '../database/unit-of-work';
import { Metrics, type OutboxLag } from '../metrics/metrics.service';
import { SocketHub } from '../socket-hub/socket-hub';
import { slices } from '../task-model/slices';
import { OUTBOX_SETTINGS, type OutboxSettings } from './outbox-settings';
import { OutboxEntity } from './outbox.entity';

/** Rows whose claim has lapsed, or that nobody claimed: free for whoever claims them first. */
const FREE = 'published_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)';

/** Keeps SQLite's bound parameters per statement well under its limit. */
const MARK_SLICE = 500;
/** Staged rows per INSERT: seven columns each, and a message of a few kB. */
const ROWS_PER_INSERT = 200;

/**
 * Marks wait this long so that the emits of a busy moment share one UPDATE (on SQLite, one fsync)
 * instead of costing a write transaction each; far shorter than a claim, so nothing is re-emitted.
 */
const MARK_GATHER_MS = 100;

/**
 * Publishes live messages from the outbox, so that no committed change goes unannounced:
 *
 * - `stage` writes the message in the change's own transaction, already claimed by this process;
 * - `publishCommitted`, called after the commit, emits it at once (no extra round trip while the
 *   claim is young) and marks it published in a batched UPDATE;
 * - a sweep, at start and every OUTBOX_SWEEP_INTERVAL_MS, claims rows whose claim has lapsed (a
 *   process died between commit and publish) with one conditional UPDATE, emits and marks them.
 *
 * A row is emitted only by the holder of its claim, so with several processes each event id is
 * emitted once. Claims are wall-clock instants shared between processes, not the app's Clock.
 * The one gap: a process that dies after emitting but before marking has its rows emitted again
 * after restart; clients drop a change whose version they already have.
 */
@Injectable()
export class OutboxPublisher
  implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(OutboxPublisher.name);
  /** The claim token of rows this process stages. */
  private readonly ownToken = `${process.pid}:${newId()}`;
  /** Staged messages and until when (monotonic ms) they may be emitted without claiming again. */
  private readonly directUntil = new WeakMap<TaskChangedMessage, number>();
  private readonly toMark = new Set<number>();
  private marking: Promise<void> | null = null;
  private sweeping: Promise<number> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly hub: SocketHub,
    private readonly metrics: Metrics,
    @Inject(OUTBOX_SETTINGS) private readonly settings: OutboxSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.metrics.readOutboxLagWith(() => this.lag());
    this.timer = setInterval(() => this.tick(), this.settings.sweepIntervalMs);
    this.timer.unref();
    this.tick();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  /** Records what was emitted before the database closes, so a restart does not emit it again. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.flushMarks();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.toMark.size > 0 && this.dataSource.isInitialized) await this.flushMarks();
  }

  /** Inside the change's transaction: the message to publish once it commits, claimed by this process. */
  async stage(manager: EntityManager, wardId: string, message: TaskChangedMessage): Promise<void> {
    await leanStatements.insertTogether(manager, [this.staged(wardId, message)]);
  }

  /** `stage` for many messages of one ward at once (an import's new tasks), a few hundred rows per INSERT. */
  async stageAll(
    manager: EntityManager,
    wardId: string,
    messages: readonly TaskChangedMessage[],
  ): Promise<void> {
    const rows = messages.flatMap((message) => this.staged(wardId, message).rows);
    for (const slice of slices(rows, ROWS_PER_INSERT))
      await leanStatements.insert(manager, OutboxEntity, slice);
  }

  /** The outbox row of `stage`, for a caller that sends it with its own inserts. */
  staged(wardId: string, message: TaskChangedMessage): InsertPart<OutboxEntity> {
    const now = Date.now();
    const row: OutboxEntity = {
      eventId: Number(message.event.id),
      wardId,
      payload: JSON.stringify(message),
      createdAt: new Date(now).toISOString(),
      claimedUntil: new Date(now + this.settings.claimMs).toISOString(),
      claimToken: this.ownToken,
      publishedAt: null,
    };
    // Half the claim: room for the commit and for clocks between processes that disagree a little.
    this.directUntil.set(message, performance.now() + this.settings.claimMs / 2);
    return { target: OutboxEntity, rows: [row] };
  }

  /** After the commit of a staged message. Never throws: the change is committed whatever happens here. */
  async publishCommitted(message: TaskChangedMessage): Promise<void> {
    if (this.settings.crashAfterCommit) crashNow();
    const eventId = Number(message.event.id);
    const until = this.directUntil.get(message);
    this.directUntil.delete(message);
    try {
      if (until !== undefined && performance.now() < until) {
        if (this.hub.taskChanged(message)) this.markLater([eventId]);
        return;
      }
      // Staged long ago (or elsewhere): emit only if this process wins the row's claim.
      const rows = await this.claim({ eventIds: [eventId] });
      this.markLater(this.emit(rows));
    } catch (error) {
      this.logger.error(`Event ${eventId} stays in the outbox for the next sweep: ${messageOf(error)}`);
    }
  }

  /** Publishes every row whose claim has lapsed (old published rows go in OutboxPruneJob). */
  async sweep(): Promise<number> {
    if (!this.hub.attached) return 0;
    await this.flushMarks();
    let published = 0;
    for (;;) {
      const rows = await this.claim({ limit: this.settings.batchSize });
      const emitted = this.emit(rows);
      await this.markPublished(emitted);
      published += emitted.length;
      if (rows.length < this.settings.batchSize || emitted.length < rows.length) break;
    }
    if (published > 0) this.logger.log(`Published ${published} change(s) left unpublished`);
    return published;
  }

  /** How far publishing lags: unpublished rows and the age of the oldest (0 when none). */
  async lag(): Promise<OutboxLag> {
    const row = await this.dataSource.manager
      .createQueryBuilder(OutboxEntity, 'outbox')
      .select('COUNT(*)', 'unpublished')
      .addSelect('MIN(outbox.created_at)', 'oldest')
      .where('outbox.published_at IS NULL')
      .getRawOne<{ unpublished: number | string; oldest: string | null }>();
    const oldest = row?.oldest ? Date.parse(row.oldest) : null;
    return {
      unpublished: Number(row?.unpublished ?? 0),
      oldestAgeSeconds: oldest === null ? 0 : Math.max(0, (Date.now() - oldest) / 1000),
    };
  }

  private tick(): void {
    if (this.sweeping) return;
    this.sweeping = this.sweep()
      .catch((error: unknown) => {
        this.logger.error(`Outbox sweep failed: ${messageOf(error)}`);
        return 0;
      })
      .finally(() => (this.sweeping = null));
  }

  /**
   * Claims free rows (the given ones, or the oldest `limit`) with one conditional UPDATE, then reads
   * back what this claim got: a row another process holds is left alone. The UPDATE comes first
   * so that on SQLite the transaction takes the write lock at once instead of upgrading a read.
   */
  private claim(which: { eventIds: number[] } | { limit: number }): Promise<OutboxEntity[]> {
    const now = new Date().toISOString();
    const token = newId();
    const claimedUntil = new Date(Date.parse(now) + this.settings.claimMs).toISOString();
    return this.unitOfWork.run(async (manager) => {
      const update = manager
        .createQueryBuilder()
        .update(OutboxEntity)
        .set({ claimedUntil, claimToken: token });
      if ('eventIds' in which) {
        if (which.eventIds.length === 0) return [];
        update.where(`event_id IN (:...eventIds) AND ${FREE}`, { eventIds: which.eventIds, now });
      } else {
        const oldestFree = `SELECT event_id FROM outbox WHERE ${FREE} ORDER BY event_id LIMIT ${which.limit}`;
        update.where(`event_id IN (${oldestFree}) AND ${FREE}`, { now });
      }
      const claimed = await update.execute();
      if (!claimed.affected) return [];
      return manager.find(OutboxEntity, {
        where:
          'eventIds' in which ? { eventId: In(which.eventIds), claimToken: token } : { claimToken: token },
        order: { eventId: 'ASC' },
      });
    });
  }

  /** Emits claimed rows in event order; the ids of those emitted. */
  private emit(rows: readonly OutboxEntity[]): number[] {
    const emitted: number[] = [];
    for (const row of rows) {
      if (this.hub.taskChanged(JSON.parse(row.payload) as TaskChangedMessage)) emitted.push(row.eventId);
    }
    return emitted;
  }

  private markLater(eventIds: readonly number[]): void {
    eventIds.forEach((id) => this.toMark.add(id));
    if (this.marking || this.toMark.size === 0) return;
    this.marking = gatherFor(MARK_GATHER_MS)
      .then(() => this.drainMarks())
      .finally(() => {
        this.marking = null;
        if (this.toMark.size > 0) this.markLater([]);
      });
  }

  /** Marks in batches: emits that happen while one UPDATE runs share the next. */
  private async drainMarks(): Promise<void> {
    while (this.toMark.size > 0) {
      const eventIds = [...this.toMark];
      this.toMark.clear();
      try {
        await this.markPublished(eventIds);
      } catch (error) {
        eventIds.forEach((id) => this.toMark.add(id));
        this.logger.warn(`Could not mark ${eventIds.length} event(s) published yet: ${messageOf(error)}`);
        return;
      }
    }
  }

  /** Resolves once every message emitted so far is marked published (or marking failed and waits). */
  async flushMarks(): Promise<void> {
    await this.marking;
    if (this.toMark.size === 0) return;
    this.markLater([]);
    await this.marking;
  }

  private async markPublished(eventIds: readonly number[]): Promise<void> {
    if (eventIds.length === 0) return;
    const publishedAt = new Date().toISOString();
    await this.unitOfWork.run(async (manager) => {
      for (let start = 0; start < eventIds.length; start += MARK_SLICE) {
        await manager
          .createQueryBuilder()
          .update(OutboxEntity)
          .set({ publishedAt })
          .where('event_id IN (:...eventIds)', { eventIds: eventIds.slice(start, start + MARK_SLICE) })
          .execute();
      }
    });
  }
}

/** The test switch: the process dies as a power cut would take it, between commit and publish. */
function crashNow(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: the process was killed');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function gatherFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
