import type { CalendarYear, NationalHolidayRules } from '@dondoc/deadlines';
import type { Role } from '@dondoc/domain';

/**
 * The administration area (/quan-tri): a ward's admin manages its units, groups, people,
 * settings and working calendar. Every route is under /api/admin and acts on the caller's ward.
 */

export const UNIT_KINDS = ['leadership', 'office', 'specialist', 'public_service', 'outside'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface AdminUnitDto {
  id: string;
  code: string;
  name: string;
  /** Null until the admin says. */
  kind: UnitKind | null;
  aliases: string[];
  active: boolean;
}

export interface AdminUnitGroupDto {
  id: string;
  name: string;
  aliases: string[];
  /** 'all' (every active unit of the ward), the member units' ids, or none: a body outside the ward. */
  members: 'all' | string[];
}

export interface AdminUserDto {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  unitId: string | null;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
}

/** A password the server made up: shown once, in this answer, never stored in clear. */
export interface OneTimePasswordDto {
  username: string;
  oneTimePassword: string;
}

export interface CreatedUserDto {
  user: AdminUserDto;
  oneTimePassword: string;
}

/** One row of a people sheet as read, with everything wrong with it (empty when it can be created). */
export interface PeopleImportRowDto {
  /** The row number in the sheet (1 is the header row). */
  row: number;
  username: string;
  fullName: string;
  unitCode: string;
  roles: string[];
  email: string | null;
  problems: string[];
}

export interface PeopleImportPreviewDto {
  rows: PeopleImportRowDto[];
  /** Rows with problems; nothing is created while this is above zero. */
  brokenRows: number;
}

export interface PeopleImportResultDto {
  created: OneTimePasswordDto[];
}

export type BeforeDateReading = 'previous_day' | 'same_day';

export interface WardSettingsDto {
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /** "Trước ngày D": due on D−1 ('previous_day', the usual reading) or on D ('same_day'). */
  beforeDateReading: BeforeDateReading;
  dueSoonWorkingDays: number;
  digestHour: number;
}

/** A plan a name was met in: a task's lead or cooperator cell writes it. */
export interface NamePlanDto {
  id: string;
  symbol: string;
  title: string;
}

/** One name of a unit (an alias) or of a group (its name or a wording), with the plans it was met in. */
export interface NameUseDto {
  name: string;
  plans: NamePlanDto[];
}

/** Where the ward's catalog of names came from: per unit and per group, each name and its plans. */
export interface NameUsesDto {
  units: { unitId: string; uses: NameUseDto[] }[];
  groups: { groupId: string; uses: NameUseDto[] }[];
}

export interface AdminCalendarDto {
  /** The years around today as the ward counts them: stored, shipped or provisional ("dự kiến"). */
  years: CalendarYear[];
  rules: NationalHolidayRules;
}

export const ADMIN_API = {
  units: '/api/admin/units',
  unit: (unitId: string) => `/api/admin/units/${encodeURIComponent(unitId)}`,
  unitAliases: (unitId: string) => `/api/admin/units/${encodeURIComponent(unitId)}/aliases`,
  unitDeactivate: (unitId: string) => `/api/admin/units/${encodeURIComponent(unitId)}/deactivate`,
  unitReactivate: (unitId: string) => `/api/admin/units/${encodeURIComponent(unitId)}/reactivate`,
  groups: '/api/admin/groups',
  nameUses: '/api/admin/name-uses',
  group: (groupId: string) => `/api/admin/groups/${encodeURIComponent(groupId)}`,
  users: '/api/admin/users',
  user: (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}`,
  userDeactivate: (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}/deactivate`,
  userReactivate: (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}/reactivate`,
  userPasswordReset: (userId: string) => `/api/admin/users/${encodeURIComponent(userId)}/password-reset`,
  usersImportPreview: '/api/admin/users/import/preview',
  usersImport: '/api/admin/users/import',
  settings: '/api/admin/settings',
  calendar: '/api/admin/calendar',
  calendarYear: '/api/admin/calendar/year',
  calendarConfirm: '/api/admin/calendar/confirm',
  calendarRules: '/api/admin/calendar/rules',
} as const;

/** The form field of a people sheet upload. */
export const PEOPLE_SHEET_FIELD = 'file';

/** The error detail a login answers when the password was a one-time password to be changed first. */
export const MUST_CHANGE_PASSWORD = 'MUST_CHANGE_PASSWORD';

export interface ChangePasswordRequest {
  username: string;
  password: string;
  newPassword: string;
}
