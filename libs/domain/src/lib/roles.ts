/** What a user may be asked to do, independent of any particular task. */
export const ROLES = ['staff', 'unit_head', 'reviewer', 'approver', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
