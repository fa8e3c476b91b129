import { parseDeadline } from '@dondoc/deadlines';
import { FIXTURE_UNITS } from '@dondoc/workflows';
import { periodByKey } from '../periods/report-periods';
import { reportTask, TaskHistory } from '../testing/task-history';
import { figuresAsOf, figuresOfPeriod } from './figures-as-of';
import type { FiguresOptions, ReportEvent, ReportTask } from './report-inputs';
import { ReportLogError } from './report-log-error';

/** Vietnam wall-clock time on a day of 2026 (UTC+7), as the instant the backend would log. */
const vn = (monthDay: string, time = '09:00') => new Date(`2026-${monthDay}T${time}:00+07:00`).toISOString();
const Q1 = periodByKey('2026-Q1', 'nd09') ?? { cutOff: '' };

/** Task due 10/3/2026 (a Tuesday): submitted 12/3, reviewed 13/3, approved 16/3, after Q1's cut-off (14/3). */
function approvedLate() {
  return new TaskHistory('late', 'document')
    .step('lead_staff', 'SUBMIT', vn('03-12'))
    .step('reviewer', 'REVIEW', vn('03-13'))
    .step('approver', 'APPROVE', vn('03-16'));
}

/** Returned by the reviewer, then by the approver; handed in again on the due day, approved after it. */
function returnedTwice() {
  return new TaskHistory('returned', 'document')
    .step('lead_staff', 'SUBMIT', vn('03-02'))
    .step('reviewer', 'RETURN', vn('03-03'), { reason: 'Thiếu số liệu' })
    .step('lead_staff', 'SUBMIT', vn('03-05'))
    .step('reviewer', 'REVIEW', vn('03-06'))
    .step('approver', 'RETURN', vn('03-09'), { reason: 'Sai thể thức' })
    .step('lead_staff', 'SUBMIT', vn('03-10', '16:00'))
    .step('reviewer', 'REVIEW', vn('03-11'))
    .step('approver', 'APPROVE', vn('03-12'));
}

/** Asked on 9/3 to move the due date to 30/6; granted on 20/3, after the cut-off. */
function extendedLater(id = 'extended', grantedOn = '03-20') {
  return new TaskHistory(id, 'document')
    .step('lead_staff', 'REQUEST_EXTENSION', vn('03-09'), { newDue: '2026-06-30' })
    .step('approver', 'GRANT_EXTENSION', vn(grantedOn));
}

function cancelledEarly() {
  return new TaskHistory('cancelled', 'document').step('approver', 'CANCEL', vn('02-02'), {
    reason: 'Nhiệm vụ không phát sinh',
  });
}

function only(history: TaskHistory, instant: string, options: FiguresOptions, task?: Partial<ReportTask>) {
  const figures = figuresAsOf(
    [reportTask({ id: history.taskId, ...task })],
    history.events,
    instant,
    options,
  );
  return { figures, standing: figures.standings[0] };
}

