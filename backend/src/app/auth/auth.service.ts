import type { CurrentUser, LoginResponse } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { AppError } from '../common/app-error';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import type { AuthUser } from './auth-user';
import { PasswordHasher } from './password-hasher';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  /** Verified against when the user does not exist, so timing does not reveal usernames. */
  private readonly absentUserHash: Promise<string>;

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(WardEntity) private readonly wards: Repository<WardEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
  ) {
    this.absentUserHash = hasher.hash(randomBytes(16).toString('hex'));
  }

  async login(username: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { username: username.trim().toLowerCase() } });
    const valid = await this.hasher.verify(user?.passwordHash ?? (await this.absentUserHash), password);
    if (!user || !valid) throw new AppError('INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng');
    const authUser = toAuthUser(user);
    return { accessToken: await this.tokens.issue(authUser), user: await this.describe(authUser) };
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
