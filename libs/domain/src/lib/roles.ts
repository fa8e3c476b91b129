/** Roles a ward's admin gives its people. */
export const WARD_ROLES = ['staff', 'unit_head', 'reviewer', 'approver', 'leader', 'admin'] as const;
export type WardRole = (typeof WARD_ROLES)[number];

/**
 * What a user may be asked to do, independent of any particular task. `city_admin` is above the
 * wards: it creates wards and grants city-level people access to them. It is given only from the
 * command line (`create-ward --city`), never by a ward's admin.
 */
export const ROLES = [...WARD_ROLES, 'city_admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isWardRole(value: unknown): value is WardRole {
  return typeof value === 'string' && (WARD_ROLES as readonly string[]).includes(value);
}
