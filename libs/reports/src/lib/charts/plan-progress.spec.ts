import type { TaskStanding } from '../figures/task-standing';
import { planProgress } from './plan-progress';

const standing = (over: Partial<TaskStanding>): TaskStanding => ({
  taskId: 't',
  planId: 'p1',
  sectionKey: null,
  type: 'document',
  leadUnitId: null,
  state: 'draft',
  column: 'draft',
  bucket: 'in_progress_on_time',
  timeliness: 'on_track',
  due: null,
  effectiveDue: null,
  doneOn: null,
  daysLate: null,
  ...over,
});

describe('planProgress', () => {
  it('sets done against what the deadlines asked for by the day, per plan', () => {
    const rows = planProgress(
      [
        standing({ bucket: 'completed_on_time', effectiveDue: '2026-03-10' }),
        standing({ bucket: 'completed_late', effectiveDue: '2026-03-10' }),
        standing({ bucket: 'completed_on_time', effectiveDue: '2026-09-30' }), // done early
        standing({ bucket: 'in_progress_overdue', effectiveDue: '2026-03-31' }),
        standing({ bucket: 'in_progress_on_time', effectiveDue: '2026-04-01' }), // due today, not yet late
        standing({ bucket: 'in_progress_on_time', effectiveDue: null }),
        standing({ bucket: 'cancelled', effectiveDue: '2026-03-01' }),
        standing({ planId: 'p2', bucket: 'in_progress_on_time', effectiveDue: '2026-12-31' }),
      ],
      '2026-04-01',
    );
    expect(rows).toEqual([
      { planId: 'p1', total: 6, done: 3, due: 3, overdue: 1 },
      { planId: 'p2', total: 1, done: 0, due: 0, overdue: 0 },
    ]);
  });

  it('has no row for a plan whose every task was cancelled', () => {
    expect(planProgress([standing({ bucket: 'cancelled' })], '2026-04-01')).toEqual([]);
  });
});
