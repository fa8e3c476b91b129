import type { EChartsCoreOption } from 'echarts/core';
import type { PlanProgressDto } from '../../reports/as-of/as-of-api';

export type ProgressSeries = 'done' | 'due';
export const PROGRESS_SERIES: readonly ProgressSeries[] = ['done', 'due'];
export const PROGRESS_COLORS: Record<ProgressSeries, string> = { done: '#1a7f37', due: '#9a6700' };

const BAR_ROW_PX = 56;
const CHROME_PX = 110;

/** A share of a plan's counted tasks, in whole percent (0 for a plan without any). */
export function percentOf(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part * 100) / total);
}

export function progressHeight(plans: readonly PlanProgressDto[]): number {
  return CHROME_PX + BAR_ROW_PX * Math.max(1, plans.length);
}

/**
 * Per plan, two bars on one 0–100 % scale: the share done and the share whose deadline has passed.
 * A plan on schedule has its green bar at least as long as its amber one. Plans are named by their
 * symbol (short enough for a 390 px phone; the full title is in the tooltip's row and the table),
 * the first plan on top.
 */
export function planProgressOptions(
  plans: readonly PlanProgressDto[],
  labels: Record<ProgressSeries, string>,
): EChartsCoreOption {
  const rows = [...plans].reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: percent },
    legend: { type: 'plain', top: 0, left: 0, right: 0, itemGap: 12, textStyle: { fontSize: 13 } },
    grid: { top: 48, left: 8, right: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      data: rows.map((plan) => plan.symbol || plan.title),
      axisLabel: { width: 110, overflow: 'truncate', fontSize: 13 },
    },
    series: PROGRESS_SERIES.map((key) => ({
      name: labels[key],
      type: 'bar',
      itemStyle: { color: PROGRESS_COLORS[key] },
      label: { show: true, position: 'right', formatter: '{c}%', fontSize: 12 },
      data: rows.map((plan) => percentOf(plan[key], plan.total)),
    })),
  };
}

function percent(value: unknown): string {
  return `${String(value)}%`;
}

/** The chart in words, for screen readers. */
export function planProgressSummary(
  plans: readonly PlanProgressDto[],
  labels: Record<ProgressSeries | 'overdue', string>,
): string {
  return plans
    .map(
      (plan) =>
        `${plan.symbol || plan.title}: ${PROGRESS_SERIES.map(
          (key) => `${labels[key]} ${percentOf(plan[key], plan.total)}% (${plan[key]}/${plan.total})`,
        ).join(', ')}, ${labels.overdue} ${plan.overdue}`,
    )
    .join('; ');
}
