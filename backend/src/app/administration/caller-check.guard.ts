import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';

/**
 * Before the body is read or validated: a caller without the right role is told 403 whatever they
 * send, rather than a 400 that would describe the forms to them. Runs after the app's token guard.
 */
export abstract class CallerCheck implements CanActivate {
  /** Throws the 403 (in the caller's language, through the error filter) when the caller may not. */
  protected abstract require(user: AuthUser): void;

  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return false;
    this.require(user);
    return true;
  }
}
