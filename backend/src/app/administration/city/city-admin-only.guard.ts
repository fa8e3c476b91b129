import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';
import { CallerCheck } from '../caller-check.guard';

/** City-level administration is for city-level admins only (given by `create-ward --city`). */
export function requireCityAdmin(user: AuthUser): void {
  if (!user.roles.includes('city_admin'))
    throw new AppError('FORBIDDEN', 'Chỉ quản trị viên cấp thành phố được làm việc này');
}

/** The city admin's routes: anyone else is told 403 before the body is read. */
@Injectable()
export class CityAdminOnly extends CallerCheck {
  protected require(user: AuthUser): void {
    requireCityAdmin(user);
  }
}
