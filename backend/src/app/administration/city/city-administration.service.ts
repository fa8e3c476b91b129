import type { CityGrantDto, CityPersonDto, CityWardDto, CreatedWardDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError, notFound } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { UserEntity } from '../../org/entities/user.entity';
import { WardGrantEntity } from '../../org/entities/ward-grant.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { CreateWardRefusedError, createWard } from '../wards/create-ward';
import { requireCityAdmin } from './city-admin-only.guard';
import type { CreateWardBody } from './city.dto';

/**
 * What a city-level admin keeps: the wards within their reach (their own office and every ward
 * granted to them, which includes each ward they created), new wards, and which of their own
 * office's people may watch which of those wards. Anything outside that reach — another city's
 * ward, a person of another ward — is a 404, as if it did not exist.
 */
@Injectable()
export class CityAdministration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async wards(user: AuthUser): Promise<CityWardDto[]> {
    requireCityAdmin(user);
    const reach = await this.reachOf(this.dataSource.manager, user);
    const wards = await this.dataSource.manager.find(WardEntity, { where: { id: In([...reach]) } });
    return wards
      .map((ward) => wardDto(ward, user))
      .sort((a, b) => Number(b.home) - Number(a.home) || a.name.localeCompare(b.name, 'vi'));
  }

  /** A ward from the template, with its first admin; granted to its creator in the same transaction. */
  async createWard(user: AuthUser, input: CreateWardBody): Promise<CreatedWardDto> {
    requireCityAdmin(user);
    try {
      const created = await createWard(
        this.dataSource,
        {
          code: input.code,
          name: input.name,
          province: input.province ?? '',
          adminUsername: input.adminUsername,
          adminFullName: input.adminFullName ?? '',
          grantTo: user.id,
        },
        this.clock.now(),
      );
      const ward = await this.dataSource.manager.findOneByOrFail(WardEntity, { id: created.wardId });
      return {
        ward: wardDto(ward, user),
        adminUsername: created.adminUsername,
        oneTimePassword: created.oneTimePassword,
      };
    } catch (error) {
      if (error instanceof CreateWardRefusedError) throw new AppError('VALIDATION_FAILED', error.vi);
      throw error;
    }
  }

  /** The people of the caller's own office, each with the wards of the caller's reach granted to them. */
  async people(user: AuthUser): Promise<CityPersonDto[]> {
    requireCityAdmin(user);
    const manager = this.dataSource.manager;
    const reach = await this.reachOf(manager, user);
    const people = await manager.find(UserEntity, {
      where: { wardId: user.wardId },
      order: { username: 'ASC' },
    });
    const grants = await manager.find(WardGrantEntity, {
      where: { userId: In(people.map((person) => person.id)) },
    });
    return people.map((person) => ({
      id: person.id,
      username: person.username,
      fullName: person.fullName,
      roles: person.roles,
      active: person.deactivatedAt === null,
      wardIds: grants
        .filter((grant) => grant.userId === person.id && reach.has(grant.wardId))
        .map((grant) => grant.wardId),
    }));
  }

  async grant(user: AuthUser, userId: string, wardId: string): Promise<CityGrantDto> {
    requireCityAdmin(user);
    return this.unitOfWork.run(async (manager) => {
      await this.checkPair(manager, user, userId, wardId);
      if (wardId === user.wardId)
        throw new AppError('VALIDATION_FAILED', 'Người của văn phòng thành phố đã xem được phường này');
      if (!(await manager.existsBy(WardGrantEntity, { userId, wardId })))
        await manager.insert(WardGrantEntity, { userId, wardId, createdAt: this.clock.now().toISOString() });
      return { userId, wardId, granted: true };
    });
  }

  async revoke(user: AuthUser, userId: string, wardId: string): Promise<CityGrantDto> {
    requireCityAdmin(user);
    return this.unitOfWork.run(async (manager) => {
      await this.checkPair(manager, user, userId, wardId);
      if (userId === user.id)
        throw new AppError('VALIDATION_FAILED', 'Bạn không thể tự bỏ quyền của mình với một phường');
      await manager.delete(WardGrantEntity, { userId, wardId });
      return { userId, wardId, granted: false };
    });
  }

  /** The person is of the caller's own office and the ward within the caller's reach, else 404. */
  private async checkPair(
    manager: EntityManager,
    user: AuthUser,
    userId: string,
    wardId: string,
  ): Promise<void> {
    if (!(await manager.existsBy(UserEntity, { id: userId, wardId: user.wardId })))
      throw notFound('người dùng');
    if (!(await this.reachOf(manager, user)).has(wardId)) throw notFound('phường');
  }

  private async reachOf(manager: EntityManager, user: AuthUser): Promise<Set<string>> {
    const grants = await manager.find(WardGrantEntity, { where: { userId: user.id } });
    return new Set([user.wardId, ...grants.map((grant) => grant.wardId)]);
  }
}

function wardDto(ward: WardEntity, user: AuthUser): CityWardDto {
  return {
    id: ward.id,
    code: ward.code,
    name: ward.name,
    province: ward.province,
    home: ward.id === user.wardId,
  };
}
