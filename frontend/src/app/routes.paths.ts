/** Route paths in Vietnamese, as users see them in the address bar. */
export const LOGIN_PATH = 'dang-nhap';
export const PLAN_PATH = 'ke-hoach';
export const LEADERSHIP_PATH = 'lanh-dao';
export const UNIT_BOARD_PATH = 'don-vi';
export const REPORTS_PATH = 'bao-cao';
export const ADMIN_PATH = 'quan-tri';
export const PLAN_IMPORT_PATH = 'nhap-ke-hoach';
/** A unit's part of a report round, under the reports page. */
export const REPORT_PART_SEGMENT = 'phan';

/** Who sees the leadership board (the server checks again). */
export const LEADERSHIP_ROLES = ['leader', 'admin'] as const;

export function planBoardUrl(planId: string): string[] {
  return ['/', PLAN_PATH, planId];
}

export function reportPartUrl(roundId: string): string[] {
  return ['/', REPORTS_PATH, REPORT_PART_SEGMENT, roundId];
}
