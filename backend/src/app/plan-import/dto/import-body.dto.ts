import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ParseWarningDto, PreviewGrid } from './plan-preview.dto';

/*
 * The import's request bodies as OpenAPI sees them. The zod schemas in import-bodies.ts are what
 * checks them; these classes only describe the same shapes.
 */

const AMENDS = 'A plan of the caller’s ward that this document revises';

export class PlanHeaderBodyDto {
  @ApiPropertyOptional({ example: '158/KH-UBND', maxLength: 64 })
  symbol?: string;

  @ApiProperty({ example: 'Kế hoạch cải cách hành chính năm 2026', maxLength: 500 })
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-01-15', description: 'yyyy-mm-dd' })
  issuedOn?: string | null;

  @ApiProperty({ example: 2026, minimum: 2000, maximum: 2100 })
  year: number;
}

export class UnitChoiceDto {
  @ApiProperty({ enum: ['unit', 'group', 'outside'] })
  kind: 'unit' | 'group' | 'outside';

  @ApiPropertyOptional({ description: 'kind unit: the unit’s code', example: 'VHXH' })
  unitCode?: string;

  @ApiPropertyOptional({
    description: 'kind group: "all", or the member units’ codes',
    oneOf: [
      { type: 'string', enum: ['all'] },
      { type: 'array', items: { type: 'string' } },
    ],
  })
  members?: 'all' | string[];
}

export class NameChoiceDto {
  @ApiProperty({ description: 'The name as the plan writes it', example: 'Tổ công tác 08' })
  name: string;

  @ApiProperty({ type: UnitChoiceDto })
  choice: UnitChoiceDto;

  @ApiPropertyOptional({ description: 'Remember the choice as an alias of the ward', default: false })
  saveAsAlias?: boolean;
}

export class PlanImportBodyDto {
  @ApiProperty({ type: PlanHeaderBodyDto })
  header: PlanHeaderBodyDto;

  @ApiProperty({ type: PreviewGrid })
  grid: PreviewGrid;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The SHA-256 the preview gave for the uploaded file',
  })
  sourceSha256?: string | null;

  @ApiPropertyOptional({ type: [NameChoiceDto] })
  choices?: NameChoiceDto[];

  @ApiPropertyOptional({ format: 'uuid', description: AMENDS })
  amendsPlanId?: string;
}

export class PreviewPasteBodyDto {
  @ApiPropertyOptional({ description: 'The clipboard’s text/html' })
  html?: string;

  @ApiPropertyOptional({ description: 'The clipboard’s text/plain (tab-separated)' })
  text?: string;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: AMENDS })
  amendsPlanId?: string;
}

export class PreviewGridBodyDto {
  @ApiProperty({ type: PreviewGrid })
  grid: PreviewGrid;

  @ApiPropertyOptional({ type: String, nullable: true })
  sourceSha256?: string | null;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  year?: number;

  @ApiPropertyOptional({ format: 'uuid', description: AMENDS })
  amendsPlanId?: string;
}

export class PreviewFileBodyDto {
  @ApiProperty({ type: 'string', format: 'binary', description: '.docx, .xlsx, .pdf, .txt/.tsv' })
  file: string;

  @ApiPropertyOptional({ format: 'uuid', description: AMENDS })
  amendsPlanId?: string;
}

/**
 * The preview request, as JSON (a paste or an edited grid) or multipart (a file). `anyOf`: the
 * shapes share their optional fields (year, amendsPlanId), so a body may fit more than one.
 */
export const PREVIEW_BODY_SCHEMA = {
  anyOf: [
    { $ref: getSchemaPath(PreviewPasteBodyDto) },
    { $ref: getSchemaPath(PreviewGridBodyDto) },
    { $ref: getSchemaPath(PreviewFileBodyDto) },
  ],
};
export const PREVIEW_BODY_MODELS = [PreviewPasteBodyDto, PreviewGridBodyDto, PreviewFileBodyDto];

@ApiExtraModels(ParseWarningDto)
export class TextImportResultDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null for a dry run' })
  planId: string | null;

  @ApiProperty()
  taskCount: number;

  @ApiProperty()
  sectionCount: number;

  @ApiProperty({ type: [ParseWarningDto] })
  warnings: ParseWarningDto[];
}
