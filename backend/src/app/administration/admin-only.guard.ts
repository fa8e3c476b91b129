import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { requireAdmin } from './admin-access';
import { CallerCheck } from './caller-check.guard';

/** The ward admin's routes: anyone else is told 403 before the body is read. */
@Injectable()
export class AdminOnly extends CallerCheck {
  protected require(user: AuthUser): void {
    requireAdmin(user);
  }
}
