import type { CategoryCounts } from '@dondoc/contracts';

/** The four categories of the Government Office, in the order reports print them. */
export const REPORT_CATEGORY_KEYS = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'in_progress_overdue',
] as const satisfies readonly (keyof CategoryCounts)[];

/** The table's columns: the four, then the cancelled tasks, counted apart. */
export const FIGURE_COLUMNS: readonly (keyof CategoryCounts)[] = [...REPORT_CATEGORY_KEYS, 'cancelled'];
