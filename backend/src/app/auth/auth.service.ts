import { type CurrentUser, type LoginResponse, MUST_CHANGE_PASSWORD } from '@dondoc/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import type { AuthUser } from './auth-user';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { type IssuedRefreshToken, RefreshTokens } from './refresh-tokens';
import { TokenService } from './token.service';

/** What a login or a refresh hands out: the answer's body, and the refresh token for the cookie. */
export interface IssuedSession {
  response: LoginResponse;
  refresh: IssuedRefreshToken;
}

const sessionEnded = () =>
  new AppError('UNAUTHENTICATED', 'Phiên đăng nhập đã hết hạn hoặc đã đăng xuất, vui lòng đăng nhập lại');

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Verified against when the user does not exist, so timing does not reveal usernames. */
  private readonly absentUserHash: Promise<string>;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(WardEntity) private readonly wards: Repository<WardEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.absentUserHash = hasher.hash(randomBytes(16).toString('hex'));
  }

  /** Checks the password within the per-account and per-address limits, then starts a session. */
  async login(username: string, password: string, address: string): Promise<IssuedSession> {
    const normalised = username.trim().toLowerCase();
    const attempt = await this.throttle.admit(normalised, address);
    const user = await this.users.findOne({ where: { username: normalised } });
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.absentUserHash), password);
    if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    await this.throttle.succeeded(attempt);
    refuseInactive(user);
    if (user.oneTimePasswordAt !== null) {
      throw new AppError('FORBIDDEN', 'Mật khẩu này chỉ dùng một lần: hãy đặt mật khẩu mới để đăng nhập', {
        details: [MUST_CHANGE_PASSWORD],
      });
    }
    const refresh = await this.unitOfWork.run((manager) => this.refreshTokens.issue(manager, user.id));
    return { response: await this.answer(user), refresh };
  }

  /**
   * Sets a new password after checking the current one (or a one-time password an admin handed
   * out), within the login limits; every other session of the user ends, and a new one starts.
   */
  async changePassword(
    username: string,
    password: string,
    newPassword: string,
    address: string,
  ): Promise<IssuedSession> {
    const normalised = username.trim().toLowerCase();
    const attempt = await this.throttle.admit(normalised, address);
    const user = await this.users.findOne({ where: { username: normalised } });
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.absentUserHash), password);
    if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    await this.throttle.succeeded(attempt);
    refuseInactive(user);
    const problem = newPasswordProblem(newPassword, password, normalised);
    if (problem) throw new AppError('VALIDATION_FAILED', problem);
    const passwordHash = await this.hasher.hash(newPassword);
    const refresh = await this.unitOfWork.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, oneTimePasswordAt: null });
      await this.refreshTokens.revokeAllOf(manager, user.id);
      return this.refreshTokens.issue(manager, user.id);
    });
    return { response: await this.answer(user), refresh };
  }

  /** Trades a refresh token for the next one of its family and a fresh access token. */
  async refresh(token: string | undefined): Promise<IssuedSession> {
    if (!token) throw sessionEnded();
    const rotation = await this.unitOfWork.run((manager) => this.refreshTokens.rotate(manager, token));
    if (rotation.outcome === 'reused') {
      this.logger.warn(
        `A rotated refresh token of user ${rotation.userId} was used again: session ${rotation.familyId} revoked`,
      );
    }
    if (rotation.outcome !== 'rotated') throw sessionEnded();
    return { response: await this.answer(rotation.user), refresh: rotation.next };
  }

  /** Revokes the session the refresh token belongs to; an unknown token is already signed out. */
  async logout(token: string | undefined): Promise<void> {
    if (token) await this.unitOfWork.run((manager) => this.refreshTokens.revokeFamilyOf(manager, token));
  }

  async describe(user: AuthUser): Promise<CurrentUser> {
    const [ward, unit] = await Promise.all([
      this.wards.findOneByOrFail({ id: user.wardId }),
      user.unitId ? this.units.findOneBy({ id: user.unitId }) : Promise.resolve(null),
    ]);
    return {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      roles: user.roles,
      ward: { id: ward.id, code: ward.code, name: ward.name },
      unit: unit ? { id: unit.id, code: unit.code, name: unit.name } : null,
    };
  }

  private async answer(user: UserEntity): Promise<LoginResponse> {
    const authUser = toAuthUser(user);
    return { accessToken: await this.tokens.issue(authUser), user: await this.describe(authUser) };
  }
}

/** A new password must be worth having: long enough, and neither the old one nor the username. */
export const MIN_PASSWORD_LENGTH = 10;

function newPasswordProblem(newPassword: string, oldPassword: string, username: string): string | null {
  if (newPassword.length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu mới cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự`;
  if (newPassword === oldPassword) return 'Mật khẩu mới phải khác mật khẩu cũ';
  if (newPassword.trim().toLowerCase() === username) return 'Mật khẩu mới không được trùng tên đăng nhập';
  return null;
}

/** Said only after the right password, so it tells a stranger nothing about who has an account. */
function refuseInactive(user: UserEntity): void {
  if (user.deactivatedAt !== null)
    throw new AppError('FORBIDDEN', 'Tài khoản đã bị khóa; hãy liên hệ quản trị viên của phường');
}

export function toAuthUser(user: UserEntity): AuthUser {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    wardId: user.wardId,
    unitId: user.unitId,
    roles: user.roles,
  };
}
