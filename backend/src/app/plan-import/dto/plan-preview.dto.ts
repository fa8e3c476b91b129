import type { ParseWarningCode, RowProblemCode } from '@dondoc/plan-parser';
import type { PlanFormat } from '@dondoc/plan-readers';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/*
 * The preview and the import's answers, as classes so that OpenAPI describes them field by field.
 * The services build them as plain objects of these shapes.
 */

/** The plan's own facts as read from the text above its table; the person confirms or corrects them. */
export class PlanHeaderGuess {
  @ApiProperty({ example: '158/KH-UBND' })
  symbol: string;

  @ApiProperty({ example: 'Kế hoạch cải cách hành chính năm 2026' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: '2026-01-15', description: 'yyyy-mm-dd' })
  issuedOn: string | null;

  @ApiProperty({ example: 2026 })
  year: number;
}

export class PreviewSection {
  @ApiProperty({ example: 'I' })
  key: string;

  @ApiProperty()
  title: string;

  @ApiPropertyOptional({ description: 'Set on sub-sections (7.1 belongs to VII)' })
  parentKey?: string;
}

/** How a deadline cell was read: what the preview shows beside the text as written. */
export class DeadlineReadingDto {
  @ApiProperty({ example: 'fixed' })
  kind: string;

  @ApiProperty({
    type: [String],
    description: 'ISO dates (yyyy-mm-dd) as the plan writes them, before any move off a day off',
  })
  dueDates: string[];

  @ApiProperty({
    type: [String],
    description:
      'Each of dueDates moved to the next working day of the ward’s own calendar (its confirmed years and make-up days) when it falls on a day off: the dates its boards and reminders count by; the client shows them as dd/mm/yyyy',
  })
  workingDueDates: string[];

  @ApiProperty({ enum: ['sure', 'unsure'] })
  confidence: 'sure' | 'unsure';

  @ApiProperty({
    type: [String],
    description: 'Each statement of a cell that holds two ("6 tháng và hằng năm"), by kind',
  })
  statementKinds: string[];
}

export class UnitSuggestionDto {
  @ApiProperty({ enum: ['unit', 'group'] })
  kind: 'unit' | 'group';

  @ApiProperty({ description: 'The unit’s code, or the group’s name' })
  key: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score: number;
}

export class RowProblemDto {
  @ApiProperty({
    enum: [
      'unresolved_unit',
      'several_leads',
      'no_lead',
      'unreadable_deadline',
      'unsure_deadline',
      'numbering_gap',
    ],
  })
  code: RowProblemCode;

  @ApiProperty({ description: 'In Vietnamese' })
  message: string;

  @ApiPropertyOptional()
  subject?: string;

  @ApiPropertyOptional({ enum: ['lead', 'cooperators', 'deadline', 'number'] })
  field?: 'lead' | 'cooperators' | 'deadline' | 'number';

  @ApiPropertyOptional({ type: [UnitSuggestionDto] })
  suggestions?: UnitSuggestionDto[];
}

export class ParseWarningDto {
  @ApiProperty({ description: '1-based row of the grid; 0 for the whole table' })
  row: number;

  @ApiProperty({ type: String, example: 'unknown_column' })
  code: ParseWarningCode;

  @ApiProperty({ description: 'In Vietnamese' })
  message: string;

  @ApiPropertyOptional()
  subject?: string;
}

export class ExtraCellDto {
  @ApiProperty({ example: 'Mức độ ưu tiên' })
  header: string;

  @ApiProperty()
  text: string;
}

export class PreviewRow {
  @ApiProperty({ example: 'I.3', description: 'Unique within the plan' })
  ref: string;

  @ApiProperty({ example: '3' })
  number: string;

  @ApiProperty({ type: String, nullable: true })
  sectionKey: string | null;

  @ApiProperty({ enum: ['target', 'task', 'activity'] })
  level: string;

  @ApiProperty()
  content: string;

  @ApiProperty()
  leadText: string;

  @ApiProperty()
  cooperatorText: string;

  @ApiProperty({ type: [String] })
  leadUnitCodes: string[];

