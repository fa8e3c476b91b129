import { aFigures } from '../testing/report-factories';
import { chartHeight, unitFiguresOptions, unitFiguresSummary } from './unit-figures-options';

const LABELS = {
  completed_on_time: 'Đúng hạn',
  completed_late: 'Quá hạn (xong)',
  in_progress_on_time: 'Trong hạn',
  in_progress_overdue: 'Quá hạn',
};

type Series = { name: string; type: string; stack: string; data: number[] };

describe('unitFiguresOptions', () => {
  it('stacks the four categories per unit as horizontal bars, the first unit on top', () => {
    const options = unitFiguresOptions(aFigures(), LABELS) as {
      yAxis: { type: string; data: string[] };
      xAxis: { type: string };
      series: Series[];
    };
    expect(options.xAxis.type).toBe('value');
    expect(options.yAxis.type).toBe('category');
    // echarts draws a category axis bottom-up: reversed, the first unit of the figures is on top
    expect(options.yAxis.data).toEqual(['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Văn hoá – Xã hội']);
    expect(options.series.map((s) => s.name)).toEqual(['Đúng hạn', 'Quá hạn (xong)', 'Trong hạn', 'Quá hạn']);
    expect(new Set(options.series.map((s) => `${s.type}/${s.stack}`))).toEqual(new Set(['bar/tasks']));
    expect(options.series.map((s) => s.data)).toEqual([
      [0, 3],
      [0, 1],
      [4, 0],
      [0, 2],
    ]);
  });

  it('leaves the cancelled out of the bars: each bar is the four categories of its unit', () => {
    const figures = aFigures();
    const options = unitFiguresOptions(figures, LABELS) as { series: Series[] };
    const barOf = (row: number) => options.series.reduce((sum, s) => sum + s.data[row], 0);
    expect(barOf(0)).toBe(figures.byUnit[1].counts.total);
    expect(barOf(1)).toBe(figures.byUnit[0].counts.total);
  });

  it('wraps the legend across the width and keeps long unit names from eating a phone screen', () => {
    const options = unitFiguresOptions(aFigures(), LABELS) as {
      legend: { type: string; left: number; right: number };
      yAxis: { axisLabel: { width: number; overflow: string } };
    };
    expect(options.legend).toMatchObject({ type: 'plain', left: 0, right: 0 });
    expect(options.yAxis.axisLabel).toMatchObject({ width: 120, overflow: 'truncate' });
  });

  it('grows with the number of units and says every bar in words', () => {
    const two = aFigures();
    const four = aFigures({ byUnit: [...two.byUnit, ...two.byUnit] });
    expect(chartHeight(four) - chartHeight(two)).toBe(2 * 36);
    expect(unitFiguresSummary(two, LABELS)).toContain(
      'Phòng Văn hoá – Xã hội: Đúng hạn 3, Quá hạn (xong) 1, Trong hạn 0, Quá hạn 2',
    );
  });
});
