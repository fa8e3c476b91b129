/**
 * The columns of every board: the shared spine of all workflows. Type-specific sub-states
 * (consultation, appraisal…) are shown inside one of these columns with a badge.
 */
export const BOARD_COLUMNS = [
  'waiting',
  'draft',
  'returned',
  'submitted',
  'reviewed',
  'approved',
  'cancelled',
] as const;
export type BoardColumn = (typeof BOARD_COLUMNS)[number];

export function isBoardColumn(value: unknown): value is BoardColumn {
  return typeof value === 'string' && (BOARD_COLUMNS as readonly string[]).includes(value);
}
