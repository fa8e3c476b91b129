import type { CardDto } from '@dondoc/contracts';
import { groupUnitBoard, type UnitBoardCard, unitBoardGroup } from './unit-board-groups';

const UNIT = 'u-ktht';

const card = (overrides: Partial<UnitBoardCard> = {}): UnitBoardCard =>
  ({
    id: 't1',
    type: 'document',
    state: 'draft',
    column: 'draft',
    context: {},
    due: '2026-06-30',
    relation: 'lead',
    planTitle: 'Kế hoạch CCHC',
    ...overrides,
  }) as UnitBoardCard;

const consultation = (
  opinions: { unitId: string }[],
): Pick<CardDto, 'type' | 'state' | 'column' | 'context'> => ({
  type: 'legal_document',
  state: 'consultation',
  column: 'draft',
  context: { opinions },
});

describe('unitBoardGroup', () => {
  it('gives the lead its drafts, waiting and in-progress work to do, and its returned work to fix', () => {
    expect(unitBoardGroup(card({ column: 'draft' }), 'lead', UNIT)).toBe('to_do');
    expect(unitBoardGroup(card({ column: 'waiting', state: 'waiting' }), 'lead', UNIT)).toBe('to_do');
    expect(unitBoardGroup(card({ column: 'draft', state: 'in_progress' }), 'lead', UNIT)).toBe('to_do');
    expect(unitBoardGroup(card({ column: 'returned', state: 'returned' }), 'lead', UNIT)).toBe('to_fix');
  });

  it('has the lead wait while others review and approve', () => {
    expect(unitBoardGroup(card({ column: 'submitted' }), 'lead', UNIT)).toBe('waiting_for_others');
    expect(unitBoardGroup(card({ column: 'reviewed' }), 'lead', UNIT)).toBe('waiting_for_others');
  });

  it('asks a cooperator for its opinion only while a consultation waits for it', () => {
    expect(unitBoardGroup(consultation([]), 'cooperator', UNIT)).toBe('to_give_opinion');
    expect(unitBoardGroup(consultation([{ unitId: 'u-other' }]), 'cooperator', UNIT)).toBe('to_give_opinion');
    expect(unitBoardGroup(consultation([{ unitId: UNIT }]), 'cooperator', UNIT)).toBe('waiting_for_others');
    expect(unitBoardGroup({ ...consultation([]), state: 'consulted' }, 'cooperator', UNIT)).toBe(
      'waiting_for_others',
    );
    expect(unitBoardGroup(card({ column: 'draft' }), 'cooperator', UNIT)).toBe('waiting_for_others');
  });

  it('puts approved and cancelled work in done, whatever the relation', () => {
    expect(unitBoardGroup(card({ column: 'approved' }), 'lead', UNIT)).toBe('done');
    expect(unitBoardGroup(card({ column: 'cancelled' }), 'cooperator', UNIT)).toBe('done');
  });
});

describe('groupUnitBoard', () => {
  it('answers every group in order, open ones by earliest due date with undated cards last', () => {
    const groups = groupUnitBoard(
      [
        card({ id: 'none', due: null }),
        card({ id: 'late', due: '2026-09-30' }),
        card({ id: 'early', due: '2026-03-31' }),
        card({ id: 'fix', column: 'returned' }),
      ],
      UNIT,
    );
    expect(groups.map((group) => group.key)).toEqual([
      'to_do',
      'to_fix',
      'to_give_opinion',
      'waiting_for_others',
      'done',
    ]);
    expect(groups[0].cards.map((entry) => entry.id)).toEqual(['early', 'late', 'none']);
    expect(groups[1].cards.map((entry) => entry.id)).toEqual(['fix']);
  });

  it('keeps done cards in the order read and at most the cap', () => {
    const done = ['c', 'a', 'b'].map((id) => card({ id, column: 'approved', due: null }));
    expect(groupUnitBoard(done, UNIT, 2)[4].cards.map((entry) => entry.id)).toEqual(['c', 'a']);
  });
});
