import type { ParseWarning, RowProblem, UnitSuggestion } from '@dondoc/plan-parser';
import type { GridRow } from '@dondoc/plan-readers';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DeadlineReadingDto,
  PlanHeaderGuess,
  PlanImportResultDto,
  PlanPreviewDto,
  PreviewGrid,
  PreviewRow,
  PreviewSection,
  UnresolvedName,
} from './dto/plan-preview.dto';
import type { ImportAnswer } from './plan-import.controller';

/** One cell of a plan's table: it starts here and reaches colSpan columns and rowSpan rows, as in HTML. */
const GRID_CELL = {
  type: 'object',
  required: ['text'],
  properties: {
    text: { type: 'string', description: 'The cell’s paragraphs joined by a line break' },
    colSpan: { type: 'integer' },
    rowSpan: { type: 'integer' },
  },
};

export class ParseWarningResponse implements ParseWarning {
  @ApiProperty({ description: '1-based line of the input; 0 for the whole text' }) row!: number;
  @ApiProperty() code!: ParseWarning['code'];
  @ApiProperty({ description: 'Vietnamese, for the person who imports the plan' }) message!: string;
  @ApiPropertyOptional() subject?: string;
}

export class UnitSuggestionResponse implements UnitSuggestion {
  @ApiProperty({ enum: ['unit', 'group'] }) kind!: 'unit' | 'group';
  @ApiProperty({ description: 'The unit’s code or the group’s name' }) key!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ minimum: 0, maximum: 1 }) score!: number;
}

export class RowProblemResponse implements RowProblem {
  @ApiProperty() code!: RowProblem['code'];
  @ApiProperty({ description: 'Vietnamese, for the preview' }) message!: string;
  @ApiPropertyOptional() subject?: string;
  @ApiPropertyOptional({ enum: ['lead', 'cooperators', 'deadline', 'number'] }) field?: RowProblem['field'];
  @ApiPropertyOptional({ type: [UnitSuggestionResponse] }) suggestions?: UnitSuggestionResponse[];
}

export class PlanHeaderGuessResponse implements PlanHeaderGuess {
  @ApiProperty({ example: '125/KH-UBND' }) symbol!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) issuedOn!: string | null;
  @ApiProperty() year!: number;
}

export class PreviewSectionResponse implements PreviewSection {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional() parentKey?: string;
}

export class DeadlineReadingResponse implements DeadlineReadingDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ type: [String], description: 'ISO dates' }) dueDates!: string[];
  @ApiProperty({ enum: ['sure', 'unsure'] }) confidence!: 'sure' | 'unsure';
  @ApiProperty({ type: [String] }) statementKinds!: string[];
}

export class ExtraCellResponse {
  @ApiProperty() header!: string;
  @ApiProperty() text!: string;
}

export class PreviewRowResponse implements PreviewRow {
  @ApiProperty() ref!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ type: String, nullable: true }) sectionKey!: string | null;
  @ApiProperty() level!: string;
  @ApiProperty() content!: string;
  @ApiProperty() leadText!: string;
  @ApiProperty() cooperatorText!: string;
  @ApiProperty({ type: [String] }) leadUnitCodes!: string[];
  @ApiProperty({ type: [String] }) leadGroupNames!: string[];
  @ApiProperty({ type: [String] }) cooperatorUnitCodes!: string[];
  @ApiProperty({ type: [String] }) cooperatorGroupNames!: string[];
  @ApiProperty() deliverable!: string;
  @ApiProperty() deadlineText!: string;
  @ApiProperty({ type: DeadlineReadingResponse }) deadline!: DeadlineReadingResponse;
  @ApiProperty() taskType!: string;
  @ApiProperty() budgetText!: string;
  @ApiProperty() noteText!: string;
  @ApiProperty({ type: [ExtraCellResponse] }) extraCells!: ExtraCellResponse[];
  @ApiProperty({ type: [RowProblemResponse] }) problems!: RowProblemResponse[];
  @ApiProperty({ description: 'A problem on the row stops the import until fixed' }) blocking!: boolean;
  @ApiProperty({ description: 'Row of the grid (1-based) the task starts on' }) sourceRow!: number;
}

export class UnresolvedNameResponse implements UnresolvedName {
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'Refs of the rows that write it' }) refs!: string[];
  @ApiProperty({ type: [UnitSuggestionResponse] }) suggestions!: UnitSuggestionResponse[];
}

export class PreviewGridResponse implements PreviewGrid {
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: GRID_CELL },
    description: 'The table as rows of cells, header rows first',
  })
  rows!: GridRow[];
  @ApiProperty() textBefore!: string;
  @ApiPropertyOptional({ type: [Number] }) sourceRows?: number[];
}

export class PlanPreviewResponse implements PlanPreviewDto {
  @ApiProperty({ type: PlanHeaderGuessResponse }) header!: PlanHeaderGuessResponse;
  @ApiProperty({ type: [PreviewSectionResponse] }) sections!: PreviewSectionResponse[];
  @ApiProperty({ type: [PreviewRowResponse] }) rows!: PreviewRowResponse[];
  @ApiProperty({ type: [UnresolvedNameResponse] }) unresolvedNames!: UnresolvedNameResponse[];
  @ApiProperty({ type: [ParseWarningResponse] }) warnings!: ParseWarningResponse[];
  @ApiProperty({ type: PreviewGridResponse, description: 'Edit it and send it back to re-read or import' })
  grid!: PreviewGridResponse;
  @ApiProperty({ enum: ['docx', 'xlsx', 'pdf', 'html', 'text', 'grid'] }) format!: PlanPreviewDto['format'];
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the uploaded file' })
  sourceSha256!: string | null;
  @ApiProperty({ description: 'Problems that stop the import until fixed' }) blockingCount!: number;
}

/** The answer of a text import (or of its dry run, with planId null). */
export class TextImportResponse implements ImportAnswer {
  @ApiProperty({ type: String, nullable: true, description: 'Null for a dry run' }) planId!: string | null;
  @ApiProperty() taskCount!: number;
  @ApiProperty() sectionCount!: number;
  @ApiProperty({ type: [ParseWarningResponse] }) warnings!: ParseWarningResponse[];
}

/** The answer of an import from the corrected preview. */
export class PlanImportResultResponse implements PlanImportResultDto {
  @ApiProperty() planId!: string;
  @ApiProperty() taskCount!: number;
  @ApiProperty() sectionCount!: number;
  @ApiProperty({ type: [String], description: 'Spellings saved as unit aliases' }) savedAliases!: string[];
}
