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

  describe('when the reviewer unit leads its own task', () => {
    const own = { ...task, leadUnitId: 'unit-review' };

    it('does not let the unit review itself', () => {
      expect(relationsOf(own, actor('unit-review', ['staff', 'reviewer']))).toEqual(['lead']);
      expect(relationsOf(own, actor('unit-review', ['unit_head']))).toEqual(['lead']);
    });

    it.each([
      ['approver of the office', actor('unit-office', ['approver']), ['reviewer_unit', 'approver_unit']],
      ['head of the office', actor('unit-office', ['unit_head']), ['reviewer_unit', 'approver_unit']],
      ['reviewer of the office', actor('unit-office', ['reviewer']), ['reviewer_unit']],
      ['clerk of the office', actor('unit-office', ['staff']), ['none']],
    ])('hands review to the approver unit by default: %s', (_name, who, expected) => {
      expect(relationsOf(own, who)).toEqual(expected);
    });

    it('hands review to the plan’s alternate reviewer unit when it names one', () => {
      const alternate = { ...own, alternateReviewerUnitId: 'unit-justice' };
      expect(relationsOf(alternate, actor('unit-justice', ['reviewer']))).toEqual(['reviewer_unit']);
      expect(relationsOf(alternate, actor('unit-office', ['approver']))).toEqual(['approver_unit']);
    });

    it('falls back to the approver unit when the alternate is the lead unit itself', () => {
      const circular = { ...own, alternateReviewerUnitId: 'unit-review' };
      expect(relationsOf(circular, actor('unit-office', ['approver']))).toEqual([
        'reviewer_unit',
        'approver_unit',
      ]);
    });
  });

  it('keeps the plan’s reviewer unit for tasks another unit leads, whatever the alternate', () => {
    const withAlternate = { ...task, alternateReviewerUnitId: 'unit-justice' };
    expect(relationsOf(withAlternate, actor('unit-review', ['reviewer']))).toEqual(['reviewer_unit']);
    expect(relationsOf(withAlternate, actor('unit-justice', ['reviewer']))).toEqual(['none']);
  });
});

describe('actorFactsOf', () => {
  it('marks actors of another ward', () => {
    expect(actorFactsOf(task, actor('unit-lead', ['staff'], 'ward-2')).sameWard).toBe(false);
    expect(actorFactsOf(task, actor('unit-lead', ['staff'])).sameWard).toBe(true);
  });
});
