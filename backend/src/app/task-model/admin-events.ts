/**
 * Events the log records beside the workflow's own: administrative corrections of the task row
 * that do not move it through its machine. The fold of the log passes over them.
 */
export const ADMIN_EVENTS = ['CHOOSE_PRIMARY_LEAD', 'CHANGE_TYPE', 'CREATE_TASK', 'EDIT_TASK'] as const;
export type AdminEvent = (typeof ADMIN_EVENTS)[number];

export function isAdminEvent(event: string): event is AdminEvent {
  return (ADMIN_EVENTS as readonly string[]).includes(event);
}
