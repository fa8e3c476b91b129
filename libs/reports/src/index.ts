export { planProgress, type PlanProgress } from './lib/charts/plan-progress';
export { TimelineFold, weeklyTimeline, type WeekPoint } from './lib/charts/weekly-timeline';
export { weeksOfYear, type YearWeek } from './lib/charts/year-weeks';
export {
  FiguresFold,
  REPORT_CATEGORIES,
  emptyCounts,
  figuresAsOf,
  figuresOfPeriod,
} from './lib/figures/figures-as-of';
export type { CategoryCounts, ReportFigures } from './lib/figures/figures-as-of';
export type { FiguresOptions, ReportEvent, ReportTask } from './lib/figures/report-inputs';
export { ReportLogError } from './lib/figures/report-log-error';
export type { StandingBucket, TaskStanding } from './lib/figures/task-standing';
export * from './lib/periods/report-periods';
