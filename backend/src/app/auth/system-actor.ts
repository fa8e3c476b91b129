import type { AuthUser } from './auth-user';

/** Who the event log names when the scheduler moves a task: an administrator of the task's ward. */
export function systemActor(wardId: string): AuthUser {
  return { id: 'system', username: 'system', fullName: 'Hệ thống', wardId, unitId: null, roles: ['admin'] };
}
