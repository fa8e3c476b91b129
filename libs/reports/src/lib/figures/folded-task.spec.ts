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
