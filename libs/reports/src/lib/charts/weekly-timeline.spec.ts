import { figuresAsOf } from '../figures/figures-as-of';
import { endOfVietnamDay } from '../periods/report-periods';
import { reportTask, TaskHistory } from '../testing/task-history';
import { weeklyTimeline } from './weekly-timeline';

const vn = (monthDay: string, time = '09:00') => new Date(`2026-${monthDay}T${time}:00+07:00`).toISOString();

/** Due Tuesday 10/3/2026 (week 11: 9–15/3); handed in 12/3 and approved 16/3: done late in week 11. */
const late = () =>
  new TaskHistory('late', 'document')
    .step('lead_staff', 'SUBMIT', vn('03-12'))
    .step('reviewer', 'REVIEW', vn('03-13'))
    .step('approver', 'APPROVE', vn('03-16'));

/** Handed in on 3/3 (week 10), approved 5/3: on time. */
const onTime = () =>
  new TaskHistory('on-time', 'document')
    .step('lead_staff', 'SUBMIT', vn('03-03'))
    .step('reviewer', 'REVIEW', vn('03-04'))
    .step('approver', 'APPROVE', vn('03-05'));

/** Never handed in; an extension to 30/6 granted on 25/3 (week 13) ends its overdue weeks. */
const extended = () =>
  new TaskHistory('extended', 'document')
    .step('lead_staff', 'REQUEST_EXTENSION', vn('03-09'), { newDue: '2026-06-30' })
    .step('approver', 'GRANT_EXTENSION', vn('03-25'));

const tasks = [reportTask({ id: 'late' }), reportTask({ id: 'on-time' }), reportTask({ id: 'extended' })];
const events = [late(), onTime(), extended()].flatMap((history) => history.events);

describe('weeklyTimeline', () => {
  const points = weeklyTimeline(tasks, events, 2026, vn('04-01', '12:00'));
  const week = (n: number) => points.find((point) => point.week === n);

  it('stops at the week under way', () => {
    expect(points.at(-1)).toMatchObject({ week: 14, start: '2026-03-30', end: '2026-04-05' });
  });

  it('counts done work in the week it was handed in, on time or late by the deadline in force', () => {
    expect(week(10)).toMatchObject({ doneOnTime: 1, doneLate: 0 });
    expect(week(11)).toMatchObject({ doneOnTime: 0, doneLate: 1 });
    expect(points.reduce((sum, point) => sum + point.doneOnTime + point.doneLate, 0)).toBe(2);
  });

  it('counts overdue work at each week end, an extension granted later not counting back', () => {
    // Week 11 ends 15/3: 'late' handed in but not approved, 'extended' past 10/3 with no extension yet.
    expect(week(11)?.overdue).toBe(2);
    expect(week(12)?.overdue).toBe(1);
    expect(week(13)?.overdue).toBe(0);
    expect(week(10)?.overdue).toBe(0);
  });

  it('agrees with the figures as of each week end', () => {
    for (const point of points.slice(0, -1)) {
      const figures = figuresAsOf(tasks, events, endOfVietnamDay(point.end));
      expect(point.overdue).toBe(figures.overall.in_progress_overdue);
    }
  });

  it('has no week before the year began', () => {
    expect(weeklyTimeline(tasks, events, 2027, vn('04-01'))).toEqual([]);
  });
});
