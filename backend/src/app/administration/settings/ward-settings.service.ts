import type { WardSettingsDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { WardSettingsEntity } from '../../org/entities/ward-settings.entity';
import { type WardSettings, WardSettingsReader } from '../../org/ward-settings-reader';
import { requireAdmin } from '../admin-access';

/**
 * A ward's settings; a ward that never saved any follows the deployment's defaults. A save reaches
 * every reader (cards, reminders, digests, plan import) in every process at once.
 */
@Injectable()
export class AdminWardSettings {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    private readonly reader: WardSettingsReader,
  ) {}

  async read(user: AuthUser): Promise<WardSettingsDto> {
    requireAdmin(user);
    return settingsDto(await this.reader.of(user.wardId));
  }

  async save(user: AuthUser, input: WardSettingsDto): Promise<WardSettingsDto> {
    requireAdmin(user);
    const row: WardSettingsEntity = {
      wardId: user.wardId,
      reviewerUnitId: input.reviewerUnitId,
      approverUnitId: input.approverUnitId,
      beforeDateInclusive: input.beforeDateReading === 'same_day',
      dueSoonWorkingDays: input.dueSoonWorkingDays,
      digestHour: input.digestHour,
      updatedAt: this.clock.now().toISOString(),
      updatedBy: user.id,
    };
    await this.unitOfWork.run(async (manager) => {
      for (const unitId of [row.reviewerUnitId, row.approverUnitId])
        if (unitId) await activeUnitOfWard(manager, user.wardId, unitId);
      await manager.upsert(WardSettingsEntity, row, ['wardId']);
    });
    await this.reader.changed(user.wardId);
    return settingsDto(row);
  }
}

async function activeUnitOfWard(manager: EntityManager, wardId: string, unitId: string): Promise<void> {
  const unit = await manager.findOneBy(UnitEntity, { id: unitId, wardId });
  if (!unit) throw new AppError('VALIDATION_FAILED', 'Đơn vị không thuộc phường của bạn');
  if (unit.deactivatedAt !== null) throw new AppError('VALIDATION_FAILED', `${unit.name} đã ngừng hoạt động`);
}

function settingsDto(row: WardSettings): WardSettingsDto {
  return {
    reviewerUnitId: row.reviewerUnitId,
    approverUnitId: row.approverUnitId,
    beforeDateReading: row.beforeDateInclusive ? 'same_day' : 'previous_day',
    dueSoonWorkingDays: row.dueSoonWorkingDays,
    digestHour: row.digestHour,
  };
}
