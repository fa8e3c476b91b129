import {
  CALENDAR_YEAR_2026,
  type CalendarYear,
  DEFAULT_CALENDAR,
  workingCalendarOf,
} from '@dondoc/deadlines';
import { initialContext } from '@dondoc/workflows';
import { dueInForce } from '../../task-model/card-timeliness';
import { type AlertRules, dueAlerts, type OpenTask } from './due-alerts';

const task = (id: string, due: string | null, dueOverride: string | null = null): OpenTask => ({
  id,
  wardId: 'ward',
  due,
  context: { ...initialContext(), dueOverride },
});

const rules = (dueSoonWorkingDays = 3, escalateToLeadershipAfterWorkingDays = 3): AlertRules => ({
  dueSoonWorkingDays,
  escalateToLeadershipAfterWorkingDays,
  calendar: DEFAULT_CALENDAR,
});

/** "kind due" of each alert, in order. */
const kinds = (tasks: OpenTask[], today: string, given = rules()) =>
  dueAlerts(tasks, today, given).map((alert) => `${alert.kind} ${alert.due}`);

describe('dueAlerts', () => {
  // Thursday 2026-03-26: Friday 27, Monday 30 and Tuesday 31 are the next working days.
  const today = '2026-03-26';

  it('marks a task due soon when at most the given working days remain', () => {
    expect(dueAlerts([task('a', '2026-03-31')], today, rules())).toEqual([
      { taskId: 'a', wardId: 'ward', kind: 'due_soon', due: '2026-03-31', lateWorkingDays: 0 },
    ]);
    expect(dueAlerts([task('a', '2026-04-01')], today, rules())).toEqual([]);
    expect(dueAlerts([task('a', '2026-04-01')], today, rules(4))).toHaveLength(1);
  });

  it('counts a due date on a weekend from the next working day', () => {
    // Saturday 2026-03-21 moves to Monday 23: not yet overdue on the 23rd
    expect(kinds([task('a', '2026-03-21')], '2026-03-23')).toEqual(['due_soon 2026-03-21']);
    expect(kinds([task('a', '2026-03-21')], '2026-03-24')[0]).toBe('overdue 2026-03-21');
  });

  it('marks a task overdue after its due date, and leaves undated and distant tasks alone', () => {
    expect(
      kinds([task('late', '2026-03-24'), task('undated', null), task('far', '2026-06-30')], today),
    ).toEqual(['overdue 2026-03-24', 'escalated_unit_head 2026-03-24']);
  });

  it('escalates an overdue task to its unit head at once, and to leadership after the working days given', () => {
    // due Friday 20/03: Monday 23, Tuesday 24, Wednesday 25 and Thursday 26 are late working days
    const late = dueAlerts([task('a', '2026-03-20')], today, rules(3, 4));
    expect(late.map((alert) => [alert.kind, alert.lateWorkingDays])).toEqual([
      ['overdue', 4],
      ['escalated_unit_head', 4],
      ['escalated_leadership', 4],
    ]);
    expect(kinds([task('a', '2026-03-20')], today, rules(3, 5))).toEqual([
      'overdue 2026-03-20',
      'escalated_unit_head 2026-03-20',
    ]);
    // a weekend does not count: on Sunday 29/03 a task due Thursday 26 is still 1 working day late
    expect(dueAlerts([task('b', '2026-03-26')], '2026-03-29', rules(3, 2)).map((a) => a.kind)).toEqual([
      'overdue',
      'escalated_unit_head',
    ]);
  });

  it("counts by the ward's calendar: a day the ward has off moves the due date", () => {
    // The ward's 2026 gives Tuesday 30/06 off: a task due that day is due on Wednesday 01/07.
    const wardYear: CalendarYear = {
      ...CALENDAR_YEAR_2026,
      daysOff: [
        ...CALENDAR_YEAR_2026.daysOff,
        { date: '2026-06-30', name: 'Nghỉ theo thông báo của phường', kind: 'bridge' },
      ],
    };
    const wardRules = { ...rules(), calendar: workingCalendarOf([wardYear]) };
    expect(kinds([task('a', '2026-06-30')], '2026-07-01')).toEqual([
      'overdue 2026-06-30',
      'escalated_unit_head 2026-06-30',
    ]);
    expect(kinds([task('a', '2026-06-30')], '2026-07-01', wardRules)).toEqual(['due_soon 2026-06-30']);
  });

  it('follows a granted extension', () => {
    expect(dueInForce(task('a', '2026-03-20', '2026-04-30'))).toBe('2026-04-30');
    expect(dueAlerts([task('a', '2026-03-20', '2026-04-30')], today, rules())).toEqual([]);
    expect(kinds([task('a', '2026-03-20', '2026-03-27')], today)).toEqual(['due_soon 2026-03-27']);
  });
});
