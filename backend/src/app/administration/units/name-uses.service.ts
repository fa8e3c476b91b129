import type { NameUsesDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { UnitGroupEntity } from '../../org/entities/unit-group.entity';
import { UnitEntity } from '../../org/entities/unit.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { requireAdmin } from '../admin-access';
import { plansMeeting } from './name-uses';

/**
 * Where the ward's names were met: each unit's aliases and each group's name and wordings, with the
 * plans whose lead or cooperator cells write them — so an admin sees why a spelling is there before
 * removing it. Read from the tasks as imported, never stored apart.
 */
@Injectable()
export class NameUses {
  constructor(private readonly dataSource: DataSource) {}

  async of(user: AuthUser): Promise<NameUsesDto> {
    requireAdmin(user);
    const manager = this.dataSource.manager;
    const wardId = user.wardId;
    const units = await manager.find(UnitEntity, { where: { wardId }, order: { code: 'ASC' } });
    const groups = await manager.find(UnitGroupEntity, { where: { wardId }, order: { name: 'ASC' } });
    const plans = await manager.find(PlanEntity, {
      where: { wardId },
      order: { createdAt: 'DESC' },
      select: { id: true, symbol: true, title: true },
    });
    const cells = await manager.find(TaskEntity, {
      where: { wardId },
      select: { planId: true, leadText: true, cooperatorText: true },
    });
    const planDtos = plans.map(({ id, symbol, title }) => ({ id, symbol, title }));
    return {
      units: units.map((unit) => ({ unitId: unit.id, uses: plansMeeting(unit.aliases, cells, planDtos) })),
      groups: groups.map((group) => ({
        groupId: group.id,
        uses: plansMeeting([group.name, ...group.aliases], cells, planDtos),
      })),
    };
  }
}
