import { TaskEntity } from '../task-model/entities/task.entity';
import { periodCardRef, periodCardRow } from './period-card-row';

const QUARTER_1 = { key: '2026-Q1', label: 'Quý I/2026', due: '2026-03-31' };

describe('periodCardRef', () => {
  it('appends the period label to the series ref', () => {
    expect(periodCardRef('24', QUARTER_1)).toBe('24/Quý I-2026');
  });

  it('falls back to the period key when the label would overflow task.ref', () => {
    const half = { key: '2026-H2', label: '6 tháng cuối năm 2026', due: '2026-12-31' };
    expect(periodCardRef('3.16.2/PVHCC', half)).toBe('3.16.2/PVHCC/2026-H2');
  });
});

describe('periodCardRow', () => {
  const series = Object.assign(new TaskEntity(), {
    id: 'series-id',
    wardId: 'ward',
    planId: 'plan',
    parentId: null,
    sectionKey: 'II',
    ref: '24',
    position: 7,
    level: 'task',
    content: 'Báo cáo công tác cải cách hành chính',
    leadUnitId: 'pvhcc',
    needsPrimaryLead: false,
    leadText: 'Trung tâm PVHCC',
    cooperatorText: 'Các phòng',
    deliverable: 'Báo cáo quý',
    deliverableKind: 'Báo cáo',
    deadlineText: 'Hằng quý',
    budgetText: '10 triệu',
    type: 'periodic_report',
  });

  it('is a child of its series, due on the period, its workflow seeded with the period', () => {
    const card = periodCardRow(series, QUARTER_1, 'card-id', '2026-02-20T02:00:00.000Z');
    expect(card).toMatchObject({
      id: 'card-id',
      parentId: 'series-id',
      planId: 'plan',
      wardId: 'ward',
      ref: '24/Quý I-2026',
      type: 'periodic_report',
      state: 'draft',
      column: 'draft',
      due: '2026-03-31',
      deadlineText: 'Chậm nhất ngày 31/03/2026',
      deadline: { kind: 'date', due: '2026-03-31' },
      leadUnitId: 'pvhcc',
      content: series.content,
      budgetText: '',
      workflowSeed: { periodLabel: 'Quý I/2026', periodDue: '2026-03-31' },
      version: 1,
      createdAt: '2026-02-20T02:00:00.000Z',
    });
    expect(card.context).toMatchObject({ periodLabel: 'Quý I/2026', periodDue: '2026-03-31' });
  });
});
