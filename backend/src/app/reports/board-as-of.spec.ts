import type { CardDto } from '@dondoc/contracts';
import type { TaskStanding } from '@dondoc/reports';
import { attentionItem, cardAsOf, NO_LEAD_ROW, overdueAt, timelinessByUnit } from './board-as-of';

const standing = (over: Partial<TaskStanding>): TaskStanding => ({
  taskId: 't1',
  planId: 'p1',
  sectionKey: 'I',
  type: 'document',
  leadUnitId: 'u1',
  state: 'draft',
  column: 'draft',
  bucket: 'in_progress_overdue',
  timeliness: 'overdue',
  due: '2026-06-30',
  effectiveDue: '2026-06-30',
  doneOn: null,
  daysLate: 3,
  ...over,
});

const liveCard: CardDto = {
  id: 't1',
  planId: 'p1',
  wardId: 'w1',
  ref: '1',
  title: 'Xây dựng kế hoạch',
  type: 'document',
  state: 'approved',
  column: 'approved',
  badge: 'Số 12/KH-UBND',
  context: { dueOverride: '2026-09-30', issuedNumber: '12/KH-UBND' },
  machineVersion: 1,
  version: 7,
  sectionKey: 'I',
  leadUnitId: 'u1',
  leadUnitCode: 'VHXH',
  cooperatorUnitIds: ['u2'],
  cooperatorUnitCodes: ['KTHT'],
  deadlineText: 'Quý II/2026',
  due: '2026-09-30',
  timeliness: 'done_on_time',
  needsPrimaryLead: false,
  childCount: 0,
  childApprovedCount: 0,
  lastEventId: '42',
  plannedDue: '2026-06-30',
  returnReason: 'Thiếu số liệu',
};

describe('cardAsOf', () => {
  it('takes the state, deadline in force and timeliness of the fold, and nothing a move would read', () => {
    const card = cardAsOf(liveCard, standing({}), new Map([['u1', 'VHXH']]));
    expect(card).toMatchObject({
      id: 't1',
      ref: '1',
      title: 'Xây dựng kế hoạch',
      state: 'draft',
      column: 'draft',
      due: '2026-06-30',
      timeliness: 'overdue',
      context: {},
      leadUnitCode: 'VHXH',
      cooperatorUnitCodes: ['KTHT'],
      lastEventId: null,
    });
    expect(card).not.toHaveProperty('returnReason');
    expect(card).not.toHaveProperty('plannedDue');
  });

  it('shows a cancelled task as not due, and a lead not chosen yet as none', () => {
    const card = cardAsOf(
      { ...liveCard, needsPrimaryLead: true },
      standing({ column: 'cancelled', bucket: 'cancelled', timeliness: null, leadUnitId: null }),
      new Map(),
    );
    expect(card).toMatchObject({
      timeliness: 'not_due',
      leadUnitId: null,
      leadUnitCode: null,
      needsPrimaryLead: true,
    });
  });
});

describe('timelinessByUnit', () => {
  const units = [
    { id: 'u1', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
    { id: 'u2', code: 'KTHT', name: 'Phòng Kinh tế' },
  ];

  it('counts each unit’s tasks by timeliness, cancelled left out, every unit listed', () => {
    const { totals, units: rows } = timelinessByUnit(
      [
        standing({}),
        standing({ timeliness: 'done_late', bucket: 'completed_late' }),
        standing({ timeliness: null, bucket: 'cancelled' }),
      ],
      units,
    );
    expect(rows.map((row) => [row.unit.code, row.counts.overdue, row.counts.done_late])).toEqual([
      ['VHXH', 1, 1],
      ['KTHT', 0, 0],
    ]);
    expect(totals).toMatchObject({ overdue: 1, done_late: 1, not_due: 0 });
  });

  it('gathers tasks without a known lead in a last row, only when there are some', () => {
    const { units: rows } = timelinessByUnit(
      [standing({ leadUnitId: null }), standing({ leadUnitId: 'gone' })],
      units,
    );
    expect(rows.at(-1)).toEqual({ unit: NO_LEAD_ROW, counts: expect.objectContaining({ overdue: 2 }) });
    expect(timelinessByUnit([], units).units).toHaveLength(2);
  });
});

describe('overdueAt and attentionItem', () => {
  it('lists overdue tasks longest overdue first, up to the limit', () => {
    const list = overdueAt(
      [
        standing({ taskId: 'b', effectiveDue: '2026-06-30' }),
        standing({ taskId: 'on-time', timeliness: 'on_track' }),
        standing({ taskId: 'a', effectiveDue: '2026-03-31' }),
        standing({ taskId: 'c', effectiveDue: '2026-06-30' }),
      ],
      2,
    );
    expect(list.map((one) => one.taskId)).toEqual(['a', 'b']);
    expect(attentionItem(list[0], { ref: '3', content: 'Báo cáo quý' }, new Map([['u1', 'VHXH']]))).toEqual({
      taskId: 'a',
      planId: 'p1',
      ref: '3',
      title: 'Báo cáo quý',
      leadUnitCode: 'VHXH',
      due: '2026-06-30',
      timeliness: 'overdue',
    });
  });
});
