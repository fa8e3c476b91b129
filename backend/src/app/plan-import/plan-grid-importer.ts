import { parsePlanGrid } from '@dondoc/plan-parser';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { validBody } from './body-validation';
import { saveChosenAliases } from './chosen-aliases';
import { importBodySchema } from './dto/import-bodies';
import { BLOCKING_PROBLEMS, type PlanImportResultDto } from './dto/plan-preview.dto';
import { requireImporter } from './import-access';
import { planDefaults } from './plan-defaults';
import { PlanImportService } from './plan-import.service';
import { refuseWithoutTasks } from './plan-previewer';
import { PlanSourceStore } from './plan-source-store';
import { loadWardCatalog, withChoices } from './ward-catalog';

/**
 * The person's corrected grid becomes a plan: read again with their choices for unknown names
 * applied, refused with every blocking problem while any remains, then created whole in one
 * transaction together with the aliases they chose to keep.
 */
@Injectable()
export class PlanGridImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly importer: PlanImportService,
    private readonly sources: PlanSourceStore,
    private readonly clock: Clock,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async import(user: AuthUser, body: unknown): Promise<PlanImportResultDto> {
    await requireImporter(this.dataSource.manager, user);
    const input = validBody(importBodySchema, body);
    if (input.sourceSha256 && !(await this.sources.has(input.sourceSha256)))
      throw new AppError('INVALID_PAYLOAD', 'Không tìm thấy tệp gốc đã tải lên; hãy tải tệp lên lại.');
    const stored = await loadWardCatalog(this.dataSource.manager, user.wardId);
    const { catalog, unknownCodes } = withChoices(stored, input.choices);
    if (unknownCodes.length > 0)
      throw new AppError('INVALID_PAYLOAD', 'Lựa chọn nêu đơn vị không có trong phường', {
        details: unknownCodes,
      });
    const result = parsePlanGrid(input.grid, {
      units: catalog.unitSeeds,
      groups: catalog.groupSeeds,
      year: input.header.year,
    });
    refuseWithoutTasks(result);
    const blocking = result.plan.tasks.flatMap((task) =>
      task.problems
        .filter((problem) => BLOCKING_PROBLEMS.has(problem.code))
        .map((problem) => `${task.number || task.ref}: ${problem.message}`),
    );
    if (blocking.length > 0)
      throw new AppError('INVALID_PAYLOAD', 'Còn dòng cần sửa trước khi nhập; chưa có gì được lưu.', {
        details: blocking.slice(0, 100),
      });

    const now = this.clock.now().toISOString();
    const defaults = await planDefaults(this.wardSettings, user.wardId, catalog.units);
    return this.unitOfWork.run(async (manager) => {
      const imported = await this.importer.importPlan(
        manager,
        user.wardId,
        {
          symbol: input.header.symbol,
          title: input.header.title,
          issuedOn: input.header.issuedOn,
          issuer: 'UBND phường',
          legalBasis: [],
          year: input.header.year,
          ...defaults,
        },
        result.plan,
        catalog.units,
        now,
      );
      if (input.sourceSha256) await recordSource(manager, imported.plan.id, input.sourceSha256);
      const savedAliases = await saveChosenAliases(manager, user.wardId, input.choices, now);
      return {
        planId: imported.plan.id,
        taskCount: result.plan.tasks.length,
        sectionCount: result.plan.sections.length,
        savedAliases,
      };
    });
  }
}

/**
 * The plan's source file, written by column name: the plan table's entity belongs to the task
 * model, which does not map the column (only the import reads it).
 */
async function recordSource(manager: EntityManager, planId: string, sha256: string): Promise<void> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    'UPDATE plan SET source_sha256 = :sha256 WHERE id = :planId',
    { sha256, planId },
  );
  await manager.query(sql, parameters);
}
