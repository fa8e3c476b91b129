import type { BoardColumn } from '@dondoc/domain';
import type { TimelinessGroupRow } from './timeliness-tally';

/** What the leadership board needs of one task: its group's key, its place in the attention order. */
export interface TallyTaskRow {
  id: string;
  leadUnitId: string | null;
  column: BoardColumn;
  /** The due date in force. */
  due: string | null;
  /** When an approved task was handed in (to the hour is enough); null otherwise. */
  submittedAt: string | null;
  parentId: string | null;
  planId: string;
  position: number;
}

type KeptTask = Omit<TallyTaskRow, 'id'>;

/** An open task with a due date in force, in the attention order: due date, plan, place in the plan. */
export interface AttentionEntry {
  id: string;
  due: string;
  planId: string;
  position: number;
}

const CLOSED: ReadonlySet<BoardColumn> = new Set(['approved', 'cancelled']);

function byAttention(a: AttentionEntry, b: AttentionEntry): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.planId !== b.planId) return a.planId < b.planId ? -1 : 1;
  if (a.position !== b.position) return a.position - b.position;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const groupKey = (task: KeptTask) => `${task.leadUnitId}|${task.column}|${task.due}|${task.submittedAt}`;

/**
 * A ward's tasks as the leadership board counts them, kept in memory so that a change costs only
 * the changed tasks: each task's group (lead unit, column, due date in force, hand-in hour) with
 * the groups' counts, and the open tasks in attention order. Containers (tasks with children)
 * count through their children and are neither counted nor listed.
 *
 * Nothing here depends on today: timeliness is applied to the groups on every read.
 */
export class WardTally {
  private readonly tasks = new Map<string, KeptTask>();
  /** Children per parent id: a task is a container while it has any. */
  private readonly children = new Map<string, number>();
  private readonly groups = new Map<string, TimelinessGroupRow>();
  /** Open counted tasks with a due date, sorted by byAttention. */
  private readonly open: AttentionEntry[] = [];
  /** One string per distinct value: 100,000 rows repeat a few hundred dates and a dozen unit ids. */
  private readonly strings = new Map<string, string>();

  constructor(rows: readonly TallyTaskRow[]) {
    for (const row of rows) {
      const kept = this.keep(row);
      this.tasks.set(row.id, kept);
      if (kept.parentId !== null)
        this.children.set(kept.parentId, (this.children.get(kept.parentId) ?? 0) + 1);
    }
    for (const [id, task] of this.tasks) {
      if (this.isContainer(id)) continue;
      this.count(task, 1);
      const entry = this.attentionEntry(id, task);
      if (entry) this.open.push(entry);
    }
    this.open.sort(byAttention);
  }

  get size(): number {
    return this.tasks.size;
  }

  /**
   * Takes the current rows of tasks that changed. False when a row does not fit the kept
   * structure (an unknown task, or one that moved under another parent): read the ward again.
   */
  replace(rows: readonly TallyTaskRow[]): boolean {
    for (const row of rows) {
      const before = this.tasks.get(row.id);
      if (!before || before.parentId !== row.parentId) return false;
    }
    for (const row of rows) {
      const before = this.tasks.get(row.id) as KeptTask;
      const after = this.keep(row);
      this.tasks.set(row.id, after);
      if (this.isContainer(row.id)) continue;
      this.count(before, -1);
      this.count(after, 1);
      const old = this.attentionEntry(row.id, before);
      if (old) this.open.splice(this.indexOf(old), 1);
      const entry = this.attentionEntry(row.id, after);
      if (entry) this.open.splice(this.insertionPoint(entry), 0, entry);
    }
    return true;
  }

  groupRows(): TimelinessGroupRow[] {
    return [...this.groups.values()];
  }

  /** The first `max` open counted tasks by due date in force: every overdue or due-soon task is among them. */
  firstOpen(max: number): AttentionEntry[] {
    return this.open.slice(0, max);
  }

  private keep(row: TallyTaskRow): KeptTask {
    return {
      leadUnitId: this.intern(row.leadUnitId),
      column: row.column,
      due: this.intern(row.due),
      submittedAt: this.intern(row.submittedAt),
      parentId: row.parentId,
      planId: this.intern(row.planId) as string,
      position: row.position,
    };
  }

  private intern(value: string | null): string | null {
    if (value === null) return null;
    const kept = this.strings.get(value);
    if (kept !== undefined) return kept;
    this.strings.set(value, value);
    return value;
  }

  private isContainer(id: string): boolean {
    return (this.children.get(id) ?? 0) > 0;
  }

  private count(task: KeptTask, delta: 1 | -1): void {
    const key = groupKey(task);
    const group = this.groups.get(key);
    if (group) {
      group.count += delta;
      if (group.count === 0) this.groups.delete(key);
    } else if (delta > 0) {
      const { leadUnitId, column, due, submittedAt } = task;
      this.groups.set(key, { leadUnitId, column, due, submittedAt, count: 1 });
    }
  }

  private attentionEntry(id: string, task: KeptTask): AttentionEntry | null {
    if (CLOSED.has(task.column) || task.due === null) return null;
    return { id, due: task.due, planId: task.planId, position: task.position };
  }

  /** Where the entry sits (or would sit) in `open`: binary search. */
  private insertionPoint(entry: AttentionEntry): number {
    let low = 0;
    let high = this.open.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byAttention(this.open[middle], entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private indexOf(entry: AttentionEntry): number {
    const index = this.insertionPoint(entry);
    if (index >= this.open.length || byAttention(this.open[index], entry) !== 0)
      throw new Error(`task ${entry.id} is missing from the attention order`);
    return index;
  }
}
