import { MAX_PLAN_TEXT_BYTES, parsePlanText } from '@dondoc/plan-parser';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitEntity } from '../org/entities/unit.entity';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { TaskCreations } from '../task-model/task-creations';
import { recordImportedTasks } from './imported-tasks';
import { planDefaults } from './plan-defaults';
import type { ImportAnswer } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';

/**
 * A pasted or uploaded plan text becomes a plan of the caller's ward in one transaction, or
 * nothing at all: text the parser cannot read is refused with its warnings.
 */
@Injectable()
export class PlanTextImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly importer: PlanImportService,
    private readonly clock: Clock,
    private readonly creations: TaskCreations,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async import(
    user: AuthUser,
    text: string,
    options: { year?: number; symbol?: string; title?: string; dryRun?: boolean },
  ): Promise<ImportAnswer> {
    if (!user.roles.includes('admin'))
      throw new AppError('FORBIDDEN', 'Chỉ quản trị viên được nhập kế hoạch');
    if (Buffer.byteLength(text, 'utf8') > MAX_PLAN_TEXT_BYTES) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `Văn bản kế hoạch vượt quá ${MAX_PLAN_TEXT_BYTES / 1024 / 1024} MB`,
      );
    }
    const units = await this.dataSource.manager.find(UnitEntity, { where: { wardId: user.wardId } });
    const now = this.clock.now();
    const year = options.year ?? now.getUTCFullYear();
    const unitSeeds = units.map((unit) => ({ code: unit.code, name: unit.name, aliases: unit.aliases }));
    const { plan: parsed, warnings } = parsePlanText(text, { units: unitSeeds, groups: [], year });
    if (parsed.tasks.length === 0) {
      throw new AppError('INVALID_PAYLOAD', 'Không đọc được nhiệm vụ nào từ văn bản; chưa có gì được lưu', {
        details: warnings.map((warning) => warning.message),
      });
    }
    const answer = { taskCount: parsed.tasks.length, sectionCount: parsed.sections.length, warnings };
    if (options.dryRun) return { planId: null, ...answer };
    const defaults = await planDefaults(this.wardSettings, user.wardId, units);
    const { imported, messages } = await this.unitOfWork.run(async (manager) => {
      const plan = await this.importer.importPlan(
        manager,
        user.wardId,
        {
          symbol: options.symbol ?? parsed.symbol ?? '',
          title: options.title ?? parsed.title ?? 'Kế hoạch nhập từ văn bản',
          issuedOn: parsed.issuedOn ?? null,
          issuer: 'UBND phường',
          legalBasis: [],
          year: parsed.year ?? year,
          ...defaults,
        },
        parsed,
        units,
        now.toISOString(),
      );
      return { imported: plan, messages: await recordImportedTasks(manager, this.creations, plan, user) };
    });
    await this.creations.publish(messages);
    return { planId: imported.plan.id, ...answer };
  }
}
