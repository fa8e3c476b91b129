import type { BoardColumn, TaskType } from '@dondoc/domain';
import { STATES_OF } from './registry';

/** Where each state's card stands: sub-states sit in the spine column they belong to. */
const COLUMN_OF_STATE: Record<string, BoardColumn> = {
  waiting: 'waiting',
  draft: 'draft',
  in_progress: 'draft',
  consultation: 'draft',
  consulted: 'draft',
  submitted: 'submitted',
  'submitted.appraisal': 'submitted',
  'submitted.appraised': 'submitted',
  reviewed: 'reviewed',
  returned: 'returned',
  approved: 'approved',
  cancelled: 'cancelled',
};

/** The sub-states a card shows as a badge inside its column. */
const BADGE_OF_STATE: Record<string, string> = {
  in_progress: 'in_progress',
  consultation: 'consultation',
  consulted: 'consulted',
  'submitted.appraisal': 'appraisal',
  'submitted.appraised': 'appraised',
};

export function isStateOf(type: TaskType, state: string): boolean {
  return STATES_OF[type]?.includes(state) ?? false;
}

/** @throws when the state is not one of the type's states: a caller bug, not user input. */
export function columnOf(type: TaskType, state: string): BoardColumn {
  const column = isStateOf(type, state) ? COLUMN_OF_STATE[state] : undefined;
  if (column === undefined) throw new Error(`Unknown state '${state}' for task type '${type}'`);
  return column;
}

export function badgeOf(type: TaskType, state: string): string | null {
  return isStateOf(type, state) ? (BADGE_OF_STATE[state] ?? null) : null;
}
