import { childProgressByParent, NO_CHILDREN, toCard } from './card.mapper';
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
    const card = toCard(task({ leadUnitId: null, needsPrimaryLead: true }), [], codes, NO_CHILDREN, null);
    expect(card).toMatchObject({ leadUnitCode: null, needsPrimaryLead: true, lastEventId: null });
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
