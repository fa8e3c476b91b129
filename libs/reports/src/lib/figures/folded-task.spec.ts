import { rowAsOf } from './folded-task';
import type { ReportEvent, ReportTask } from './report-inputs';

const task = { type: 'ongoing', leadUnitId: 'u-vhxh' } as ReportTask;
const edit = (at: string, changes: Record<string, { from: unknown; to: unknown }>): ReportEvent => ({
  taskId: 't-1',
  event: 'EDIT_TASK',
  fromState: 'draft',
  toState: 'in_progress',
  version: 3,
  payload: { changes },
  at,
});

describe('rowAsOf with corrections by hand', () => {
  const events = [
    edit('2026-04-10T02:00:00Z', {
      type: { from: 'document', to: 'ongoing' },
      leadUnitId: { from: 'u-pvhcc', to: 'u-vhxh' },
    }),
  ];

  it('gives the type and lead a task had before an edit changed them', () => {
    expect(rowAsOf(task, events, Date.parse('2026-04-01T00:00:00Z'))).toEqual({
      type: 'document',
      leadUnitId: 'u-pvhcc',
    });
  });

  it('gives the edited type and lead from the edit on', () => {
    expect(rowAsOf(task, events, Date.parse('2026-04-11T00:00:00Z'))).toEqual({
      type: 'ongoing',
      leadUnitId: 'u-vhxh',
    });
  });

  it('leaves what an edit did not change', () => {
    const content = [edit('2026-04-10T02:00:00Z', { content: { from: 'a', to: 'b' } })];
    expect(rowAsOf(task, content, Date.parse('2026-04-01T00:00:00Z'))).toEqual({
      type: 'ongoing',
      leadUnitId: 'u-vhxh',
    });
  });
});
