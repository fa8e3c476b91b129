import type { CreateDelegationRequest, DelegationDto, MyDelegationsDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { vietnamToday } from '../common/vietnam-today';
import { UnitOfWork } from '../database/unit-of-work';
import { UserEntity } from '../org/entities/user.entity';
import { delegationProblem, mayDelegate, NOT_DELEGATING, NOT_FOUND } from './delegation-rules';
import { DelegationEntity, isActiveOn } from './delegation.entity';

@Injectable()
export class DelegationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  /** The caller hands their own rights to a colleague of their unit. */
  async create(user: AuthUser, request: CreateDelegationRequest): Promise<DelegationDto> {
    const now = this.clock.now();
    const saved = await this.unitOfWork.run(async (manager) => {
      const giver = await manager.findOneBy(UserEntity, { id: user.id, wardId: user.wardId });
      if (!giver) throw notFound('người dùng');
      const standIn = await manager.findOneBy(UserEntity, {
        username: request.toUsername.trim(),
        wardId: user.wardId,
      });
      if (!mayDelegate(giver.roles)) throw new AppError('FORBIDDEN', NOT_DELEGATING);
      const problem = delegationProblem(giver, standIn, request.startsOn, request.endsOn, vietnamToday(now));
      if (problem !== null || standIn === null) throw new AppError('VALIDATION_FAILED', problem ?? NOT_FOUND);
      const delegation = manager.create(DelegationEntity, {
        id: newId(),
        wardId: user.wardId,
        fromUserId: giver.id,
        toUserId: standIn.id,
        startsOn: request.startsOn,
        endsOn: request.endsOn,
        createdBy: user.id,
        createdAt: now.toISOString(),
        revokedAt: null,
      });
      await manager.insert(DelegationEntity, delegation);
      return delegation;
    });
    return (await this.toDtos([saved]))[0];
  }

  async mine(user: AuthUser): Promise<MyDelegationsDto> {
    const manager = this.dataSource.manager;
    const [given, received] = await Promise.all([
      manager.find(DelegationEntity, {
        where: { fromUserId: user.id, wardId: user.wardId },
        order: { createdAt: 'DESC' },
      }),
      manager.find(DelegationEntity, {
        where: { toUserId: user.id, wardId: user.wardId },
        order: { createdAt: 'DESC' },
      }),
    ]);
    const dtos = await this.toDtos([...given, ...received]);
    return { given: dtos.slice(0, given.length), received: dtos.slice(given.length) };
  }

  /** Its giver ends a delegation (an admin of the ward may too); revoking twice changes nothing. */
  async revoke(user: AuthUser, delegationId: string): Promise<DelegationDto> {
    const revoked = await this.unitOfWork.run(async (manager) => {
      const delegation = await manager.findOneBy(DelegationEntity, { id: delegationId, wardId: user.wardId });
      if (!delegation) throw notFound('ủy quyền');
      if (delegation.fromUserId !== user.id && !user.roles.includes('admin')) {
        throw new AppError('FORBIDDEN', 'Chỉ người ủy quyền hoặc quản trị viên mới được thu hồi ủy quyền');
      }
      if (delegation.revokedAt === null) {
        delegation.revokedAt = this.clock.now().toISOString();
        await manager.update(DelegationEntity, { id: delegation.id }, { revokedAt: delegation.revokedAt });
      }
      return delegation;
    });
    return (await this.toDtos([revoked]))[0];
  }

  private async toDtos(delegations: DelegationEntity[]): Promise<DelegationDto[]> {
    const ids = [
      ...new Set(delegations.flatMap((delegation) => [delegation.fromUserId, delegation.toUserId])),
    ];
    const users = ids.length ? await this.dataSource.manager.findBy(UserEntity, { id: In(ids) }) : [];
    const byId = new Map(users.map((person) => [person.id, person]));
    const today = vietnamToday(this.clock.now());
    const person = (id: string) => {
      const found = byId.get(id);
      return {
        id,
        username: found?.username ?? '',
        fullName: found?.fullName ?? '',
        unitId: found?.unitId ?? null,
        roles: found?.roles ?? [],
      };
    };
    return delegations.map((delegation) => ({
      id: delegation.id,
      from: person(delegation.fromUserId),
      to: person(delegation.toUserId),
      startsOn: delegation.startsOn,
      endsOn: delegation.endsOn,
      createdAt: delegation.createdAt,
      revokedAt: delegation.revokedAt,
      active: isActiveOn(delegation, today),
    }));
  }
}
