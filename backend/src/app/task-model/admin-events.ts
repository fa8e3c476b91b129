/** The administrative events of a task's log, shared with the frontend (which names them in history). */
export { ADMIN_EVENTS, isAdminEvent, type AdminEvent } from '@dondoc/contracts';