  @ApiProperty({ type: [String] })
  leadGroupNames: string[];

  @ApiProperty({ type: [String] })
  cooperatorUnitCodes: string[];

  @ApiProperty({ type: [String] })
  cooperatorGroupNames: string[];

  @ApiProperty()
  deliverable: string;

  @ApiProperty()
  deadlineText: string;

  @ApiProperty({ type: DeadlineReadingDto })
  deadline: DeadlineReadingDto;

  @ApiProperty({ example: 'document' })
  taskType: string;

  @ApiProperty()
  budgetText: string;

  @ApiProperty()
  noteText: string;

  @ApiProperty({ type: [ExtraCellDto] })
  extraCells: ExtraCellDto[];

  @ApiProperty({ type: [RowProblemDto] })
  problems: RowProblemDto[];

  @ApiProperty({ description: 'True when a problem on the row stops the import until it is fixed' })
  blocking: boolean;

  @ApiProperty({ description: 'Row of the grid (1-based, as in sourceRows) the task starts on' })
  sourceRow: number;
}

/** A name of a lead or cooperator cell that matched no unit or group of the ward. */
export class UnresolvedName {
  @ApiProperty()
  name: string;

  @ApiProperty({ type: [String], description: 'Refs of the rows that write it' })
  refs: string[];

  @ApiProperty({ type: [UnitSuggestionDto] })
  suggestions: UnitSuggestionDto[];
}

export class GridCellDto {
  @ApiProperty({ description: 'The cell’s paragraphs joined by "\\n"' })
  text: string;

  @ApiPropertyOptional({ minimum: 1 })
  colSpan?: number;

  @ApiPropertyOptional({ minimum: 1 })
  rowSpan?: number;
}

@ApiExtraModels(GridCellDto)
export class PreviewGrid {
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { $ref: getSchemaPath(GridCellDto) } },
    description: 'Header row(s) first, then the body',
  })
  rows: GridCellDto[][];

  @ApiProperty({ description: 'Text above the table (title, number, date)' })
  textBefore: string;

  @ApiPropertyOptional({ type: [Number], description: 'Line of the source each row came from' })
  sourceRows?: number[];
}

/** The fields of a task a revision changes, before or after; only the fields that differ. */
export class AmendedFieldsDto {
  @ApiPropertyOptional({ type: String })
  number?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  sectionKey?: string | null;

  @ApiPropertyOptional({ type: String })
  content?: string | null;

  @ApiPropertyOptional({ type: String })
  leadText?: string | null;

  @ApiPropertyOptional({ type: String })
  cooperatorText?: string | null;

  @ApiPropertyOptional({ type: String })
  deliverable?: string | null;

  @ApiPropertyOptional({ type: String })
  deadlineText?: string | null;

  @ApiPropertyOptional({ type: String })
  budgetText?: string | null;
}

export class AmendmentRemovalDto {
  @ApiProperty({ format: 'uuid' })
  taskId: string;

  @ApiProperty({ example: '4' })
  number: string;

  @ApiProperty()
  content: string;

  @ApiProperty({ description: 'The task’s workflow state now' })
  state: string;

  @ApiProperty({ description: 'False when the task is already approved or cancelled: it stays as it is' })
  willCancel: boolean;
}

export class AmendmentChangeDto {
  @ApiProperty({ format: 'uuid' })
  taskId: string;

  @ApiProperty({ example: '2' })
  number: string;

  @ApiProperty({ description: 'The row’s ref in this preview' })
  ref: string;

  @ApiProperty({ type: AmendedFieldsDto })
  before: AmendedFieldsDto;

  @ApiProperty({ type: AmendedFieldsDto })
  after: AmendedFieldsDto;
}

export class AmendedSectionTitleDto {
  @ApiProperty({ example: 'III' })
  key: string;

  @ApiProperty({ example: 'Chính quyền số' })
  title: string;
}

export class RenamedSectionDto {
  @ApiProperty({ example: 'I' })
  key: string;

  @ApiProperty({ example: 'CẢI CÁCH THỂ CHẾ' })
  before: string;

