/**
 * Events the log records beside the workflow's own: administrative corrections of the task row
 * that do not move it through its machine. The fold of the log passes over them; a task's history
 * names each of them (the frontend's `handPlans.events` texts, one per event).
 */
export const ADMIN_EVENTS = [
  'CHOOSE_PRIMARY_LEAD',
  'CHANGE_TYPE',
  /** A task added by hand (or by an import or the scheduler) to a plan in use. */
  'CREATE_TASK',
  /** A correction by hand of the task's wording, deadline, units or type. */
  'EDIT_TASK',
  /** A revised version of the plan corrected the task's wording, deadline, number or units. */
  'AMEND_PLAN',
  /** A revised version of the plan added the task to a plan already in use. */
  'ADD_BY_AMENDMENT',
] as const;
export type AdminEvent = (typeof ADMIN_EVENTS)[number];

export function isAdminEvent(event: string): event is AdminEvent {
  return (ADMIN_EVENTS as readonly string[]).includes(event);
}
