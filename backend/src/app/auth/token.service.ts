import { isRole } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/app-error';
import type { AuthUser } from './auth-user';

interface AccessTokenClaims {
  sub: string;
  usr: string;
  name: string;
  ward: string;
  unit: string | null;
  roles: string[];
}

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(user: AuthUser): Promise<string> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      usr: user.username,
      name: user.fullName,
      ward: user.wardId,
      unit: user.unitId,
      roles: user.roles,
    };
    return this.jwt.signAsync(claims);
  }

  /** The user a token speaks for; any fault (absent, forged, expired) is one 401. */
  async verify(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập');
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
      return {
        id: claims.sub,
        username: claims.usr,
        fullName: claims.name,
        wardId: claims.ward,
        unitId: claims.unit,
        roles: claims.roles.filter(isRole),
      };
    } catch {
      throw new AppError(
        'UNAUTHENTICATED',
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại',
      );
    }
  }
}
