import type { WeekPointDto } from '../../reports/as-of/as-of-api';
import { weekDays, weeklyOptions, weeklySummary } from './weekly-options';

const LABELS = { doneOnTime: 'Đúng hạn', doneLate: 'Quá hạn (xong)', overdue: 'Đang quá hạn', week: 'Tuần' };
const week = (n: number, over: Partial<WeekPointDto> = {}): WeekPointDto => ({
  week: n,
  start: '2026-03-02',
  end: '2026-03-08',
  doneOnTime: 0,
  doneLate: 0,
  overdue: 0,
  ...over,
});

type Series = { name: string; type: string; stack?: string; data: number[] };

describe('weeklyOptions', () => {
  const weeks = [week(9), week(10, { doneOnTime: 2, doneLate: 1 }), week(11, { overdue: 3 })];

  it('stacks the hand-ins of each week as bars and draws the overdue at each week end as a line', () => {
    const options = weeklyOptions(weeks, LABELS) as { xAxis: { data: string[] }; series: Series[] };
    expect(options.xAxis.data).toEqual(['9', '10', '11']);
    expect(options.series.map((s) => [s.name, s.type, s.stack ?? null])).toEqual([
      ['Đúng hạn', 'bar', 'done'],
      ['Quá hạn (xong)', 'bar', 'done'],
      ['Đang quá hạn', 'line', null],
    ]);
    expect(options.series.map((s) => s.data)).toEqual([
      [0, 2, 0],
      [0, 1, 0],
      [0, 0, 3],
    ]);
  });

  it('keeps a phone readable: legend wrapped above, tooltip inside the chart, labels thinned', () => {
    const options = weeklyOptions(weeks, LABELS) as {
      legend: { left: number; right: number };
      tooltip: { confine: boolean };
      xAxis: { axisLabel: { hideOverlap: boolean } };
    };
    expect(options.legend).toMatchObject({ left: 0, right: 0 });
    expect(options.tooltip.confine).toBe(true);
    expect(options.xAxis.axisLabel.hideOverlap).toBe(true);
  });

  it('says in words only the weeks where something happened', () => {
    const summary = weeklySummary(weeks, LABELS, (one) => `Tuần ${one.week}`);
    expect(summary).toBe(
      'Tuần 10: Đúng hạn 2, Quá hạn (xong) 1, Đang quá hạn 0; Tuần 11: Đúng hạn 0, Quá hạn (xong) 0, Đang quá hạn 3',
    );
    expect(weekDays(week(10))).toEqual({ start: '02/03', end: '08/03' });
  });
});
