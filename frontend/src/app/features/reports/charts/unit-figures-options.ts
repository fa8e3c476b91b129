import type { EChartsCoreOption } from 'echarts/core';
import { REPORT_CATEGORY_KEYS } from '../figure-columns';
import type { FiguresDto } from '../reports.types';

export type CategoryKey = (typeof REPORT_CATEGORY_KEYS)[number];

/** The four categories' colours: greens for done, amber and red for what is still open. */
export const CATEGORY_COLORS: Record<CategoryKey, string> = {
  completed_on_time: '#1a7f37',
  completed_late: '#7fb685',
  in_progress_on_time: '#d4a72c',
  in_progress_overdue: '#cf222e',
};

/** Room per unit bar and for the legend and axis: the chart grows with the ward, never squeezes bars. */
const BAR_ROW_PX = 36;
const CHROME_PX = 120;

export function chartHeight(figures: FiguresDto): number {
  return CHROME_PX + BAR_ROW_PX * Math.max(1, figures.byUnit.length);
}

/**
 * Per unit, the four categories as stacked horizontal bars: unit names read along the left on a
 * 390 px phone (truncated, full in the tooltip), the legend wraps above, the first unit on top.
 */
export function unitFiguresOptions(
  figures: FiguresDto,
  labels: Record<CategoryKey, string>,
): EChartsCoreOption {
  const units = [...figures.byUnit].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemGap: 12, textStyle: { fontSize: 13 } },
    grid: { top: 64, left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: units.map((unit) => unit.unitName),
      axisLabel: { width: 120, overflow: 'truncate', fontSize: 13 },
    },
    series: REPORT_CATEGORY_KEYS.map((key) => ({
      name: labels[key],
      type: 'bar',
      stack: 'tasks',
      itemStyle: { color: CATEGORY_COLORS[key] },
      emphasis: { focus: 'series' },
      data: units.map((unit) => unit.counts[key]),
    })),
  };
}

/** The chart said in words, for screen readers (the canvas itself is an image). */
export function unitFiguresSummary(figures: FiguresDto, labels: Record<CategoryKey, string>): string {
  return figures.byUnit
    .map(
      (unit) =>
        `${unit.unitName}: ${REPORT_CATEGORY_KEYS.map((key) => `${labels[key]} ${unit.counts[key]}`).join(', ')}`,
    )
    .join('; ');
}
