import { shownChanges } from './correction-changes.component';

describe('shownChanges', () => {
  const codeOf = (id: string) => ({ 'u-1': 'TCKT', 'u-2': 'QLDT' })[id] ?? id;

  it('shows each changed field from what to what, units by their codes', () => {
    expect(
      shownChanges(
        {
          changes: {
            deadlineText: { from: 'Trước ngày 15/04/2026', to: 'Trước ngày 30/05/2026' },
            leadUnitId: { from: 'u-1', to: 'u-2' },
            cooperatorUnitIds: { from: [], to: ['u-1', 'u-2'] },
          },
        },
        codeOf,
      ),
    ).toEqual([
      { field: 'deadlineText', from: 'Trước ngày 15/04/2026', to: 'Trước ngày 30/05/2026' },
      { field: 'leadUnitId', from: 'TCKT', to: 'QLDT' },
      { field: 'cooperatorUnitIds', from: '—', to: 'TCKT, QLDT' },
    ]);
  });

  it('shows nothing for an event that records no changes', () => {
    expect(shownChanges({ reason: 'x' }, codeOf)).toEqual([]);
    expect(shownChanges(null, codeOf)).toEqual([]);
  });
});
