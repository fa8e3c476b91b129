import type { AdminUnitGroupDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError, notFound } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { isUniqueViolation } from '../../database/unique-violation';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitGroupEntity } from '../../org/entities/unit-group.entity';
import { UnitEntity } from '../../org/entities/unit.entity';
import { distinctTexts, foldedText, requireAdmin } from '../admin-access';
import type { UnitGroupBody } from './group.dto';

/**
 * The wordings that name several units at once ("Các phòng chuyên môn"), with their members; a
 * group without members is a body outside the ward, kept as text (as the plan import saves it).
 * A group is only a way of reading plans: removing one changes no task, so it may be deleted.
 */
@Injectable()
export class AdminGroups {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser): Promise<AdminUnitGroupDto[]> {
    requireAdmin(user);
    const groups = await this.dataSource.manager.find(UnitGroupEntity, {
      where: { wardId: user.wardId },
      order: { name: 'ASC' },
    });
    return groups.map(groupDto);
  }

  async create(user: AuthUser, input: UnitGroupBody): Promise<AdminUnitGroupDto> {
    requireAdmin(user);
    const group: UnitGroupEntity = {
      id: newId(),
      wardId: user.wardId,
      ...cleaned(input),
      createdAt: this.clock.now().toISOString(),
    };
    await this.writing(group.name, async (manager) => {
      await this.check(manager, user.wardId, group);
      await manager.insert(UnitGroupEntity, group);
    });
    return groupDto(group);
  }

  async update(user: AuthUser, groupId: string, input: UnitGroupBody): Promise<AdminUnitGroupDto> {
    requireAdmin(user);
    const changes = cleaned(input);
    return this.writing(changes.name, async (manager) => {
      const group = await this.groupOfWard(manager, user, groupId);
      const updated = { ...group, ...changes };
      await this.check(manager, user.wardId, updated);
      await manager.update(UnitGroupEntity, { id: group.id }, changes);
      return groupDto(updated);
    });
  }

  async remove(user: AuthUser, groupId: string): Promise<void> {
    requireAdmin(user);
    await this.unitOfWork.run(async (manager) => {
      const group = await this.groupOfWard(manager, user, groupId);
      await manager.delete(UnitGroupEntity, { id: group.id });
    });
  }

  private async check(manager: EntityManager, wardId: string, group: UnitGroupEntity): Promise<void> {
    const others = await manager.find(UnitGroupEntity, { where: { wardId } });
    if (others.some((other) => other.id !== group.id && foldedText(other.name) === foldedText(group.name)))
      throw takenName(group.name);
    if (group.members === 'all') return;
    const members = group.members.length
      ? await manager.find(UnitEntity, { where: { wardId, id: In(group.members) }, select: { id: true } })
      : [];
    if (members.length !== group.members.length)
      throw new AppError('VALIDATION_FAILED', 'Thành viên của nhóm chỉ được là đơn vị của phường');
  }

  private async groupOfWard(
    manager: EntityManager,
    user: AuthUser,
    groupId: string,
  ): Promise<UnitGroupEntity> {
    const group = await manager.findOneBy(UnitGroupEntity, { id: groupId, wardId: user.wardId });
    if (!group) throw notFound('nhóm đơn vị');
    return group;
  }

  private async writing<T>(name: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw takenName(name);
      throw error;
    }
  }
}

function cleaned(input: UnitGroupBody): Pick<UnitGroupEntity, 'name' | 'aliases' | 'members'> {
  const name = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') throw new AppError('VALIDATION_FAILED', 'Tên nhóm không được để trống');
  return {
    name,
    aliases: distinctTexts(input.aliases),
    members: input.members === 'all' ? 'all' : [...new Set(input.members)],
  };
}

function takenName(name: string): AppError {
  return new AppError('VALIDATION_FAILED', `Phường đã có nhóm "${name}"`);
}

function groupDto(group: UnitGroupEntity): AdminUnitGroupDto {
  return { id: group.id, name: group.name, aliases: group.aliases, members: group.members };
}
