import type { TallySource } from './ward-tallies';
import { WardTallies } from './ward-tallies';
import type { TallyTaskRow } from './ward-tally';

const WARD = 'ward-1';

function row(id: string, column: TallyTaskRow['column']): TallyTaskRow {
  return {
    id,
    leadUnitId: 'unit-1',
    column,
    due: '2026-03-31',
    submittedAt: null,
    parentId: null,
    planId: 'plan-1',
    position: 1,
  };
}

/** The ward's task rows and which task each event id touched, as the database holds them. */
function database(rows: TallyTaskRow[]) {
  const events = new Map<number, string>();
  const source: TallySource = {
    allTasks: async () => rows.map((task) => ({ ...task })),
    changedTaskIds: async (_ward, after, upTo) => [
      ...new Set([...events].filter(([id]) => id > after && id <= upTo).map(([, taskId]) => taskId)),
    ],
    tasks: async (_ward, ids) => rows.filter((task) => ids.includes(task.id)).map((task) => ({ ...task })),
  };
  return { rows, events, source };
}

const columnsOf = (groups: ReturnType<Awaited<ReturnType<WardTallies['get']>>['groupRows']>) =>
  groups.map((group) => `${group.column}:${group.count}`).sort();

describe('WardTallies re-validated by the ward chain head', () => {
  it('sees a change committed after a newer event id was already visible (PostgreSQL commit order)', async () => {
    const db = database([row('a', 'draft'), row('b', 'draft')]);
    db.events.set(100, 'b');
    const tallies = new WardTallies(db.source);
    const first = await tallies.get(WARD, { head: 'h-100', eventId: 100, taskCount: 2 });
    expect(columnsOf(first.groupRows())).toEqual(['draft:2']);

    // Event 99 commits late, after 100 was read: the newest id stays 100, the task count 2; the
    // head moved when it was appended.
    db.rows[0].column = 'submitted';
    db.events.set(99, 'a');
    const second = await tallies.get(WARD, { head: 'h-99-late', eventId: 100, taskCount: 2 });
    expect(columnsOf(second.groupRows())).toEqual(['draft:1', 'submitted:1']);
  });

  it('catches up from the kept head by the tasks of the newer events only', async () => {
    const db = database([row('a', 'draft'), row('b', 'draft')]);
    const allTasks = jest.spyOn(db.source, 'allTasks');
    const tallies = new WardTallies(db.source);
    await tallies.get(WARD, { head: 'h-1', eventId: 1, taskCount: 2 });
    db.rows[1].column = 'submitted';
    db.events.set(2, 'b');
    const caughtUp = await tallies.get(WARD, { head: 'h-2', eventId: 2, taskCount: 2 });
    expect(columnsOf(caughtUp.groupRows())).toEqual(['draft:1', 'submitted:1']);
    expect(allTasks).toHaveBeenCalledTimes(1);
  });

  it('keeps the tally while the head has not moved', async () => {
    const db = database([row('a', 'draft')]);
    const allTasks = jest.spyOn(db.source, 'allTasks');
    const tallies = new WardTallies(db.source);
    await tallies.get(WARD, { head: 'h-1', eventId: 1, taskCount: 1 });
    await tallies.get(WARD, { head: 'h-1', eventId: 1, taskCount: 1 });
    expect(allTasks).toHaveBeenCalledTimes(1);
  });
});
