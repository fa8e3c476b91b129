import { CALENDAR_2026 } from './calendar-data';
import {
  REPORT_CATEGORY_LABELS_VI,
  reportCategory,
  TASK_TIMELINESS,
  TASK_TIMELINESS_LABELS_VI,
  taskReportCategory,
  taskTimeliness,
  Timeliness,
  timeliness,
  TIMELINESS_LABELS_VI,
  TimelinessInput,
} from './timeliness';
import { effectiveDue, workingDaysBetween } from './working-calendar';

function state(overrides: Partial<TimelinessInput>): TimelinessInput {
  return { due: '2026-06-30', doneAt: null, today: '2026-06-01', calendar: CALENDAR_2026, ...overrides };
}

describe('timeliness', () => {
  it.each<[string, Partial<TimelinessInput>, Timeliness]>([
    ['no due date yet', { due: null }, 'not_due'],
    ['done with no due date', { due: null, doneAt: '2026-03-01' }, 'done_on_time'],
    ['a month ahead', {}, 'on_track'],
    ['four working days ahead', { today: '2026-06-24' }, 'on_track'],
    ['three working days ahead', { today: '2026-06-25' }, 'due_soon'],
    ['due today', { today: '2026-06-30' }, 'due_soon'],
    ['a day late', { today: '2026-07-01' }, 'overdue'],
    ['done before the due date', { doneAt: '2026-06-29', today: '2026-07-15' }, 'done_on_time'],
    ['done on the due date', { doneAt: '2026-06-30', today: '2026-07-15' }, 'done_on_time'],
    ['done a day late', { doneAt: '2026-07-01', today: '2026-07-15' }, 'done_late'],
    // Due Saturday 14/02, the first day of Tết: the deadline moves to Monday 23/02.
    ['due in Tết, not overdue during it', { due: '2026-02-14', today: '2026-02-20' }, 'due_soon'],
    ['due in Tết, done on the first day back', { due: '2026-02-14', doneAt: '2026-02-23' }, 'done_on_time'],
    ['due in Tết, done a day after', { due: '2026-02-14', doneAt: '2026-02-24' }, 'done_late'],
    ['due 30/4, done Monday 04/05', { due: '2026-04-30', doneAt: '2026-05-04' }, 'done_on_time'],
    ['due 02/09, overdue from 04/09', { due: '2026-09-02', today: '2026-09-04' }, 'overdue'],
    ['due 02/09, still in time on 03/09', { due: '2026-09-02', today: '2026-09-03' }, 'due_soon'],
    // Five calendar days before the due date but only two working days, because of the weekend.
    ['holidays shrink the time left', { due: '2026-05-05', today: '2026-04-29' }, 'due_soon'],
    ['a wider due-soon margin', { today: '2026-06-22', dueSoonWorkingDays: 10 }, 'due_soon'],
    ['a zero due-soon margin', { today: '2026-06-29', dueSoonWorkingDays: 0 }, 'on_track'],
  ])('%s', (_label, overrides, expected) => {
    expect(timeliness(state(overrides))).toBe(expected);
  });

  it('uses the default calendar when none is given', () => {
    expect(timeliness({ due: '2026-02-14', doneAt: '2026-02-23', today: '2026-03-01' })).toBe('done_on_time');
  });

  it.each([
    [{ today: '2026-6-1' }, /today/],
    [{ due: '30/06/2026' }, /due/],
    [{ doneAt: '2026-02-30' }, /doneAt/],
  ])('rejects %j naming the field', (overrides, message) => {
    expect(() => timeliness(state(overrides))).toThrow(message);
  });
});

describe('reportCategory', () => {
  it.each<[Timeliness, string]>([
    ['done_on_time', 'completed_on_time'],
    ['done_late', 'completed_late'],
    ['overdue', 'in_progress_overdue'],
    ['due_soon', 'in_progress_on_time'],
    ['on_track', 'in_progress_on_time'],
    ['not_due', 'in_progress_on_time'],
  ])('%s is reported as %s', (state, category) => {
    expect(reportCategory(state)).toBe(category);
  });

  it('labels the four categories as the Government Office does', () => {
    expect(REPORT_CATEGORY_LABELS_VI).toEqual({
      completed_on_time: 'Đã hoàn thành đúng hạn',
      completed_late: 'Đã hoàn thành quá hạn',
      in_progress_on_time: 'Chưa hoàn thành trong hạn',
      in_progress_overdue: 'Chưa hoàn thành quá hạn',
    });
  });

  it('labels every timeliness state', () => {
    expect(Object.keys(TIMELINESS_LABELS_VI).sort()).toEqual([
      'done_late',
      'done_on_time',
      'due_soon',
      'not_due',
      'on_track',
      'overdue',
    ]);
  });
});

describe('timeliness: due soon', () => {
  const addDay = (iso: string, days: number) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it('calls due soon exactly the deadlines with at most n working days left, across holidays and weekends', () => {
    // Every today of a year with Tết and the 30/4–1/5 holidays in it, every deadline up to 40 days on.
    for (let offset = 0; offset < 366; offset += 3) {
      const today = addDay('2026-01-01', offset);
      for (let ahead = 0; ahead <= 40; ahead++) {
        const due = addDay(today, ahead);
        for (const dueSoonWorkingDays of [0, 1, 3, 5]) {
          const deadline = effectiveDue(due);
          const counted = workingDaysBetween(today, deadline) <= dueSoonWorkingDays ? 'due_soon' : 'on_track';
          const expected = today > deadline ? 'overdue' : counted;
          expect({
            today,
            due,
            dueSoonWorkingDays,
            got: timeliness({ due, doneAt: null, today, dueSoonWorkingDays }),
          }).toEqual({
            today,
            due,
            dueSoonWorkingDays,
            got: expected,
          });
        }
      }
    }
  });
});

describe('taskTimeliness: cancelled tasks stand apart', () => {
  it.each<[string, Partial<TimelinessInput>]>([
    ['an overdue task', { today: '2026-07-01' }],
    ['a task with no due date', { due: null }],
    ['a task done late', { doneAt: '2026-07-01', today: '2026-07-15' }],
  ])('calls %s that was cancelled "Đã huỷ", never not due nor overdue', (_name, overrides) => {
    const standing = taskTimeliness({ ...state(overrides), cancelled: true });
    expect(standing).toBe('cancelled');
    expect(TASK_TIMELINESS_LABELS_VI[standing]).toBe('Đã huỷ');
  });

  it('answers as timeliness() for a task that is not cancelled', () => {
    expect(taskTimeliness({ ...state({ today: '2026-07-01' }), cancelled: false })).toBe('overdue');
    expect(taskTimeliness({ ...state({ due: null }), cancelled: false })).toBe('not_due');
  });

  it('still rejects a malformed date of a cancelled task, naming the field', () => {
    expect(() => taskTimeliness({ ...state({ due: '30/06/2026' }), cancelled: true })).toThrow(/due/);
  });

  it('leaves a cancelled task out of the four report categories, and keeps the others', () => {
    expect(taskReportCategory('cancelled')).toBeNull();
    for (const standing of TASK_TIMELINESS.filter((value) => value !== 'cancelled')) {
      expect(taskReportCategory(standing)).toBe(reportCategory(standing));
    }
  });

  it('lists every standing once, with a label', () => {
    expect(new Set(TASK_TIMELINESS).size).toBe(TASK_TIMELINESS.length);
    expect(Object.keys(TASK_TIMELINESS_LABELS_VI).sort()).toEqual([...TASK_TIMELINESS].sort());
  });
});
