import type { Role } from '@dondoc/domain';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';

const LEADERSHIP_ROLES: readonly Role[] = ['leader', 'admin'];

/** The ward's leadership board (and its live room) is for its leaders and admins. */
export function maySeeLeadershipBoard(user: Pick<AuthUser, 'roles'>): boolean {
  return user.roles.some((role) => LEADERSHIP_ROLES.includes(role));
}

export function assertMaySeeLeadershipBoard(user: Pick<AuthUser, 'roles'>): void {
  if (!maySeeLeadershipBoard(user))
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo hoặc quản trị viên của phường được xem bảng điều hành');
}