  @ApiProperty({ example: 'CẢI CÁCH THỂ CHẾ VÀ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH' })
  after: string;
}

/** The plan's sections the revision adds or heads with another title (matched by key). */
export class AmendmentSectionsDto {
  @ApiProperty({ type: [AmendedSectionTitleDto], description: 'Sections the plan does not have yet' })
  added: AmendedSectionTitleDto[];

  @ApiProperty({
    type: [RenamedSectionDto],
    description: 'Sections whose title changes; a section the revision leaves out stays as it is',
  })
  renamed: RenamedSectionDto[];
}

/** What importing these rows as a revision of a plan in the system would change. */
export class AmendmentPreview {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty({ type: [PreviewRow], description: 'Rows no task of the plan matches: new tasks' })
  added: PreviewRow[];

  @ApiProperty({ type: [AmendmentRemovalDto], description: 'Tasks no row matches: cancelled, never deleted' })
  removed: AmendmentRemovalDto[];

  @ApiProperty({ type: [AmendmentChangeDto], description: 'Matched tasks whose fields differ' })
  changed: AmendmentChangeDto[];

  @ApiProperty({ description: 'Matched tasks with nothing to change' })
  unchanged: number;

  @ApiProperty({ type: AmendmentSectionsDto })
  sections: AmendmentSectionsDto;
}

const FORMATS: (PlanFormat | 'grid')[] = ['docx', 'xlsx', 'pdf', 'html', 'text', 'grid'];

export class PlanPreviewDto {
  @ApiProperty({ type: PlanHeaderGuess })
  header: PlanHeaderGuess;

  @ApiProperty({ type: [PreviewSection] })
  sections: PreviewSection[];

  @ApiProperty({ type: [PreviewRow] })
  rows: PreviewRow[];

  @ApiProperty({
    description:
      'True when the table is a framework (Mục tiêu – Nhiệm vụ – Hoạt động): corrected rows go back in that layout, which alone says a row is a target or an activity',
  })
  framework: boolean;

  @ApiProperty({ type: [UnresolvedName] })
  unresolvedNames: UnresolvedName[];

  @ApiProperty({ type: [ParseWarningDto] })
  warnings: ParseWarningDto[];

  @ApiProperty({
    type: PreviewGrid,
    description: 'The grid the rows were read from: the client edits it and sends it back',
  })
  grid: PreviewGrid;

  @ApiProperty({ enum: FORMATS })
  format: PlanFormat | 'grid';

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SHA-256 of the uploaded file, kept by the server; null for a paste or an edited grid',
  })
  sourceSha256: string | null;

  @ApiProperty({ description: 'Problems that stop the import until fixed' })
  blockingCount: number;

  @ApiPropertyOptional({
    type: AmendmentPreview,
    description: 'Present when amendsPlanId was given: what applying the rows to that plan changes',
  })
  amendment?: AmendmentPreview;
}

export const BLOCKING_PROBLEMS: ReadonlySet<RowProblemCode> = new Set(['unresolved_unit', 'no_lead']);

export class AmendmentOutcomeDto {
  @ApiProperty({ description: 'Tasks created' })
  added: number;

  @ApiProperty({ description: 'Tasks corrected' })
  changed: number;

  @ApiProperty({ description: 'Tasks cancelled' })
  removed: number;

  @ApiProperty({ description: 'Removed tasks already approved or cancelled, left as they stand' })
  alreadySettled: number;

  @ApiProperty({ description: 'Sections added to the plan' })
  sectionsAdded: number;

  @ApiProperty({ description: 'Sections whose title changed' })
  sectionsRenamed: number;
}

export class PlanImportResultDto {
  @ApiProperty({ format: 'uuid' })
  planId: string;

  @ApiProperty()
  taskCount: number;

  @ApiProperty()
  sectionCount: number;

  @ApiProperty({ type: [String], description: 'Names remembered as aliases of the ward' })
  savedAliases: string[];

  @ApiPropertyOptional({
    type: AmendmentOutcomeDto,
    description: 'Present when the import amended a plan in the system',
  })
  amendment?: AmendmentOutcomeDto;
}
