import { DEFAULT_MAX_PLAN_FILE_BYTES } from '@dondoc/plan-readers';
import {
  Body,
  Controller,
  Headers,
  Post,
  Query,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { z } from 'zod';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { IMPORT_JSON_BODY_LIMIT_BYTES } from '../http/request-bodies';
import { validBody } from './body-validation';
import {
  PlanImportBodyDto,
  PREVIEW_BODY_MODELS,
  PREVIEW_BODY_SCHEMA,
  TextImportResultDto,
} from './dto/import-body.dto';
import { ImportQueryDto } from './dto/import-query.dto';
import { PlanImportResultDto, PlanPreviewDto } from './dto/plan-preview.dto';
import { PlanGridImporter } from './plan-grid-importer';
import { PlanPreviewer, type UploadedPlanFile } from './plan-previewer';
import { PlanTextImporter } from './plan-text-importer';
import { PlanUploadLimitFilter } from './upload-limit.filter';

export type ImportAnswer = TextImportResultDto;

/** The text fields a multipart preview may carry beside its file. */
const multipartFieldsSchema = z.object({
  amendsPlanId: z
    .string()
    .regex(/^[0-9a-fA-F-]{36}$/)
    .optional(),
});

/** The multipart field of the uploaded plan document. */
export const PLAN_FILE_FIELD = 'file';

@ApiTags('plans')
@ApiBearerAuth()
@ApiExtraModels(PlanImportBodyDto, PlanImportResultDto, TextImportResultDto, ...PREVIEW_BODY_MODELS)
@Controller('plans/import')
export class PlanImportController {
  constructor(
    private readonly textImporter: PlanTextImporter,
    private readonly previewer: PlanPreviewer,
    private readonly gridImporter: PlanGridImporter,
  ) {}

  @Post('preview')
  @UseInterceptors(
    FileInterceptor(PLAN_FILE_FIELD, {
      limits: { fileSize: DEFAULT_MAX_PLAN_FILE_BYTES, files: 1, fields: 5, parts: 6 },
      defParamCharset: 'utf8',
    }),
  )
  @UseFilters(PlanUploadLimitFilter)
  @ApiOperation({
    summary:
      'Read a plan document (.docx, .xlsx, .pdf with text, .txt/.tsv), a paste ({ html, text }) or an edited grid ({ grid }) into the preview to correct; nothing is created (admin or Văn phòng)',
  })
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ schema: PREVIEW_BODY_SCHEMA })
  @ApiCreatedResponse({
    type: PlanPreviewDto,
    description:
      'The preview: header guesses, sections, rows with problems, the grid, the file’s SHA-256; with amendsPlanId, also what applying it to that plan changes',
  })
  @ApiResponse({
    status: 400,
    description: 'Corrupt, encrypted, macro-enabled, a scan, no task table; details[0] is the reason’s code',
  })
  @ApiResponse({ status: 403, description: 'Neither an admin nor a person of Văn phòng' })
  @ApiResponse({ status: 404, description: 'amendsPlanId names no plan of the caller’s ward' })
  @ApiResponse({
    status: 413,
    description: `A file larger than the import limit (20 MB), or a JSON body over ${IMPORT_JSON_BODY_LIMIT_BYTES / 1024 / 1024} MB`,
  })
  @ApiResponse({ status: 415, description: 'Not a Word, Excel, PDF or text file (or an old .doc/.xls)' })
  preview(
    @UploadedFile() file: UploadedPlanFile | undefined,
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<PlanPreviewDto> {
    if (file || contentType?.toLowerCase().startsWith('multipart/')) {
      const fields = validBody(multipartFieldsSchema, body ?? {});
      return this.previewer.previewFile(user, file, {
        year: query.year,
        amendsPlanId: fields.amendsPlanId,
      });
    }
    return this.previewer.previewBody(user, body);
  }

  @Post()
  @ApiOperation({
    summary:
      'Create the plan: JSON { header, grid, choices, sourceSha256 } from the corrected preview (admin or Văn phòng); with amendsPlanId, apply it to that plan instead (tasks added, corrected, or cancelled with a reason, all or nothing); text/plain still imports a task table as text (admin), dryRun=true only previews',
  })
  // text/plain first: the documented example stays the text import that seeds and scripts use.
  @ApiConsumes('text/plain', 'application/json')
  @ApiBody({
    schema: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(PlanImportBodyDto) }] },
  })
  @ApiCreatedResponse({
    description:
      'JSON: the plan created or amended (PlanImportResultDto); text/plain: created (or previewed), with the parser’s warnings (TextImportResultDto)',
    schema: {
      oneOf: [{ $ref: getSchemaPath(PlanImportResultDto) }, { $ref: getSchemaPath(TextImportResultDto) }],
    },
  })
  @ApiResponse({
    status: 403,
    description: 'A text import is for admins; an import from the preview for admins and Văn phòng',
  })
  @ApiResponse({ status: 404, description: 'amendsPlanId names no plan of the caller’s ward' })
  @ApiResponse({
    status: 409,
    description: 'A task of the amended plan changed meanwhile; nothing was saved, preview again',
  })
  @ApiResponse({ status: 413, description: 'Larger than the import limit' })
  @ApiResponse({
    status: 400,
    description:
      'No task could be read, or rows still need a lead or a known unit; the details say which; nothing was saved',
  })
  import(
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportAnswer | PlanImportResultDto> {
    if (isJsonObject(body)) return this.gridImporter.import(user, body);
    return this.textImporter.import(user, typeof body === 'string' ? body : '', query);
  }
}

function isJsonObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).length > 0;
}
