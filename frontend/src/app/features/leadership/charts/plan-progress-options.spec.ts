import type { PlanProgressDto } from '../../reports/as-of/as-of-api';
import { percentOf, planProgressOptions, planProgressSummary, progressHeight } from './plan-progress-options';

const LABELS = { done: 'Đã hoàn thành', due: 'Đã đến hạn', overdue: 'Đang quá hạn' };
const plan = (over: Partial<PlanProgressDto>): PlanProgressDto => ({
  planId: 'p1',
  symbol: '158/KH-UBND',
  title: 'Kế hoạch cải cách hành chính năm 2026',
  total: 8,
  done: 2,
  due: 4,
  overdue: 2,
  ...over,
});

type Series = { name: string; type: string; data: number[] };

describe('planProgressOptions', () => {
  const plans = [
    plan({}),
    plan({ planId: 'p2', symbol: '226/KH-UBND', total: 3, done: 3, due: 1, overdue: 0 }),
  ];

  it('sets each plan’s share done beside its share past the deadline, the first plan on top', () => {
    const options = planProgressOptions(plans, LABELS) as {
      xAxis: { min: number; max: number };
      yAxis: { data: string[] };
      series: Series[];
    };
    expect(options.xAxis).toMatchObject({ min: 0, max: 100 });
    expect(options.yAxis.data).toEqual(['226/KH-UBND', '158/KH-UBND']);
    expect(options.series.map((s) => [s.name, s.type, s.data])).toEqual([
      ['Đã hoàn thành', 'bar', [100, 25]],
      ['Đã đến hạn', 'bar', [33, 50]],
    ]);
  });

  it('names a plan without a symbol by its title, truncated for a phone', () => {
    const options = planProgressOptions([plan({ symbol: '' })], LABELS) as {
      yAxis: { data: string[]; axisLabel: { width: number; overflow: string } };
    };
    expect(options.yAxis.data).toEqual(['Kế hoạch cải cách hành chính năm 2026']);
    expect(options.yAxis.axisLabel).toMatchObject({ width: 110, overflow: 'truncate' });
  });

  it('grows with the plans, counts a plan without tasks as 0 % and says every bar in words', () => {
    expect(progressHeight(plans) - progressHeight([plans[0]])).toBe(56);
    expect(percentOf(1, 0)).toBe(0);
    expect(planProgressSummary([plans[0]], LABELS)).toBe(
      '158/KH-UBND: Đã hoàn thành 25% (2/8), Đã đến hạn 50% (4/8), Đang quá hạn 2',
    );
  });
});