describe.each<FiguresOptions['fold']>(['log', 'replay'])('figures as of an instant, %s fold', (fold) => {
  const options = { fold };

  it('counts a task approved after the cut-off as overdue then and as done late afterwards', () => {
    const history = approvedLate();
    expect(only(history, Q1.cutOff, options).standing).toMatchObject({
      state: 'reviewed',
      bucket: 'in_progress_overdue',
      due: '2026-03-10',
      doneOn: null,
      daysLate: 4,
    });
    expect(only(history, vn('03-31'), options).standing).toMatchObject({
      state: 'approved',
      bucket: 'completed_late',
      doneOn: '2026-03-12',
      daysLate: 2,
    });
  });

  it('dates done work from its last hand-in, whatever the returns before', () => {
    const history = returnedTwice();
    expect(only(history, vn('03-09', '12:00'), options).standing).toMatchObject({
      state: 'returned',
      bucket: 'in_progress_on_time',
    });
    // Handed in on the due day but not approved yet: still work in progress, now overdue.
    expect(only(history, vn('03-11', '12:00'), options).standing).toMatchObject({
      state: 'reviewed',
      bucket: 'in_progress_overdue',
      daysLate: 1,
    });
    expect(only(history, Q1.cutOff, options).standing).toMatchObject({
      state: 'approved',
      bucket: 'completed_on_time',
      doneOn: '2026-03-10',
      daysLate: null,
    });
  });

  it('keeps the deadline in force at the cut-off when the extension is granted after it', () => {
    const history = extendedLater();
    expect(only(history, Q1.cutOff, options).standing).toMatchObject({
      bucket: 'in_progress_overdue',
      due: '2026-03-10',
      daysLate: 4,
    });
    expect(only(history, vn('03-21'), options).standing).toMatchObject({
      bucket: 'in_progress_on_time',
      due: '2026-06-30',
      daysLate: null,
    });
    expect(only(extendedLater('in-time', '03-12'), Q1.cutOff, options).standing).toMatchObject({
      bucket: 'in_progress_on_time',
      due: '2026-06-30',
    });
  });

  it('sets a task cancelled before the cut-off apart from the four categories', () => {
    const history = cancelledEarly();
    const atCutOff = only(history, Q1.cutOff, options);
    expect(atCutOff.standing).toMatchObject({ bucket: 'cancelled', timeliness: null });
    expect(atCutOff.figures.overall).toMatchObject({ total: 0, cancelled: 1 });
    const before = only(history, vn('01-20'), options);
    expect(before.standing.bucket).toBe('in_progress_on_time');
    expect(before.figures.overall).toMatchObject({ total: 1, cancelled: 0 });
  });

  it('gives the four categories per plan, unit, section and type, leaving out tasks not yet created', () => {
    const histories = [approvedLate(), returnedTwice(), extendedLater(), cancelledEarly()];
    const tasks = [
      reportTask({ id: 'late' }),
      reportTask({ id: 'returned', sectionKey: 'II', leadUnitId: FIXTURE_UNITS.cooperator }),
      reportTask({ id: 'extended', planId: 'plan-226' }),
      reportTask({ id: 'cancelled' }),
      reportTask({ id: 'created-later', createdAt: vn('03-20'), type: 'target', due: '2026-06-30' }),
    ];
    const figures = figuresOfPeriod(
      tasks,
      histories.flatMap((history) => history.events),
      Q1,
      options,
    );
    const counts = (on: number, late: number, open: number, overdue: number, cancelled: number) => ({
      completed_on_time: on,
      completed_late: late,
      in_progress_on_time: open,
      in_progress_overdue: overdue,
      total: on + late + open + overdue,
      cancelled,
    });
    expect(figures.asOf).toBe('2026-03-14T16:59:59.999Z');
    expect(figures.today).toBe('2026-03-14');
    expect(figures.overall).toEqual(counts(1, 0, 0, 2, 1));
    expect(figures.byPlan).toEqual([
      { planId: 'plan-158', counts: counts(1, 0, 0, 1, 1) },
      { planId: 'plan-226', counts: counts(0, 0, 0, 1, 0) },
    ]);
    expect(figures.byUnit).toEqual(
      [
        { unitId: FIXTURE_UNITS.lead, counts: counts(0, 0, 0, 2, 1) },
        { unitId: FIXTURE_UNITS.cooperator, counts: counts(1, 0, 0, 0, 0) },
      ].sort((a, b) => (a.unitId < b.unitId ? -1 : 1)),
    );
    expect(figures.bySection).toEqual([
      { planId: 'plan-158', sectionKey: 'I', counts: counts(0, 0, 0, 1, 1) },
      { planId: 'plan-158', sectionKey: 'II', counts: counts(1, 0, 0, 0, 0) },
      { planId: 'plan-226', sectionKey: 'I', counts: counts(0, 0, 0, 1, 0) },
    ]);
    expect(figures.byType).toEqual([{ type: 'document', counts: counts(1, 0, 0, 2, 1) }]);
    expect(figures.standings.map((standing) => standing.taskId)).toEqual([
      'late',
      'returned',
      'extended',
      'cancelled',
    ]);
  });

  it('counts a fan-out through its children, and a parent alone while none of its children exists', () => {
    const tasks = [
      reportTask({ id: 'all-units', leadUnitId: null }),
      reportTask({ id: 'child-a', parentId: 'all-units' }),
      reportTask({ id: 'child-b', parentId: 'all-units', leadUnitId: FIXTURE_UNITS.cooperator }),
      reportTask({ id: 'series', type: 'periodic_report', due: null }),
      reportTask({ id: 'series-q2', parentId: 'series', type: 'periodic_report', createdAt: vn('05-01') }),
    ];
    const atCutOff = figuresAsOf(tasks, [], Q1.cutOff, options);
    expect(atCutOff.standings.map((standing) => standing.taskId)).toEqual(['child-a', 'child-b', 'series']);
    expect(atCutOff.overall.total).toBe(3);
    const later = figuresAsOf(tasks, [], vn('05-02'), options);
    expect(later.standings.map((standing) => standing.taskId)).toEqual(['child-a', 'child-b', 'series-q2']);
  });

  it('reads an event logged just after midnight in Vietnam into the next day', () => {
    const history = new TaskHistory('edge', 'document')
      .step('lead_staff', 'SUBMIT', vn('03-05'))
      .step('reviewer', 'REVIEW', vn('03-06'))
      .step('approver', 'APPROVE', '2026-03-14T17:30:00.000Z');
    expect(only(history, Q1.cutOff, options).standing.state).toBe('reviewed');
    expect(only(history, '2026-03-14T17:30:00.000Z', options).standing.state).toBe('approved');
  });

  it('starts a triggered task’s clock on its recorded trigger', () => {
    const deadline = parseDeadline('Trong thời hạn 30 ngày kể từ ngày nhận được kết luận kiểm tra');
    const history = new TaskHistory('triggered', 'triggered').step(
      'lead_staff',
      'RECORD_TRIGGER',
      vn('03-02'),
      {
        triggerDate: '2026-03-01',
      },
    );
    const task = { type: 'triggered' as const, due: null, deadline };
    expect(only(history, vn('02-15'), options, task).standing).toMatchObject({
      state: 'waiting',
      due: null,
      bucket: 'in_progress_on_time',
    });
    expect(only(history, vn('04-02'), options, task).standing).toMatchObject({
      state: 'draft',
      due: '2026-03-31',
      bucket: 'in_progress_overdue',
      daysLate: 2,
    });
  });

  it('gives a task the type and lead it had before an administrative correction', () => {
    const history = new TaskHistory('retyped', 'document').step('lead_staff', 'SUBMIT', vn('03-02'));
    const corrections: ReportEvent[] = [
      {
        taskId: 'retyped',
        event: 'CHANGE_TYPE',
        fromState: 'waiting',
        toState: 'draft',
        version: 2,
        payload: { from: 'triggered', to: 'document' },
        at: vn('01-06'),
      },
      {
        taskId: 'retyped',
        event: 'CHOOSE_PRIMARY_LEAD',
        fromState: 'draft',
        toState: 'draft',
        version: 3,
        payload: { unitId: FIXTURE_UNITS.lead },
        at: vn('02-01'),
      },
    ];
    const events = [
      ...corrections,
      ...history.events.map((event) => ({ ...event, version: event.version + 2 })),
    ];
    const task = [reportTask({ id: 'retyped' })];
    expect(figuresAsOf(task, events, vn('01-05', '12:00'), options).standings[0]).toMatchObject({
      type: 'triggered',
      state: 'waiting',
      leadUnitId: null,
    });
    expect(figuresAsOf(task, events, vn('01-20'), options).byUnit).toEqual([
      { unitId: null, counts: expect.objectContaining({ in_progress_on_time: 1 }) },
    ]);
    expect(figuresAsOf(task, events, vn('03-03'), options).standings[0]).toMatchObject({
      type: 'document',
      state: 'submitted',
      leadUnitId: FIXTURE_UNITS.lead,
    });
  });

  it('refuses a log its machine could not have written, and an unreadable instant', () => {
    const history = approvedLate();
    const broken = history.events.filter((event) => event.event !== 'REVIEW');
    expect(() => figuresAsOf([reportTask({ id: 'late' })], broken, vn('03-31'), options)).toThrow(
      ReportLogError,
    );
    expect(() => figuresAsOf([], [], 'hôm nay', options)).toThrow(RangeError);
  });
});
