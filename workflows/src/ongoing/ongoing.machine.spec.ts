import { columnOf } from '../lib/columns';
import { acceptedAs, decideAs, fixtureTask } from '../testing/scenarios';

describe('ongoing workflow', () => {
  it('starts in progress, in the draft column, and collects progress reports by period', () => {
    const task = fixtureTask('ongoing', { progressPeriod: 'half_year' });
    expect(task.state).toBe('in_progress');
    expect(columnOf('ongoing', task.state)).toBe('draft');
    const once = acceptedAs(task, 'lead_staff', 'REPORT_PROGRESS', { now: '2026-05-02T02:00:00Z' });
    const twice = acceptedAs(once, 'lead_head', 'REPORT_PROGRESS', {
      now: '2026-08-02T02:00:00Z',
      payload: { summary: 'Hoàn thành 9/9 khu phố', percentDone: 100 },
    });
    expect(twice.state).toBe('in_progress');
    expect(twice.context.progress.map((report) => [report.periodLabel, report.percentDone])).toEqual([
      ['6 tháng đầu năm 2026', 55],
      ['6 tháng cuối năm 2026', 100],
    ]);
  });

  it('reports quarterly unless the plan says otherwise', () => {
    const reported = acceptedAs(fixtureTask('ongoing'), 'lead_staff', 'REPORT_PROGRESS');
    expect(reported.context.progress[0]?.periodLabel).toBe('Quý I/2026');
  });

  it('closes only in the last period of its span, then is reviewed and approved as usual', () => {
    const task = fixtureTask('ongoing', { spanEnd: '2026-12-31' });
    expect(decideAs(task, 'lead_staff', 'CLOSE', { now: '2026-09-30T03:00:00Z' })).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Chưa đến kỳ báo cáo cuối của nhiệm vụ thường xuyên, chưa thể kết thúc',
    });
    const closed = acceptedAs(task, 'lead_staff', 'CLOSE', { now: '2026-12-15T03:00:00Z' });
    expect(closed.state).toBe('submitted');
    expect(closed.context.progress.map((report) => report.summary)).toEqual(['Tổng kết thực hiện năm 2026']);
    const approved = acceptedAs(acceptedAs(closed, 'reviewer', 'REVIEW'), 'approver', 'APPROVE');
    expect(approved.state).toBe('approved');
  });

  it('keeps reporting after a return and closes again', () => {
    const returned = acceptedAs(
      acceptedAs(fixtureTask('ongoing'), 'lead_staff', 'CLOSE'),
      'reviewer',
      'RETURN',
    );
    const reported = acceptedAs(returned, 'lead_staff', 'REPORT_PROGRESS');
    expect(reported.state).toBe('returned');
    expect(acceptedAs(reported, 'lead_staff', 'CLOSE').state).toBe('submitted');
  });
});
