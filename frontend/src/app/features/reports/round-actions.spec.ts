import { offeredActions, opensRounds, partWriting } from './round-actions';
import { OFFICE_UNIT, VHXH, aPart, aRound } from './testing/report-factories';

const officeStaff = { unitId: OFFICE_UNIT, roles: ['staff'] as const };
const officeHead = { unitId: OFFICE_UNIT, roles: ['unit_head'] as const };
const unitStaff = { unitId: VHXH, roles: ['staff'] as const };
const leader = { unitId: null, roles: ['leader'] as const };

describe('offeredActions', () => {
  it('offers accept and return only on a handed-in part, and holds compiling while it waits', () => {
    const round = aRound({
      parts: [aPart({ state: 'submitted' }), aPart({ unitId: 'unit-b', state: 'accepted' })],
    });
    const offered = offeredActions(round, officeStaff, '2026-03-10');
    expect(offered.parts).toEqual({ [VHXH]: ['ACCEPT_PART', 'RETURN_PART'], 'unit-b': [] });
    expect(offered.round).toEqual(['CANCEL_ROUND']);
    expect(offered.compileWait).toBe('AWAITING_DECISION');
  });

  it('offers compiling once every part is accepted, before the send-by day', () => {
    const round = aRound({ parts: [aPart({ state: 'accepted' })] });
    expect(offeredActions(round, officeStaff, '2026-03-10').round).toEqual(['COMPILE', 'CANCEL_ROUND']);
  });

  it('waits for missing parts until the send-by day has passed, then offers compiling', () => {
    const round = aRound({
      sendBy: '2026-03-16',
      parts: [aPart({ state: 'accepted' }), aPart({ unitId: 'b', state: 'draft' })],
    });
    expect(offeredActions(round, officeStaff, '2026-03-16').compileWait).toBe('PARTS_MISSING');
    expect(offeredActions(round, officeStaff, '2026-03-17').round).toContain('COMPILE');
  });

  it('lets office staff edit the compiled text but only its head or approver close the round', () => {
    const round = aRound({ state: 'compiling', compiledText: 'Báo cáo' });
    expect(offeredActions(round, officeStaff, '2026-03-20').round).toEqual(['EDIT_COMPILED', 'CANCEL_ROUND']);
    expect(offeredActions(round, officeHead, '2026-03-20').round).toEqual([
      'EDIT_COMPILED',
      'CLOSE_ROUND',
      'CANCEL_ROUND',
    ]);
  });

  it('offers nothing to other units, to leaders, or on a closed round', () => {
    const round = aRound({ parts: [aPart({ state: 'submitted' })] });
    expect(offeredActions(round, unitStaff, '2026-03-10')).toEqual({
      round: [],
      parts: {},
      compileWait: null,
    });
    expect(offeredActions(round, leader, '2026-03-10').round).toEqual([]);
    expect(offeredActions({ ...round, state: 'closed' }, officeHead, '2026-03-10').round).toEqual([]);
  });
});

describe('partWriting', () => {
  it('lets the unit save and submit while its part is not with Văn phòng', () => {
    for (const state of ['asked', 'draft', 'returned'] as const)
      expect(partWriting('collecting', aPart({ state }), unitStaff)).toEqual(['SAVE_PART', 'SUBMIT_PART']);
  });

  it('offers nothing once handed in, to another unit, or after the round stopped collecting', () => {
    expect(partWriting('collecting', aPart({ state: 'submitted' }), unitStaff)).toEqual([]);
    expect(partWriting('collecting', aPart({ state: 'draft' }), officeStaff)).toEqual([]);
    expect(partWriting('compiling', aPart({ state: 'draft' }), unitStaff)).toEqual([]);
  });
});

describe('opensRounds', () => {
  it('is the plan office or the admin', () => {
    expect(opensRounds(officeStaff, OFFICE_UNIT)).toBe(true);
    expect(opensRounds(unitStaff, OFFICE_UNIT)).toBe(false);
    expect(opensRounds({ unitId: null, roles: ['admin'] }, null)).toBe(true);
    expect(opensRounds(officeStaff, null)).toBe(false);
  });
});
