import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { requireAdmin } from './admin-access';

/**
 * Before the body is read or validated: a non-admin is told 403 whatever they send, rather than
 * a 400 that would describe the admin's forms to them. Runs after the app's token guard.
 */
@Injectable()
export class AdminOnly implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return false;
    requireAdmin(user);
    return true;
  }
}
