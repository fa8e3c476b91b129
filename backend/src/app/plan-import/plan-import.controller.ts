import type { ParseWarning } from '@dondoc/plan-parser';
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
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImportQueryDto } from './dto/import-query.dto';
import type { PlanImportResultDto, PlanPreviewDto } from './dto/plan-preview.dto';
import { PlanGridImporter } from './plan-grid-importer';
import { PlanImportResultResponse, PlanPreviewResponse, TextImportResponse } from './plan-import.responses';
import { PlanPreviewer, type UploadedPlanFile } from './plan-previewer';
import { PlanTextImporter } from './plan-text-importer';
import { PlanUploadLimitFilter } from './upload-limit.filter';

export interface ImportAnswer {
  planId: string | null;
  taskCount: number;
  sectionCount: number;
  warnings: ParseWarning[];
}

/** The multipart field of the uploaded plan document. */
export const PLAN_FILE_FIELD = 'file';

@ApiTags('plans')
@ApiBearerAuth()
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
  @ApiBody({
    schema: {
      oneOf: [
        {
          type: 'object',
          properties: { html: { type: 'string' }, text: { type: 'string' }, year: { type: 'integer' } },
        },
        {
          type: 'object',
          required: [PLAN_FILE_FIELD],
          properties: { [PLAN_FILE_FIELD]: { type: 'string', format: 'binary' } },
        },
        {
          type: 'object',
          required: ['grid'],
          properties: { grid: { type: 'object' }, sourceSha256: { type: 'string' } },
        },
      ],
    },
  })
  @ApiCreatedResponse({
    type: PlanPreviewResponse,
    description: 'The preview: header guesses, sections, rows with problems, the grid, the file’s SHA-256',
  })
  @ApiResponse({
    status: 400,
    description: 'Corrupt, encrypted, macro-enabled, a scan, no task table; details[0] is the reason’s code',
  })
  @ApiResponse({ status: 403, description: 'Neither an admin nor a person of Văn phòng' })
  @ApiResponse({ status: 413, description: 'Larger than the import limit (20 MB)' })
  @ApiResponse({ status: 415, description: 'Not a Word, Excel, PDF or text file (or an old .doc/.xls)' })
  preview(
    @UploadedFile() file: UploadedPlanFile | undefined,
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
    @Headers('content-type') contentType: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<PlanPreviewDto> {
    if (file || contentType?.toLowerCase().startsWith('multipart/'))
      return this.previewer.previewFile(user, file, query.year);
    return this.previewer.previewBody(user, body);
  }

  @Post()
  @ApiOperation({
    summary:
      'Create the plan: JSON { header, grid, choices, sourceSha256 } from the corrected preview (admin or Văn phòng); text/plain still imports a task table as text (admin), dryRun=true only previews',
  })
  // text/plain first: the documented example stays the text import that seeds and scripts use.
  @ApiConsumes('text/plain', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string' },
        {
          type: 'object',
          required: ['header', 'grid'],
          properties: {
            header: { type: 'object', description: 'The plan’s symbol, title, date and year, as corrected' },
            grid: { type: 'object', description: 'The grid of the preview, as edited' },
            choices: { type: 'object', description: 'The unit chosen for each unresolved name' },
            sourceSha256: { type: 'string' },
          },
        },
      ],
    },
  })
  @ApiExtraModels(TextImportResponse, PlanImportResultResponse)
  @ApiCreatedResponse({
    description: 'Created (or previewed): a text import answers its counts and the parser’s warnings',
    schema: {
      oneOf: [{ $ref: getSchemaPath(PlanImportResultResponse) }, { $ref: getSchemaPath(TextImportResponse) }],
    },
  })
  @ApiResponse({
    status: 403,
    description: 'A text import is for admins; an import from the preview for admins and Văn phòng',
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
