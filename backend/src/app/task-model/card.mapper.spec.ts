import { DEFAULT_CALENDAR, provisionalYear, workingCalendarOf } from '@dondoc/deadlines';
import { initialContext, initialWorkflow } from '@dondoc/workflows';
import { childProgressByParent, compactContext, NO_CHILDREN, toCard } from './card.mapper';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';

const task = (overrides: Partial<TaskEntity> = {}): TaskEntity =>
  Object.assign(new TaskEntity(), {
    id: 't1',
    wardId: 'w1',
    planId: 'p1',
    parentId: null,
    sectionKey: 'I',
    ref: '1',
    position: 0,
    level: 'task',
    content: 'Ban hành Kế hoạch',
    leadUnitId: 'u-lead',
    needsPrimaryLead: false,
    leadText: '',
    cooperatorText: '',
    deliverable: 'Kế hoạch',
    deliverableKind: 'Kế hoạch',
    deadlineText: 'Quý I/2026',
    deadline: null,
    due: '2026-03-31',
    budgetText: '',
    type: 'document',
    state: 'draft',
    column: 'draft',
    context: {},
    machineVersion: 1,
    version: 3,
    createdAt: '',
    updatedAt: '',
    ...overrides,
  });

const link = (unitId: string, role: 'lead' | 'cooperator') =>
  Object.assign(new TaskUnitEntity(), { taskId: 't1', unitId, role, wardId: 'w1' });

const TODAY = { today: '2026-03-25', dueSoonWorkingDays: 3, calendar: DEFAULT_CALENDAR };

describe('toCard', () => {
  const codes = new Map([
    ['u-lead', 'VHXH'],
    ['u-coop', 'VP'],
  ]);

  it('names the lead and cooperators by code and keeps the version', () => {
    const card = toCard(
      task(),
      [link('u-lead', 'lead'), link('u-coop', 'cooperator')],
      codes,
      NO_CHILDREN,
      42,
      TODAY,
    );
    expect(card).toMatchObject({
      leadUnitCode: 'VHXH',
      cooperatorUnitIds: ['u-coop'],
      cooperatorUnitCodes: ['VP'],
      version: 3,
      lastEventId: '42',
      childCount: 0,
    });
  });

  it('shows no lead while a person has yet to choose one', () => {
    const card = toCard(
      task({ leadUnitId: null, needsPrimaryLead: true }),
      [],
      codes,
      NO_CHILDREN,
      null,
      TODAY,
    );
    expect(card).toMatchObject({ leadUnitCode: null, needsPrimaryLead: true, lastEventId: null });
  });
});

describe('card timeliness', () => {
  const cardOf = (overrides: Partial<TaskEntity>) =>
    toCard(task(overrides), [], new Map(), NO_CHILDREN, null, TODAY);

  it.each([
    [{ due: '2026-06-30', column: 'draft' }, 'on_track'],
    [{ due: '2026-03-27', column: 'submitted' }, 'due_soon'],
    [{ due: '2026-03-20', column: 'returned' }, 'overdue'],
    [{ due: '2026-03-20', column: 'approved', submittedAt: '2026-03-19T03:00:00Z' }, 'done_on_time'],
    [{ due: '2026-03-20', column: 'approved', submittedAt: '2026-03-24T03:00:00Z' }, 'done_late'],
    // Cancelled is "Đã huỷ" whatever its dates: never "Chưa đến hạn", never overdue.
    [{ due: '2026-03-20', column: 'cancelled' }, 'cancelled'],
    [{ due: null, column: 'cancelled' }, 'cancelled'],
    [{ due: null, column: 'waiting' }, 'not_due'],
  ] as [Partial<TaskEntity>, string][])('reads %j as %s', (overrides, expected) => {
    expect(cardOf(overrides).timeliness).toBe(expected);
  });

  it('judges against a granted extension, not the plan’s date', () => {
    const extended = cardOf({
      due: '2026-03-20',
      column: 'draft',
      context: { dueOverride: '2026-06-30' } as TaskEntity['context'],
    });
    expect(extended).toMatchObject({ due: '2026-06-30', timeliness: 'on_track' });
  });

  it('marks an open due date dự kiến while its year is not confirmed by the ward', () => {
    expect(cardOf({ due: '2027-02-26' }).dueProvisional).toBe(true);
    expect(cardOf({ due: '2026-03-31' }).dueProvisional).toBeUndefined();
    expect(cardOf({ due: '2027-02-26', column: 'approved' }).dueProvisional).toBeUndefined();
    expect(cardOf({ due: null }).dueProvisional).toBeUndefined();
    const confirmed2027 = workingCalendarOf([{ ...provisionalYear(2027), status: 'confirmed' }]);
    const card = toCard(task({ due: '2027-02-26' }), [], new Map(), NO_CHILDREN, null, {
      ...TODAY,
      calendar: confirmed2027,
    });
    expect(card.dueProvisional).toBeUndefined();
  });
});

describe('childProgressByParent', () => {
  it('counts children and the approved ones per parent', () => {
    const progress = childProgressByParent([
      { parentId: 'a', column: 'approved' },
      { parentId: 'a', column: 'draft' },
      { parentId: 'b', column: 'approved' },
      { parentId: null, column: 'approved' },
    ]);
    expect(Object.fromEntries(progress)).toEqual({
      a: { total: 2, approved: 1 },
      b: { total: 1, approved: 1 },
    });
  });
});

describe('compactContext', () => {
  it('leaves out every field still equal to a new task’s, keeps the others', () => {
    const context = {
      ...initialContext(),
      returnReason: 'Thiếu số liệu',
      progressPeriod: 'month' as const,
      consultees: ['u-coop'],
      opinions: [],
      targetMet: false,
    };
    expect(compactContext(context)).toEqual({
      returnReason: 'Thiếu số liệu',
      progressPeriod: 'month',
      consultees: ['u-coop'],
      targetMet: false,
    });
  });

  it('gives back the whole context when merged over the defaults', () => {
    const seeded = initialWorkflow('periodic_report', { periodLabel: 'Quý I/2026', periodDue: '2026-03-31' });
    const context = { ...seeded.context, deliverableRef: 'bao-cao.pdf', extensions: [] };
    expect({ ...initialContext(), ...compactContext(context) }).toEqual(context);
  });

  it('is what a card carries: a new task’s card has an empty context', () => {
    const card = toCard(task({ context: initialContext() }), [], new Map(), NO_CHILDREN, null, TODAY);
    expect(card.context).toEqual({});
  });
});
