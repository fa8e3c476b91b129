import { isRole } from '@dondoc/domain';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { type AccessTokenClaims, accessClaimsOf } from './access-claims';
import type { AuthUser } from './auth-user';
import { secondsOf } from './lifetime';

/** A verified access token: who it speaks for and until when. */
export interface VerifiedAccess {
  user: AuthUser;
  expiresAt: Date;
  /** Until expiry by the app's clock (the one that decides whether the token still works). */
  remainingMs: number;
}

/**
 * Short-lived bearer access tokens (ACCESS_TOKEN_TTL). Issue and check both read the injected clock,
 * so a test can move time past a token's expiry without waiting for it.
 */
@Injectable()
export class TokenService {
  private readonly lifetimeSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(ENV) env: Env,
  ) {
    this.lifetimeSeconds = secondsOf(env.ACCESS_TOKEN_TTL);
  }

  issue(user: AuthUser): Promise<string> {
    const issuedAt = this.nowSeconds();
    const claims: AccessTokenClaims = {
      sub: user.id,
      usr: user.username,
      name: user.fullName,
      ward: user.wardId,
      unit: user.unitId,
      roles: user.roles,
      iat: issuedAt,
      exp: issuedAt + this.lifetimeSeconds,
    };
    return this.jwt.signAsync(claims);
  }

  /** The user a token speaks for; any fault (absent, forged, expired) is one 401. */
  async verify(token: string | undefined): Promise<AuthUser> {
    return (await this.verifyAccess(token)).user;
  }

  /** Like verify, with the moment the token stops working (a live socket is closed then). */
  async verifyAccess(token: string | undefined): Promise<VerifiedAccess> {
    if (!token) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập');
    let claims: AccessTokenClaims | null = null;
    try {
      const payload: unknown = await this.jwt.verifyAsync(token, {
        algorithms: ['HS256'],
        clockTimestamp: this.nowSeconds(),
      });
      claims = accessClaimsOf(payload, this.nowSeconds());
    } catch {
      claims = null;
    }
    if (!claims) {
      throw new AppError(
        'UNAUTHENTICATED',
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại',
      );
    }
    return {
      user: {
        id: claims.sub,
        username: claims.usr,
        fullName: claims.name,
        wardId: claims.ward,
        unitId: claims.unit,
        roles: claims.roles.filter(isRole),
      },
      expiresAt: new Date(claims.exp * 1000),
      remainingMs: claims.exp * 1000 - this.clock.now().getTime(),
    };
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}
