import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';

/** City-level administration is for city-level admins only (given by `create-ward --city`). */
export function requireCityAdmin(user: AuthUser): void {
  if (!user.roles.includes('city_admin'))
    throw new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp thành phố được làm việc này');
}

/** Before the body is read: anyone else is told 403 whatever they send. Runs after the token guard. */
@Injectable()
export class CityAdminOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return false;
    requireCityAdmin(user);
    return true;
  }
}
