import { parsePlanGrid, type ParseResult } from '@dondoc/plan-parser';
import {
  DEFAULT_MAX_PLAN_FILE_BYTES,
  type PlanGrid,
  readClipboard,
  readPlanFile,
} from '@dondoc/plan-readers';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { WardCalendars } from '../calendar/ward-calendars';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { WardSettingsReader } from '../org/ward-settings-reader';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { requireAmendedPlan } from './amended-plan';
import { previewAmendment } from './amendment-preview';
import { validBody } from './body-validation';
import { previewBodySchema } from './dto/import-bodies';
import type { PlanPreviewDto, PreviewGrid } from './dto/plan-preview.dto';
import { readRefusal, requireImporter } from './import-access';
import { buildPreview, type DeadlineRules } from './plan-preview';
import { PlanSourceStore } from './plan-source-store';
import { loadWardCatalog } from './ward-catalog';

/** The bytes of an upload as multer hands them over, in memory. */
export interface UploadedPlanFile {
  buffer: Buffer;
  size: number;
}

/**
 * Reads a document, a paste or an edited grid into the preview the person corrects. Nothing of
 * the plan is written; an uploaded file that reads into tasks is kept by its SHA-256, so the plan
 * can later record which file it came from.
 */
@Injectable()
export class PlanPreviewer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: PlanSourceStore,
    private readonly clock: Clock,
    private readonly wardSettings: WardSettingsReader,
    private readonly calendars: WardCalendars,
  ) {}

  async previewFile(
    user: AuthUser,
    file: UploadedPlanFile | undefined,
    options: { year?: number; amendsPlanId?: string } = {},
  ): Promise<PlanPreviewDto> {
    await requireImporter(this.dataSource.manager, user);
    await requireAmendedPlan(this.dataSource.manager, user.wardId, options.amendsPlanId);
    if (!file || file.size === 0) {
      throw new AppError('INVALID_PAYLOAD', 'Chưa có tệp: hãy chọn tệp Word, Excel hoặc PDF của kế hoạch.', {
        details: ['empty'],
      });
    }
    const bytes = new Uint8Array(file.buffer.buffer, file.buffer.byteOffset, file.buffer.byteLength);
    const grid = await readPlanFile(bytes, { maxBytes: DEFAULT_MAX_PLAN_FILE_BYTES }).catch(
      (error: unknown) => {
        throw readRefusal(error);
      },
    );
    const { result, planYear, rules } = await this.parse(user, grid, options);
    const sourceSha256 = await this.sources.put(bytes);
    const preview = buildPreview(result, {
      grid: previewGrid(grid),
      format: grid.source.format,
      sourceSha256,
      year: planYear,
      rules,
    });
    return this.withAmendment(user, preview, result, options.amendsPlanId);
  }

  /** A paste ({ html, text }) or the person's edited grid ({ grid }), read again. */
  async previewBody(user: AuthUser, body: unknown): Promise<PlanPreviewDto> {
    await requireImporter(this.dataSource.manager, user);
    const input = validBody(previewBodySchema, body);
    await requireAmendedPlan(this.dataSource.manager, user.wardId, input.amendsPlanId);
    if ('grid' in input) {
      const grid = {
        rows: input.grid.rows,
        textBefore: input.grid.textBefore,
        sourceRows: input.grid.sourceRows,
      };
      const sourceSha256 = input.sourceSha256 ?? null;
      if (sourceSha256 && !(await this.sources.has(sourceSha256)))
        throw new AppError('INVALID_PAYLOAD', 'Không tìm thấy tệp gốc đã tải lên; hãy tải tệp lên lại.');
      const { result, planYear, rules } = await this.parse(user, grid, input);
      const preview = buildPreview(result, {
        grid,
        format: 'grid',
        sourceSha256,
        year: planYear,
        rules,
      });
      return this.withAmendment(user, preview, result, input.amendsPlanId);
    }
    let grid: PlanGrid;
    try {
      grid = readClipboard({ html: input.html, text: input.text });
    } catch (error) {
      throw readRefusal(error);
    }
    const { result, planYear, rules } = await this.parse(user, grid, input);
    const preview = buildPreview(result, {
      grid: previewGrid(grid),
      format: grid.source.format,
      sourceSha256: null,
      year: planYear,
      rules,
    });
    return this.withAmendment(user, preview, result, input.amendsPlanId);
  }

  /** With a plan to amend, the preview also says what applying its rows to that plan changes. */
  private async withAmendment(
    user: AuthUser,
    preview: PlanPreviewDto,
    result: ParseResult,
    amendsPlanId: string | undefined,
  ): Promise<PlanPreviewDto> {
    if (!amendsPlanId) return preview;
    const amendment = await previewAmendment(
      this.dataSource.manager,
      user.wardId,
      amendsPlanId,
      result.plan,
      preview.rows,
    );
    return { ...preview, amendment };
  }

  private async parse(
    user: AuthUser,
    grid: PreviewGrid,
    options: { year?: number; amendsPlanId?: string },
  ): Promise<{ result: ParseResult; planYear: number; rules: DeadlineRules }> {
    const catalog = await loadWardCatalog(this.dataSource.manager, user.wardId);
    const planYear = options.year ?? this.clock.now().getUTCFullYear();
    const result = parsePlanGrid(grid, {
      units: catalog.unitSeeds,
      groups: catalog.groupSeeds,
      year: planYear,
    });
    refuseWithoutTasks(result);
    return { result, planYear, rules: await this.deadlineRules(user.wardId, options.amendsPlanId) };
  }

  /**
   * How the deadlines will be read when the rows are confirmed: a new plan takes the ward's
   * "Trước ngày D" of today, a revision is read as the plan it amends reads; both count the ward's
   * own working days.
   */
  private async deadlineRules(wardId: string, amendsPlanId: string | undefined): Promise<DeadlineRules> {
    const amended = amendsPlanId
      ? await this.dataSource.manager.findOne(PlanEntity, {
          where: { id: amendsPlanId, wardId },
          select: { id: true, beforeDateInclusive: true },
        })
      : null;
    const beforeDateInclusive =
      amended?.beforeDateInclusive ?? (await this.wardSettings.of(wardId)).beforeDateInclusive;
    return { beforeDateInclusive, calendar: await this.calendars.calendarOf(wardId) };
  }
}

export function refuseWithoutTasks(result: ParseResult): void {
  if (result.plan.tasks.length > 0) return;
  throw new AppError('INVALID_PAYLOAD', 'Không đọc được nhiệm vụ nào từ bảng; chưa có gì được lưu.', {
    details: ['no_tasks', ...result.warnings.slice(0, 20).map((warning) => warning.message)],
  });
}

function previewGrid(grid: PlanGrid): PreviewGrid {
  return { rows: grid.rows, textBefore: grid.textBefore, sourceRows: grid.sourceRows };
}
