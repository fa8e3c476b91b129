import type { EChartsCoreOption } from 'echarts/core';
import { formatDate } from '../../../core/format/dates';
import type { WeekPointDto } from '../../reports/as-of/as-of-api';

export type WeekSeries = 'doneOnTime' | 'doneLate' | 'overdue';
export const WEEK_SERIES: readonly WeekSeries[] = ['doneOnTime', 'doneLate', 'overdue'];

/** The report categories' colours: green for on time, pale green for late, red for overdue. */
export const WEEK_COLORS: Record<WeekSeries, string> = {
  doneOnTime: '#1a7f37',
  doneLate: '#7fb685',
  overdue: '#cf222e',
};

export const WEEKLY_CHART_HEIGHT = 300;

/**
 * The year week by week: what was handed in each week as stacked bars (on time, late), and the
 * overdue work at each week's end as a line over them. Week numbers along the bottom keep a
 * 390 px phone readable (echarts thins the labels); the legend wraps above.
 */
export function weeklyOptions(
  weeks: readonly WeekPointDto[],
  labels: Record<WeekSeries, string> & { week: string },
): EChartsCoreOption {
  const bar = (key: 'doneOnTime' | 'doneLate') => ({
    name: labels[key],
    type: 'bar',
    stack: 'done',
    itemStyle: { color: WEEK_COLORS[key] },
    data: weeks.map((week) => week[key]),
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis', confine: true },
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemGap: 12, textStyle: { fontSize: 13 } },
    grid: { top: 64, left: 8, right: 16, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      name: labels.week,
      nameLocation: 'middle',
      nameGap: 28,
      data: weeks.map((week) => String(week.week)),
      axisLabel: { fontSize: 12, hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bar('doneOnTime'),
      bar('doneLate'),
      {
        name: labels.overdue,
        type: 'line',
        symbolSize: 6,
        itemStyle: { color: WEEK_COLORS.overdue },
        lineStyle: { width: 2 },
        data: weeks.map((week) => week.overdue),
      },
    ],
  };
}

/** The weeks in words, for screen readers: only the weeks where something happened. */
export function weeklySummary(
  weeks: readonly WeekPointDto[],
  labels: Record<WeekSeries, string>,
  weekLabel: (week: WeekPointDto) => string,
): string {
  return weeks
    .filter((week) => WEEK_SERIES.some((key) => week[key] > 0))
    .map(
      (week) => `${weekLabel(week)}: ${WEEK_SERIES.map((key) => `${labels[key]} ${week[key]}`).join(', ')}`,
    )
    .join('; ');
}

/** "02/03 – 08/03": a week's days as the tooltip and the table say them. */
export function weekDays(week: WeekPointDto): { start: string; end: string } {
  return { start: formatDate(week.start).slice(0, 5), end: formatDate(week.end).slice(0, 5) };
}
