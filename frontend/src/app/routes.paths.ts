/** Route paths in Vietnamese, as users see them in the address bar. */
export const LOGIN_PATH = 'dang-nhap';
export const PLAN_PATH = 'ke-hoach';

export function planBoardUrl(planId: string): string[] {
  return ['/', PLAN_PATH, planId];
}
