import { effectiveDue } from '@dondoc/deadlines';
import { shownReading } from './deadline-reading';
import type { DeadlineReading } from './plan-import.types';

const reading = (overrides: Partial<DeadlineReading>): DeadlineReading => ({
  kind: 'date',
  dueDates: [],
  workingDueDates: [],
  confidence: 'sure',
  statementKinds: ['date'],
  ...overrides,
});

describe('shownReading', () => {
  it('shows the working days the server counted by the ward’s calendar, not the national rules', () => {
    // 14/10/2026 is a Wednesday the ward announced as a day off; the national rules work it.
    expect(effectiveDue('2026-10-14')).toBe('2026-10-14');
    const shown = shownReading(reading({ dueDates: ['2026-10-14'], workingDueDates: ['2026-10-15'] }));
    expect(shown).toMatchObject({ dates: ['15/10/2026'], shiftedFrom: ['14/10/2026'], check: false });
  });

  it('shows a day the ward works as written, even where the national rules would move it', () => {
    // Saturday 10/10/2026, worked by the ward's announcement (a make-up day).
    expect(effectiveDue('2026-10-10')).toBe('2026-10-12');
    const shown = shownReading(reading({ dueDates: ['2026-10-10'], workingDueDates: ['2026-10-10'] }));
    expect(shown).toMatchObject({ dates: ['10/10/2026'], shiftedFrom: [] });
  });

  it('lists the first four dates of a recurring deadline and says how many more there are', () => {
    const months = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'];
    const shown = shownReading(
      reading({
        kind: 'recurring',
        dueDates: months,
        workingDueDates: ['2026-02-02', '2026-03-02', '2026-03-31', '2026-05-04', '2026-06-01'],
        confidence: 'unsure',
      }),
    );
    expect(shown).toEqual({
      kind: 'recurring',
      dates: ['02/02/2026', '02/03/2026', '31/03/2026', '04/05/2026'],
      more: 1,
      shiftedFrom: ['31/01/2026', '28/02/2026', '30/04/2026'],
      check: true,
    });
  });
});
