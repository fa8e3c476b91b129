import type { AdminUserDto, CreatedUserDto, OneTimePasswordDto } from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ActiveUsers } from '../../auth/active-users';
import type { AuthUser } from '../../auth/auth-user';
import { PasswordHasher } from '../../auth/password-hasher';
import { RefreshTokens } from '../../auth/refresh-tokens';
import { AppError, notFound } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { isUniqueViolation } from '../../database/unique-violation';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { SocketHub } from '../../socket-hub/socket-hub';
import { requireAdmin } from '../admin-access';
import { oneTimePassword } from './one-time-password';
import type { CreatePersonDto, UpdatePersonDto } from './person.dto';

/** A new person as the admin or a sheet describes them; the unit already checked to be of the ward. */
export interface NewPerson {
  username: string;
  fullName: string;
  unitId: string | null;
  roles: Role[];
  email: string | null;
}

/**
 * The people of a ward. Passwords are never chosen by the admin: each new or reset account gets a
 * one-time password, answered once, which only opens the change-password form. Deactivating ends
 * every session at once: refresh tokens revoked in the same transaction, live sockets closed after.
 */
@Injectable()
export class AdminPeople {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokens,
    private readonly hub: SocketHub,
    private readonly clock: Clock,
    private readonly activeUsers: ActiveUsers,
  ) {}

  async list(user: AuthUser): Promise<AdminUserDto[]> {
    requireAdmin(user);
    const people = await this.dataSource.manager.find(UserEntity, {
      where: { wardId: user.wardId },
      order: { username: 'ASC' },
    });
    return people.map(userDto);
  }

  async create(user: AuthUser, input: CreatePersonDto): Promise<CreatedUserDto> {
    requireAdmin(user);
    const person: NewPerson = {
      username: input.username.trim().toLowerCase(),
      fullName: personName(input.fullName),
      unitId: input.unitId,
      roles: [...new Set(input.roles)],
      email: input.email?.trim() || null,
    };
    const [created] = await this.createAll(user, [person], async (manager) => {
      if (person.unitId) await this.activeUnitOfWard(manager, user.wardId, person.unitId);
    });
    return created;
  }

  /**
   * Creates every person or none, in one transaction; a username taken meanwhile fails the whole
   * batch. `check` runs inside the transaction first.
   */
  async createAll(
    user: AuthUser,
    people: readonly NewPerson[],
    check: (manager: EntityManager) => Promise<void> = async () => undefined,
  ): Promise<CreatedUserDto[]> {
    requireAdmin(user);
    const passwords = people.map(() => oneTimePassword());
    // Hashed one after the other: argon2 takes 19 MiB and a core each, and the host has two.
    const hashes: string[] = [];
    for (const password of passwords) hashes.push(await this.hasher.hash(password));
    const now = this.clock.now().toISOString();
    const rows: UserEntity[] = people.map((person, index) => ({
      id: newId(),
      wardId: user.wardId,
      unitId: person.unitId,
      username: person.username,
      fullName: person.fullName,
      passwordHash: hashes[index],
      roles: person.roles,
      email: person.email,
      deactivatedAt: null,
      oneTimePasswordAt: now,
      createdAt: now,
    }));
    try {
      await this.unitOfWork.run(async (manager) => {
        await check(manager);
        for (const row of rows) {
          if (await manager.existsBy(UserEntity, { username: row.username }))
            throw takenUsername(row.username);
          await manager.insert(UserEntity, row);
        }
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('VALIDATION_FAILED', 'Một tên đăng nhập vừa được người khác dùng; chưa tạo ai');
      throw error;
    }
    return rows.map((row, index) => ({ user: userDto(row), oneTimePassword: passwords[index] }));
  }

  async update(user: AuthUser, userId: string, input: UpdatePersonDto): Promise<AdminUserDto> {
    requireAdmin(user);
    return this.unitOfWork.run(async (manager) => {
      const person = await this.personOfWard(manager, user, userId);
      const changes: Partial<UserEntity> = {};
      if (input.fullName !== undefined) changes.fullName = personName(input.fullName);
      if (input.unitId !== undefined) {
        if (input.unitId !== null) await this.activeUnitOfWard(manager, user.wardId, input.unitId);
        changes.unitId = input.unitId;
      }
      if (input.roles !== undefined) {
        // A city-level admin's role is the command line's to give and take, never a ward admin's.
        const cityRole: Role[] = person.roles.includes('city_admin') ? ['city_admin'] : [];
        changes.roles = [...new Set<Role>([...input.roles, ...cityRole])];
        if (person.id === user.id && !changes.roles.includes('admin'))
          throw new AppError('VALIDATION_FAILED', 'Bạn không thể tự bỏ quyền quản trị của mình');
      }
      if (input.email !== undefined) changes.email = input.email?.trim() || null;
      // An empty body changes nothing (TypeORM refuses an UPDATE without values).
      if (Object.keys(changes).length > 0) await manager.update(UserEntity, { id: person.id }, changes);
      return userDto({ ...person, ...changes });
    });
  }

  async deactivate(user: AuthUser, userId: string): Promise<AdminUserDto> {
    requireAdmin(user);
    if (userId === user.id)
      throw new AppError('VALIDATION_FAILED', 'Bạn không thể tự khóa tài khoản của mình');
    const person = await this.unitOfWork.run(async (manager) => {
      const found = await this.personOfWard(manager, user, userId);
      const deactivatedAt = this.clock.now().toISOString();
      await manager.update(UserEntity, { id: found.id }, { deactivatedAt });
      await this.refreshTokens.revokeAllOf(manager, found.id);
      return { ...found, deactivatedAt };
    });
    // Every process stops believing the person active before their sockets are closed.
    await this.activeUsers.changed(person.id);
    this.hub.endSessionsOf(person.id, this.clock.now());
    return userDto(person);
  }

  async reactivate(user: AuthUser, userId: string): Promise<AdminUserDto> {
    requireAdmin(user);
    const person = await this.unitOfWork.run(async (manager) => {
      const found = await this.personOfWard(manager, user, userId);
      await manager.update(UserEntity, { id: found.id }, { deactivatedAt: null });
      return { ...found, deactivatedAt: null };
    });
    await this.activeUsers.changed(person.id);
    return userDto(person);
  }

  /** A new one-time password; the old password and every session stop working now. */
  async resetPassword(user: AuthUser, userId: string): Promise<OneTimePasswordDto> {
    requireAdmin(user);
    const password = oneTimePassword();
    const passwordHash = await this.hasher.hash(password);
    const person = await this.unitOfWork.run(async (manager) => {
      const found = await this.personOfWard(manager, user, userId);
      await manager.update(
        UserEntity,
        { id: found.id },
        { passwordHash, oneTimePasswordAt: this.clock.now().toISOString() },
      );
      await this.refreshTokens.revokeAllOf(manager, found.id);
      return found;
    });
    this.hub.endSessionsOf(person.id, this.clock.now());
    return { username: person.username, oneTimePassword: password };
  }

  private async personOfWard(manager: EntityManager, user: AuthUser, userId: string): Promise<UserEntity> {
    const person = await manager.findOneBy(UserEntity, { id: userId, wardId: user.wardId });
    if (!person) throw notFound('người dùng');
    return person;
  }

  private async activeUnitOfWard(manager: EntityManager, wardId: string, unitId: string): Promise<void> {
    const unit = await manager.findOneBy(UnitEntity, { id: unitId, wardId });
    if (!unit) throw new AppError('VALIDATION_FAILED', 'Đơn vị không thuộc phường của bạn');
    if (unit.deactivatedAt !== null)
      throw new AppError('VALIDATION_FAILED', `${unit.name} đã ngừng hoạt động`);
  }
}

function takenUsername(username: string): AppError {
  return new AppError('VALIDATION_FAILED', `Tên đăng nhập "${username}" đã có người dùng; chưa tạo ai`);
}

function personName(value: string): string {
  const name = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') throw new AppError('VALIDATION_FAILED', 'Họ và tên không được để trống');
  return name;
}

export function userDto(user: UserEntity): AdminUserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    unitId: user.unitId,
    roles: user.roles,
    active: user.deactivatedAt === null,
    mustChangePassword: user.oneTimePasswordAt !== null,
  };
}
