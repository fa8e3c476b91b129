import { initialContext } from '@dondoc/workflows';
import { isTrackedThroughCards, type SeriesRow, seriesToSchedule } from './report-series';

const PLAN_2026 = { year: 2026, beforeDateInclusive: false };

function row(id: string, overrides: Partial<SeriesRow> = {}): SeriesRow {
  return {
    id,
    parentId: null,
    type: 'periodic_report',
    column: 'draft',
    context: initialContext(),
    deadlineText: 'Hằng quý',
    deliverable: 'Báo cáo quý',
    ...overrides,
  };
}

describe('seriesToSchedule', () => {
  it('keeps open report series and leaves out cards, closed series and other types', () => {
    const rows = [
      row('series'),
      row('card', {
        parentId: 'series',
        context: initialContext({ periodLabel: 'Quý I/2026', periodDue: '2026-03-31' }),
      }),
      row('cancelled', { column: 'cancelled' }),
      row('approved', { column: 'approved' }),
      row('document', { type: 'document' }),
    ];
    expect(seriesToSchedule(rows).map((series) => series.id)).toEqual(['series']);
  });

  it('lets the units of a group-led series report, not the group row', () => {
    const rows = [
      row('group'),
      row('group/VP', { parentId: 'group' }),
      row('group/CA', { parentId: 'group' }),
    ];
    expect(seriesToSchedule(rows).map((series) => series.id)).toEqual(['group/VP', 'group/CA']);
  });
});

describe('isTrackedThroughCards', () => {
  it('is true for a series with periods, false for a one-off report and for cards', () => {
    expect(isTrackedThroughCards(row('series'), PLAN_2026)).toBe(true);
    expect(
      isTrackedThroughCards(row('one-off', { deadlineText: 'Chậm nhất ngày 08/03/2026' }), PLAN_2026),
    ).toBe(false);
    const card = row('card', {
      context: initialContext({ periodLabel: 'Quý I/2026', periodDue: '2026-03-31' }),
    });
    expect(isTrackedThroughCards(card, PLAN_2026)).toBe(false);
    expect(isTrackedThroughCards(row('document', { type: 'document' }), PLAN_2026)).toBe(false);
  });
});
