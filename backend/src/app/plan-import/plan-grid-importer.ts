import { parsePlanGrid } from '@dondoc/plan-parser';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { TaskCreations } from '../task-model/task-creations';
import { requireAmendedPlan } from './amended-plan';
import { validBody } from './body-validation';
import { saveChosenAliases } from './chosen-aliases';
import { importBodySchema } from './dto/import-bodies';
import { BLOCKING_PROBLEMS, type PlanImportResultDto } from './dto/plan-preview.dto';
import { requireImporter } from './import-access';
import { recordImportedTasks } from './imported-tasks';
import { PlanAmender } from './plan-amender';
import { planDefaults } from './plan-defaults';
import { PlanImportService } from './plan-import.service';
import { refuseWithoutTasks } from './plan-previewer';
import { PlanSourceStore } from './plan-source-store';
import { recordPlanSource } from './plan-sources';
import { loadWardCatalog, withChoices } from './ward-catalog';

/**
 * The person's corrected grid becomes a plan: read again with their choices for unknown names
 * applied, refused with every blocking problem while any remains, then created whole in one
 * transaction together with the aliases they chose to keep. With `amendsPlanId`, the grid is a
 * revision of a plan in the system and is applied to its tasks instead (see PlanAmender).
 */
@Injectable()
export class PlanGridImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly importer: PlanImportService,
    private readonly sources: PlanSourceStore,
    private readonly clock: Clock,
    private readonly creations: TaskCreations,
    private readonly amender: PlanAmender,
    private readonly wardSettings: WardSettingsReader,
  ) {}

  async import(user: AuthUser, body: unknown): Promise<PlanImportResultDto> {
    await requireImporter(this.dataSource.manager, user);
    const input = validBody(importBodySchema, body);
    await requireAmendedPlan(this.dataSource.manager, user.wardId, input.amendsPlanId);
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
    const sourceSha256 = input.sourceSha256 ?? null;
    if (input.amendsPlanId) {
      let savedAliases: string[] = [];
      const outcome = await this.amender.amend(user, {
        planId: input.amendsPlanId,
        parsed: result.plan,
        units: catalog.units,
        sourceSha256,
        alsoWithin: async (manager, _amended, { tasks, sections }) => {
          savedAliases = await saveChosenAliases(manager, user.wardId, input.choices, now);
          await recordPlanSource(manager, {
            wardId: user.wardId,
            planId: input.amendsPlanId as string,
            sha256: sourceSha256,
            kind: 'amendment',
            counts: {
              added: tasks.added.length,
              changed: tasks.changed.length,
              removed: tasks.removed.length,
            },
            sections,
            actorId: user.id,
            at: now,
          });
        },
      });
      return {
        planId: outcome.planId,
        taskCount: result.plan.tasks.length,
        sectionCount: result.plan.sections.length,
        savedAliases,
        amendment: {
          added: outcome.added,
          changed: outcome.changed,
          removed: outcome.removed,
          alreadySettled: outcome.alreadySettled,
          sectionsAdded: outcome.sectionsAdded,
          sectionsRenamed: outcome.sectionsRenamed,
        },
      };
    }
    const defaults = await planDefaults(this.wardSettings, user.wardId, catalog.units);
    const { result: answer, messages } = await this.unitOfWork.run(async (manager) => {
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
          sourceSha256,
        },
        result.plan,
        catalog.units,
        now,
      );
      if (sourceSha256)
        await recordPlanSource(manager, {
          wardId: user.wardId,
          planId: imported.plan.id,
          sha256: sourceSha256,
          kind: 'import',
          counts: { added: result.plan.tasks.length, changed: 0, removed: 0 },
          actorId: user.id,
          at: now,
        });
      const savedAliases = await saveChosenAliases(manager, user.wardId, input.choices, now);
      return {
        result: {
          planId: imported.plan.id,
          taskCount: result.plan.tasks.length,
          sectionCount: result.plan.sections.length,
          savedAliases,
        },
        messages: await recordImportedTasks(manager, this.creations, imported, user),
      };
    });
    await this.creations.publish(messages);
    return answer;
  }
}
