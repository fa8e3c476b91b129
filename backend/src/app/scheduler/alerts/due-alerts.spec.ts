import { initialContext } from '@dondoc/workflows';
import { dueInForce } from '../../tasks/card-timeliness';
import { dueAlerts, type OpenTask } from './due-alerts';

const task = (id: string, due: string | null, dueOverride: string | null = null): OpenTask => ({
  id,
  wardId: 'ward',
  due,
  context: { ...initialContext(), dueOverride },
});

describe('dueAlerts', () => {
  // Thursday 2026-03-26: Friday 27, Monday 30 and Tuesday 31 are the next working days.
  const today = '2026-03-26';

  it('marks a task due soon when at most the given working days remain', () => {
    expect(dueAlerts([task('a', '2026-03-31')], today, 3)).toEqual([
      { taskId: 'a', wardId: 'ward', kind: 'due_soon', due: '2026-03-31' },
    ]);
    expect(dueAlerts([task('a', '2026-04-01')], today, 3)).toEqual([]);
    expect(dueAlerts([task('a', '2026-04-01')], today, 4)).toHaveLength(1);
  });

  it('counts a due date on a weekend from the next working day', () => {
    // Saturday 2026-03-21 moves to Monday 23: not yet overdue on the 23rd
    expect(dueAlerts([task('a', '2026-03-21')], '2026-03-23', 3)[0]?.kind).toBe('due_soon');
    expect(dueAlerts([task('a', '2026-03-21')], '2026-03-24', 3)[0]?.kind).toBe('overdue');
  });

  it('marks a task overdue after its due date, and leaves undated and distant tasks alone', () => {
    expect(
      dueAlerts([task('late', '2026-03-20'), task('undated', null), task('far', '2026-06-30')], today, 3),
    ).toEqual([{ taskId: 'late', wardId: 'ward', kind: 'overdue', due: '2026-03-20' }]);
  });

  it('follows a granted extension', () => {
    expect(dueInForce(task('a', '2026-03-20', '2026-04-30'))).toBe('2026-04-30');
    expect(dueAlerts([task('a', '2026-03-20', '2026-04-30')], today, 3)).toEqual([]);
    expect(dueAlerts([task('a', '2026-03-20', '2026-03-27')], today, 3)).toEqual([
      { taskId: 'a', wardId: 'ward', kind: 'due_soon', due: '2026-03-27' },
    ]);
  });
});
