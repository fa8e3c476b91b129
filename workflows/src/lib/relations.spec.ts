import type { Role } from '@dondoc/domain';
import { actorFactsOf, relationsOf } from './relations';
import type { WorkflowActor } from './types';

const task = {
  wardId: 'ward-1',
  leadUnitId: 'unit-lead',
  cooperatorUnitIds: ['unit-coop'],
  reviewerUnitId: 'unit-review',
  approverUnitId: 'unit-office',
};

function actor(unitId: string | null, roles: Role[], wardId = 'ward-1'): WorkflowActor {
  return { userId: 'u', wardId, unitId, roles };
}

describe('relationsOf', () => {
  it.each([
    ['staff of the lead unit', actor('unit-lead', ['staff']), ['lead']],
    ['head of the lead unit', actor('unit-lead', ['unit_head']), ['lead']],
    ['staff of a cooperating unit', actor('unit-coop', ['staff']), ['cooperator']],
    ['reviewer of the reviewer unit', actor('unit-review', ['reviewer']), ['reviewer_unit']],
    ['head of the reviewer unit', actor('unit-review', ['unit_head']), ['reviewer_unit']],
    ['plain staff of the reviewer unit', actor('unit-review', ['staff']), ['none']],
    ['approver of the office', actor('unit-office', ['approver']), ['approver_unit']],
    ['head of the office', actor('unit-office', ['unit_head']), ['approver_unit']],
    ['clerk of the office', actor('unit-office', ['staff']), ['none']],
    ['approver role in an unrelated unit', actor('unit-other', ['approver']), ['none']],
    ['leader without unit', actor(null, ['leader']), ['leadership']],
    [
      'leader who is also the approver',
      actor('unit-office', ['leader', 'approver']),
      ['approver_unit', 'leadership'],
    ],
    ['admin without relation', actor('unit-other', ['admin']), ['none']],
    ['lead unit staff of another ward', actor('unit-lead', ['staff'], 'ward-2'), ['none']],
    ['leader of another ward', actor(null, ['leader'], 'ward-2'), ['none']],
  ])('%s', (_name, who, expected) => {
    expect(relationsOf(task, who)).toEqual(expected);
  });

  it('gives an actor without a unit no unit relation even when the task has no lead', () => {
    expect(relationsOf({ ...task, leadUnitId: null }, actor(null, ['staff']))).toEqual(['none']);
  });

  it('combines the lead and reviewer relations when the reviewer unit leads its own task', () => {
    const own = { ...task, leadUnitId: 'unit-review' };
    expect(relationsOf(own, actor('unit-review', ['staff', 'reviewer']))).toEqual(['lead', 'reviewer_unit']);
  });
});

describe('actorFactsOf', () => {
  it('marks actors of another ward', () => {
    expect(actorFactsOf(task, actor('unit-lead', ['staff'], 'ward-2')).sameWard).toBe(false);
    expect(actorFactsOf(task, actor('unit-lead', ['staff'])).sameWard).toBe(true);
  });
});
