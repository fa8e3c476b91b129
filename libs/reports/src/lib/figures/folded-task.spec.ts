import { rowAsOf } from './folded-task';
import type { ReportEvent, ReportTask } from './report-inputs';

const task: ReportTask = {
  id: 't',
  planId: 'p',
  parentId: null,
  sectionKey: 'I',
  leadUnitId: 'unit-now',
  type: 'document',
  createdAt: '2026-01-01T00:00:00.000Z',
  due: '2026-09-30',
};

const amended = (payload: Record<string, unknown>): ReportEvent => ({
  taskId: 't',
  event: 'AMEND_PLAN',
  fromState: 'draft',
  toState: 'draft',
  version: 2,
  payload,
  at: '2026-03-01T00:00:00.000Z',
});

describe('rowAsOf', () => {
  it('gives a task the lead it had before a revision of the plan gave it another', () => {
    const events = [amended({ leadUnitIdBefore: 'unit-before' })];
    expect(rowAsOf(task, events, Date.parse('2026-02-01T00:00:00.000Z')).leadUnitId).toBe('unit-before');
    expect(rowAsOf(task, events, Date.parse('2026-04-01T00:00:00.000Z')).leadUnitId).toBe('unit-now');
  });

  it('keeps the lead through a revision that changed only the wording', () => {
    const events = [amended({ before: { content: 'a' }, after: { content: 'b' } })];
    expect(rowAsOf(task, events, Date.parse('2026-02-01T00:00:00.000Z')).leadUnitId).toBe('unit-now');
  });
});

const editedTask = { type: 'ongoing', leadUnitId: 'u-vhxh' } as ReportTask;
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
    expect(rowAsOf(editedTask, events, Date.parse('2026-04-01T00:00:00Z'))).toEqual({
      type: 'document',
      leadUnitId: 'u-pvhcc',
    });
  });

  it('gives the edited type and lead from the edit on', () => {
    expect(rowAsOf(editedTask, events, Date.parse('2026-04-11T00:00:00Z'))).toEqual({
      type: 'ongoing',
      leadUnitId: 'u-vhxh',
    });
  });

  it('leaves what an edit did not change', () => {
    const content = [edit('2026-04-10T02:00:00Z', { content: { from: 'a', to: 'b' } })];
    expect(rowAsOf(editedTask, content, Date.parse('2026-04-01T00:00:00Z'))).toEqual({
      type: 'ongoing',
      leadUnitId: 'u-vhxh',
    });
  });
});
