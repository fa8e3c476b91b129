import type { BoardColumn } from '@dondoc/domain';
import type { TimelinessGroupRow } from './timeliness-tally';
import { ValueCodes } from './value-codes';

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

/** An open task with a due date in force, in the attention order: due date, plan, place in the plan. */
export interface AttentionEntry {
  id: string;
  due: string;
  planId: string;
  position: number;
}

const CLOSED: ReadonlySet<string | null> = new Set<BoardColumn>(['approved', 'cancelled']);

/**
 * A ward's tasks as the leadership board counts them, kept in memory so that a change costs only
 * the changed tasks: each task's group (lead unit, column, due date in force, hand-in hour) with
 * the groups' counts, and the open tasks in attention order. Containers (tasks with children)
 * count through their children and are neither counted nor listed.
 *
 * Kept by column: each task is a slot, its values codes (ValueCodes) in typed arrays, the
 * attention order an array of slots. A ward of 100,000 tasks held as objects took 25 MB of heap,
 * most of it object headers and a copy of each column name and date per task.
 *
 * Nothing here depends on today: timeliness is applied to the groups on every read.
 */
export class WardTally {
  private readonly values = new ValueCodes();
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[];
  private readonly leadUnit: Uint32Array;
  private readonly column: Uint32Array;
  private readonly due: Uint32Array;
  private readonly submittedAt: Uint32Array;
  private readonly parent: Uint32Array;
  private readonly plan: Uint32Array;
  private readonly position: Float64Array;
  /** Children per parent id: a task is a container while it has any. */
  private readonly children = new Map<string, number>();
  private readonly groups = new Map<string, TimelinessGroupRow>();
  /** Slots of the open counted tasks with a due date, sorted by attention; `openCount` of them in use. */
  private readonly open: Int32Array;
  private openCount = 0;

  constructor(rows: readonly TallyTaskRow[]) {
    const size = rows.length;
    this.ids = new Array<string>(size);
    this.leadUnit = new Uint32Array(size);
    this.column = new Uint32Array(size);
    this.due = new Uint32Array(size);
    this.submittedAt = new Uint32Array(size);
    this.parent = new Uint32Array(size);
    this.plan = new Uint32Array(size);
    this.position = new Float64Array(size);
    this.open = new Int32Array(size);
    rows.forEach((row, slot) => {
      this.slotOf.set(row.id, slot);
      this.ids[slot] = row.id;
      this.store(slot, row);
      if (row.parentId !== null) this.children.set(row.parentId, (this.children.get(row.parentId) ?? 0) + 1);
    });
    for (let slot = 0; slot < size; slot++) {
      if (this.isContainer(slot)) continue;
      this.count(slot, 1);
      if (this.isOpen(slot)) this.open[this.openCount++] = slot;
    }
    this.open.subarray(0, this.openCount).sort((a, b) => this.byAttention(a, b));
  }

  get size(): number {
    return this.ids.length;
  }

  /**
   * Takes the current rows of tasks that changed. False when a row does not fit the kept
   * structure (an unknown task, or one that moved under another parent): read the ward again.
   */
  replace(rows: readonly TallyTaskRow[]): boolean {
    for (const row of rows) {
      const slot = this.slotOf.get(row.id);
      if (slot === undefined || this.values.value(this.parent[slot]) !== row.parentId) return false;
    }
    for (const row of rows) {
      const slot = this.slotOf.get(row.id) as number;
      if (this.isContainer(slot)) {
        this.store(slot, row);
        continue;
      }
      this.count(slot, -1);
      if (this.isOpen(slot)) this.removeOpen(slot);
      this.store(slot, row);
      this.count(slot, 1);
      if (this.isOpen(slot)) this.insertOpen(slot);
    }
    return true;
  }

  groupRows(): TimelinessGroupRow[] {
    return [...this.groups.values()];
  }

  /** The first `max` open counted tasks by due date in force: every overdue or due-soon task is among them. */
  firstOpen(max: number): AttentionEntry[] {
    return Array.from(this.open.subarray(0, Math.min(max, this.openCount)), (slot) => ({
      id: this.ids[slot],
      due: this.values.value(this.due[slot]) as string,
      planId: this.values.value(this.plan[slot]) as string,
      position: this.position[slot],
    }));
  }

  private store(slot: number, row: TallyTaskRow): void {
    this.leadUnit[slot] = this.values.code(row.leadUnitId);
    this.column[slot] = this.values.code(row.column);
    this.due[slot] = this.values.code(row.due);
    this.submittedAt[slot] = this.values.code(row.submittedAt);
    this.parent[slot] = this.values.code(row.parentId);
    this.plan[slot] = this.values.code(row.planId);
    this.position[slot] = row.position;
  }

  private isContainer(slot: number): boolean {
    return (this.children.get(this.ids[slot]) ?? 0) > 0;
  }

  private isOpen(slot: number): boolean {
    return this.due[slot] !== 0 && !CLOSED.has(this.values.value(this.column[slot]));
  }

  private count(slot: number, delta: 1 | -1): void {
    const key = `${this.leadUnit[slot]}|${this.column[slot]}|${this.due[slot]}|${this.submittedAt[slot]}`;
    const group = this.groups.get(key);
    if (group) {
      group.count += delta;
      if (group.count === 0) this.groups.delete(key);
    } else if (delta > 0) {
      this.groups.set(key, {
        leadUnitId: this.values.value(this.leadUnit[slot]),
        column: this.values.value(this.column[slot]) as BoardColumn,
        due: this.values.value(this.due[slot]),
        submittedAt: this.values.value(this.submittedAt[slot]),
        count: 1,
      });
    }
  }

  /** Due date, plan, place in the plan, id. */
  private byAttention(a: number, b: number): number {
    const dueA = this.values.value(this.due[a]) as string;
    const dueB = this.values.value(this.due[b]) as string;
    if (dueA !== dueB) return dueA < dueB ? -1 : 1;
    const planA = this.values.value(this.plan[a]) as string;
    const planB = this.values.value(this.plan[b]) as string;
    if (planA !== planB) return planA < planB ? -1 : 1;
    if (this.position[a] !== this.position[b]) return this.position[a] - this.position[b];
    return this.ids[a] < this.ids[b] ? -1 : this.ids[a] > this.ids[b] ? 1 : 0;
  }

  /** Where the slot sits (or would sit) in the attention order: binary search. */
  private insertionPoint(slot: number): number {
    let low = 0;
    let high = this.openCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.byAttention(this.open[middle], slot) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private insertOpen(slot: number): void {
    const index = this.insertionPoint(slot);
    this.open.copyWithin(index + 1, index, this.openCount);
    this.open[index] = slot;
    this.openCount++;
  }

  private removeOpen(slot: number): void {
    const index = this.insertionPoint(slot);
    if (index >= this.openCount || this.open[index] !== slot)
      throw new Error(`task ${this.ids[slot]} is missing from the attention order`);
    this.open.copyWithin(index, index + 1, this.openCount);
    this.openCount--;
  }
}
