import { DEFAULT_CALENDAR } from '@dondoc/deadlines';
import type { PartState, ReportPart } from '@dondoc/workflows';
import { partReminders } from './round-reminders';

const part = (unitId: string, state: PartState): ReportPart => ({
  unitId,
  state,
  taskIds: [`task-${unitId}`],
  results: [],
  returnReason: null,
  returns: 0,
  submittedAt: null,
  acceptedAt: null,
});

/** A round due on Thursday 12/03/2026 whose parts stand in every state a unit can leave them. */
const round = (sendBy = '2026-03-12') => {
  const parts = [
    part('asked', 'asked'),
    part('draft', 'draft'),
    part('returned', 'returned'),
    part('submitted', 'submitted'),
    part('accepted', 'accepted'),
  ];
  return {
    sendBy,
    context: {
      unitIds: parts.map((each) => each.unitId),
      parts: Object.fromEntries(parts.map((each) => [each.unitId, each])),
    },
  };
};

const remind = (today: string, sendBy?: string) =>
  partReminders(round(sendBy), today, { calendar: DEFAULT_CALENDAR, dueSoonWorkingDays: 3 }).map(
    (reminder) => `${reminder.kind} ${reminder.unitId}`,
  );

describe('partReminders', () => {
  it('says nothing while the send-by day is more than the due-soon working days away', () => {
    // Friday 06/03: Monday, Tuesday, Wednesday and Thursday are four working days to go.
    expect(remind('2026-03-06')).toEqual([]);
  });

  it('reminds only the parts still in their units’ hands once the day is near, counted in working days', () => {
    // Monday 09/03: three working days to go (the weekend before did not count).
    expect(remind('2026-03-09')).toEqual(['due_soon asked', 'due_soon draft', 'due_soon returned']);
    expect(remind('2026-03-12')).toEqual(['due_soon asked', 'due_soon draft', 'due_soon returned']);
  });

  it('says overdue after the send-by day, and a Saturday send-by day only after the next working day', () => {
    expect(remind('2026-03-13')).toEqual(['overdue asked', 'overdue draft', 'overdue returned']);
    // Saturday 14/03 moves to Monday 16/03 on the working calendar.
    expect(remind('2026-03-16', '2026-03-14')).toEqual([
      'due_soon asked',
      'due_soon draft',
      'due_soon returned',
    ]);
    expect(remind('2026-03-17', '2026-03-14')).toEqual([
      'overdue asked',
      'overdue draft',
      'overdue returned',
    ]);
  });

  it('reminds nobody of a round whose send-by day is not a date', () => {
    expect(remind('2026-03-13', 'sau Tết')).toEqual([]);
  });
});
