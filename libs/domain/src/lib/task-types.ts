/** Each task type runs its own workflow machine (see DESIGN.md, Workflows). */
export const TASK_TYPES = [
  'document',
  'legal_document',
  'periodic_report',
  'target',
  'ongoing',
  'triggered',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export function isTaskType(value: unknown): value is TaskType {
  return typeof value === 'string' && (TASK_TYPES as readonly string[]).includes(value);
}
