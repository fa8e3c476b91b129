import { type TallyTaskRow, WardTally } from './ward-tally';

/**
 * Where a ward stands: its chain head (hash and event id, moved by every append to the ward's log,
 * in commit order) and its number of tasks, both read on every request. The head, not the newest
 * event id visible: on PostgreSQL a commit may land after a newer id is already visible, and the
 * newest id would not move for it; the head does.
 */
export interface WardVersion {
  head: string | null;
  eventId: number;
  taskCount: number;
}

/** The reads a tally is built from and brought up to date with. */
export interface TallySource {
  /** Every task of the ward. */
  allTasks(wardId: string): Promise<TallyTaskRow[]>;
  /** Ids of the ward's tasks with an event after `afterEventId`, up to `upToEventId`. */
  changedTaskIds(wardId: string, afterEventId: number, upToEventId: number): Promise<string[]>;
  /** The current rows of some tasks of the ward. */
  tasks(wardId: string, ids: readonly string[]): Promise<TallyTaskRow[]>;
}

export interface TallyLimits {
  /** Tasks kept over all wards; the least recently read wards are dropped beyond it. */
  maxTasks: number;
  /** Past this many changed tasks, reading the whole ward again is simpler than catching up. */
  maxChangedTasks: number;
  /**
   * Events before the kept event id read again on every catch-up: on PostgreSQL ids are taken
   * at insert and rows appear at commit, so an event may become visible after a newer one.
   */
  rereadEvents: number;
}

export const DEFAULT_TALLY_LIMITS: TallyLimits = {
  maxTasks: 500_000,
  maxChangedTasks: 5_000,
  rereadEvents: 64,
};

interface Entry {
  version: WardVersion;
  tally: WardTally;
}

/**
 * One WardTally per ward, caught up with the database on every read: unchanged when the ward's
 * version is, else brought forward by re-reading only the tasks whose events are newer than the
 * kept event id (a move costs a few rows, not the ward); a changed task count (imports, period
 * cards) or a large gap reads the whole ward. Reads of one ward queue behind each other, so a
 * tally is never caught up twice at once; a failed read forgets the ward.
 */
export class WardTallies {
  private readonly entries = new Map<string, Promise<Entry>>();
  /** Tasks kept per ward whose tally has been read. */
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly source: TallySource,
    private readonly limits: TallyLimits = DEFAULT_TALLY_LIMITS,
  ) {}

  get(wardId: string, version: WardVersion): Promise<WardTally> {
    const previous = this.entries.get(wardId);
    const next = previous
      ? previous.then(
          (entry) => this.catchUp(wardId, entry, version),
          () => this.read(wardId, version),
        )
      : this.read(wardId, version);
    this.entries.delete(wardId); // re-inserted last: the Map's order is the eviction order
    this.entries.set(wardId, next);
    next.then(
      (entry) => {
        if (this.entries.get(wardId) !== next) return;
        this.sizes.set(wardId, entry.tally.size);
        this.evictBeside(wardId);
      },
      () => {
        if (this.entries.get(wardId) !== next) return;
        this.entries.delete(wardId);
        this.sizes.delete(wardId);
      },
    );
    return next.then((entry) => entry.tally);
  }

  private async catchUp(wardId: string, entry: Entry, version: WardVersion): Promise<Entry> {
    const kept = entry.version;
    if (kept.taskCount !== version.taskCount) return this.read(wardId, version);
    if (version.head === kept.head) return entry;
    // A request that read its version before the kept one was taken gets the newer tally.
    if (version.eventId < kept.eventId) return entry;
    // Another head at the same event id: the log was not appended to but changed; start over.
    if (version.eventId === kept.eventId) return this.read(wardId, version);
    const since = Math.max(0, kept.eventId - this.limits.rereadEvents);
    const ids = await this.source.changedTaskIds(wardId, since, version.eventId);
    if (ids.length > this.limits.maxChangedTasks) return this.read(wardId, version);
    const rows = ids.length === 0 ? [] : await this.source.tasks(wardId, ids);
    if (rows.length !== ids.length || !entry.tally.replace(rows)) return this.read(wardId, version);
    return { version, tally: entry.tally };
  }

  private async read(wardId: string, version: WardVersion): Promise<Entry> {
    return { version, tally: new WardTally(await this.source.allTasks(wardId)) };
  }

  /** Drops the least recently read wards (never `keep`) while more tasks than allowed are kept. */
  private evictBeside(keep: string): void {
    let total = 0;
    for (const size of this.sizes.values()) total += size;
    for (const wardId of [...this.entries.keys()]) {
      if (total <= this.limits.maxTasks) return;
      if (wardId === keep) continue;
      total -= this.sizes.get(wardId) ?? 0;
      this.entries.delete(wardId);
      this.sizes.delete(wardId);
    }
  }
}
