import type { TimelinessGroupRow } from './timeliness-tally';
import { type TallyTaskRow, WardTally } from './ward-tally';

const row = (id: string, overrides: Partial<TallyTaskRow> = {}): TallyTaskRow => ({
  id,
  leadUnitId: 'u-vhxh',
  column: 'draft',
  due: '2026-05-10',
  submittedAt: null,
  parentId: null,
  planId: 'p1',
  position: Number(id.replace(/\D/g, '')) || 0,
  ...overrides,
});

/** The groups as the old GROUP BY over leaf tasks gave them, in a stable order. */
function grouped(rows: readonly TallyTaskRow[]): TimelinessGroupRow[] {
  const parents = new Set(rows.map((task) => task.parentId).filter((id) => id !== null));
  const groups = new Map<string, TimelinessGroupRow>();
  for (const task of rows.filter((candidate) => !parents.has(candidate.id))) {
    const key = `${task.leadUnitId}|${task.column}|${task.due}|${task.submittedAt}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else
      groups.set(key, {
        leadUnitId: task.leadUnitId,
        column: task.column,
        due: task.due,
        submittedAt: task.submittedAt,
        count: 1,
      });
  }
  return sorted([...groups.values()]);
}

const sorted = (groups: TimelinessGroupRow[]) =>
  [...groups].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('WardTally', () => {
  const rows = [
    row('t1', { due: '2026-05-04' }),
    row('t2', { due: '2026-05-04' }),
    row('t3', { column: 'approved', submittedAt: '2026-05-01T03:00:00.000Z' }),
    row('t4', { due: null }),
    row('t5', { leadUnitId: null, due: '2026-04-01' }),
    row('t6', { due: '2026-04-01' }),
    row('t7', { parentId: 't6', leadUnitId: 'u-ktht', due: '2026-06-01' }),
    row('t8', { column: 'cancelled', due: '2026-03-01' }),
    row('t9', { planId: 'p0', due: '2026-05-04', position: 50 }),
  ];

  it('groups counted tasks like a GROUP BY over the leaves', () => {
    const tally = new WardTally(rows);
    expect(sorted(tally.groupRows())).toEqual(grouped(rows));
    expect(tally.size).toBe(9);
  });

  it('orders open tasks by due date, plan and place, containers and closed tasks left out', () => {
    const tally = new WardTally(rows);
    expect(tally.firstOpen(10).map((entry) => entry.id)).toEqual(['t5', 't9', 't1', 't2', 't7']);
    expect(tally.firstOpen(2).map((entry) => entry.id)).toEqual(['t5', 't9']);
  });

  it('after changes, equals a tally read afresh', () => {
    const tally = new WardTally(rows);
    const changed = [
      row('t1', { column: 'approved', due: '2026-05-04', submittedAt: '2026-05-02T03:00:00.000Z' }),
      row('t4', { due: '2026-04-20' }),
      row('t8', { column: 'draft', due: '2026-03-01' }),
      row('t6', { due: '2026-01-01' }),
    ];
    expect(tally.replace(changed)).toBe(true);
    const now = rows.map((task) => changed.find((change) => change.id === task.id) ?? task);
    const fresh = new WardTally(now);
    expect(sorted(tally.groupRows())).toEqual(sorted(fresh.groupRows()));
    expect(sorted(tally.groupRows())).toEqual(grouped(now));
    expect(tally.firstOpen(10)).toEqual(fresh.firstOpen(10));
    expect(tally.firstOpen(10).map((entry) => entry.id)).toEqual(['t8', 't5', 't4', 't9', 't2', 't7']);
  });

  it('drops a group once its last task leaves it', () => {
    const tally = new WardTally([row('t1')]);
    tally.replace([row('t1', { column: 'submitted' })]);
    expect(tally.groupRows()).toEqual([
      { leadUnitId: 'u-vhxh', column: 'submitted', due: '2026-05-10', submittedAt: null, count: 1 },
    ]);
  });

  it('refuses a row it cannot place: an unknown task or a new parent', () => {
    const tally = new WardTally(rows);
    expect(tally.replace([row('t10')])).toBe(false);
    expect(tally.replace([row('t1', { parentId: 't2' })])).toBe(false);
    expect(sorted(tally.groupRows())).toEqual(grouped(rows));
  });
});
