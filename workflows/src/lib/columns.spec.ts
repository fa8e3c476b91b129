import { BOARD_COLUMNS, TASK_TYPES } from '@dondoc/domain';
import { badgeOf, columnOf } from './columns';
import { BADGE_LABELS_EN, BADGE_LABELS_VI, STATE_LABELS_EN, STATE_LABELS_VI } from './labels';
import { STATES_OF } from './registry';

describe('columnOf and badgeOf', () => {
  it.each([
    ['document', 'draft', 'draft', null],
    ['document', 'returned', 'returned', null],
    ['legal_document', 'consultation', 'draft', 'consultation'],
    ['legal_document', 'consulted', 'draft', 'consulted'],
    ['legal_document', 'submitted.appraisal', 'submitted', 'appraisal'],
    ['legal_document', 'submitted.appraised', 'submitted', 'appraised'],
    ['ongoing', 'in_progress', 'draft', 'in_progress'],
    ['triggered', 'waiting', 'waiting', null],
    ['target', 'approved', 'approved', null],
    ['periodic_report', 'cancelled', 'cancelled', null],
  ] as const)('%s %s → column %s, badge %p', (type, state, column, badge) => {
    expect(columnOf(type, state)).toBe(column);
    expect(badgeOf(type, state)).toBe(badge);
  });

  it.each([
    ['document', 'consultation'],
    ['legal_document', 'submitted'],
    ['ongoing', 'draft'],
  ] as const)('refuses %s state %s, which that type does not have', (type, state) => {
    expect(() => columnOf(type, state)).toThrow(`Unknown state '${state}' for task type '${type}'`);
    expect(badgeOf(type, state)).toBeNull();
  });

  it('gives every state of every machine a column, labels in both languages, and badge labels', () => {
    for (const type of TASK_TYPES) {
      for (const state of STATES_OF[type]) {
        expect(BOARD_COLUMNS).toContain(columnOf(type, state));
        expect(STATE_LABELS_VI[state]).toEqual(expect.any(String));
        expect(STATE_LABELS_EN[state]).toEqual(expect.any(String));
        const badge = badgeOf(type, state);
        if (badge !== null) {
          expect(BADGE_LABELS_VI[badge]).toEqual(expect.any(String));
          expect(BADGE_LABELS_EN[badge]).toEqual(expect.any(String));
        }
      }
    }
  });
});
