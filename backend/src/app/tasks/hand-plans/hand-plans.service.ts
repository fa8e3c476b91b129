import type { CreatedPlanDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { WardSettingsEntity } from '../../org/entities/ward-settings.entity';
import { OFFICE_UNIT_CODE, requireImporter } from '../../plan-import/import-access';
import { PlanSectionEntity } from '../../task-model/entities/plan-section.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import type { CreatePlanBody } from './hand-plan.dto';
import { activeUnits } from './ward-units';

/** The reviewer unit the plans name when the ward's settings name none (as the import does). */
const USUAL_REVIEWER_CODE = 'VHXH';

/**
 * A plan typed in by hand by the ward's admin or its Văn phòng: the header and its sections, in one
 * transaction. Its tasks are added one by one afterwards (HandTasks), each with its event.
 */
@Injectable()
export class HandPlans {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  create(user: AuthUser, body: CreatePlanBody): Promise<CreatedPlanDto> {
    return this.unitOfWork.run(async (manager) => {
      await requireImporter(manager, user);
      const symbol = body.symbol.trim();
      if (await manager.existsBy(PlanEntity, { wardId: user.wardId, symbol }))
        throw new AppError('VALIDATION_FAILED', `Phường đã có kế hoạch số ${symbol}`);
      const sections = (body.sections ?? []).map((section) => ({
        key: section.key.trim(),
        title: section.title.trim(),
      }));
      const keys = sections.map((section) => section.key);
      const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
      if (repeated.length > 0)
        throw new AppError('VALIDATION_FAILED', `Mục ${repeated[0]} được nêu hai lần`, { details: repeated });
      const defaults = await defaultUnits(manager, user.wardId);
      const reviewerUnitId = body.reviewerUnitId === undefined ? defaults.reviewer : body.reviewerUnitId;
      const approverUnitId = body.approverUnitId === undefined ? defaults.approver : body.approverUnitId;
      await activeUnits(manager, user.wardId, [reviewerUnitId, approverUnitId].filter(isId));
      const settings = await manager.findOneBy(WardSettingsEntity, { wardId: user.wardId });
      const plan = manager.create(PlanEntity, {
        id: newId(),
        wardId: user.wardId,
        symbol,
        title: body.title.trim(),
        issuedOn: body.issuedOn,
        issuer: body.issuer.trim(),
        legalBasis: (body.legalBasis ?? []).map((line) => line.trim()).filter(Boolean),
        year: body.year ?? Number(body.issuedOn.slice(0, 4)),
        reviewerUnitId,
        approverUnitId,
        alternateReviewerUnitId: null,
        beforeDateInclusive: settings?.beforeDateInclusive ?? false,
        createdAt: this.clock.now().toISOString(),
      });
      await manager.insert(PlanEntity, plan);
      if (sections.length > 0)
        await manager.insert(
          PlanSectionEntity,
          sections.map((section, position) => ({
            id: newId(),
            wardId: user.wardId,
            planId: plan.id,
            ...section,
            position,
          })),
        );
      return {
        id: plan.id,
        wardId: plan.wardId,
        symbol: plan.symbol,
        title: plan.title,
        issuedOn: plan.issuedOn,
        issuer: plan.issuer,
        legalBasis: plan.legalBasis,
        year: plan.year,
        reviewerUnitId,
        approverUnitId,
        sections,
      };
    });
  }
}

/** The ward's settings first; without them the units the plans usually name, when the ward has them. */
async function defaultUnits(
  manager: EntityManager,
  wardId: string,
): Promise<{ reviewer: string | null; approver: string | null }> {
  const settings = await manager.findOneBy(WardSettingsEntity, { wardId });
  const usual = async (code: string) => {
    const unit = await manager.findOneBy(UnitEntity, { wardId, code });
    return unit && unit.deactivatedAt === null ? unit.id : null;
  };
  return {
    reviewer: settings?.reviewerUnitId ?? (await usual(USUAL_REVIEWER_CODE)),
    approver: settings?.approverUnitId ?? (await usual(OFFICE_UNIT_CODE)),
  };
}

function isId(value: string | null): value is string {
  return value !== null;
}
