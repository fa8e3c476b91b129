import type { WardSettingsDto } from '@dondoc/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import type { Env } from '../../config/env';
import { ENV } from '../../config/env.token';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { WardSettingsEntity } from '../../org/entities/ward-settings.entity';
import { requireAdmin } from '../admin-access';

/** A ward's settings; a ward that never saved any follows the deployment's defaults. */
@Injectable()
export class AdminWardSettings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async read(user: AuthUser): Promise<WardSettingsDto> {
    requireAdmin(user);
    const row = await this.dataSource.manager.findOneBy(WardSettingsEntity, { wardId: user.wardId });
    if (!row) {
      return {
        reviewerUnitId: null,
        approverUnitId: null,
        beforeDateReading: 'previous_day',
        dueSoonWorkingDays: this.env.DUE_SOON_WORKING_DAYS,
        digestHour: this.env.DIGEST_HOUR,
      };
    }
    return settingsDto(row);
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
    return settingsDto(row);
  }
}

async function activeUnitOfWard(manager: EntityManager, wardId: string, unitId: string): Promise<void> {
  const unit = await manager.findOneBy(UnitEntity, { id: unitId, wardId });
  if (!unit) throw new AppError('VALIDATION_FAILED', 'Đơn vị không thuộc phường của bạn');
  if (unit.deactivatedAt !== null) throw new AppError('VALIDATION_FAILED', `${unit.name} đã ngừng hoạt động`);
}

function settingsDto(row: WardSettingsEntity): WardSettingsDto {
  return {
    reviewerUnitId: row.reviewerUnitId,
    approverUnitId: row.approverUnitId,
    beforeDateReading: row.beforeDateInclusive ? 'same_day' : 'previous_day',
    dueSoonWorkingDays: row.dueSoonWorkingDays,
    digestHour: row.digestHour,
  };
}
