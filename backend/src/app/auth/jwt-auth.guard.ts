import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import { IS_PUBLIC } from '../http/public.decorator';
import { ActiveUsers } from './active-users';
import { TokenService } from './token.service';

/**
 * Applied to every route: a bearer token is required unless the route is marked @Public(), and its
 * user must still be active (a deactivation ends access at once, not at the token's expiry).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly activeUsers: ActiveUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const user = await this.tokens.verify(token);
    if (!(await this.activeUsers.isActive(user.id))) throw deactivated();
    request.user = user;
    return true;
  }
}

export function deactivated(): AppError {
  return new AppError('UNAUTHENTICATED', 'Tài khoản đã bị vô hiệu hoá, vui lòng liên hệ quản trị viên');
}
