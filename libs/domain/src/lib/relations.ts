/**
 * How a user's unit stands towards one task. Permissions follow from these relations and the
 * user's roles, never from the user's identity alone.
 */
export const UNIT_RELATIONS = [
  'lead',
  'cooperator',
  'reviewer_unit',
  'approver_unit',
  'leadership',
  'none',
] as const;
export type UnitRelation = (typeof UNIT_RELATIONS)[number];
