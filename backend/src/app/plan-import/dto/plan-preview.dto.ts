import type { ParseWarning, RowProblem, RowProblemCode } from '@dondoc/plan-parser';
import type { GridRow, PlanFormat } from '@dondoc/plan-readers';

/** The plan's own facts as read from the text above its table; the person confirms or corrects them. */
export interface PlanHeaderGuess {
  symbol: string;
  title: string;
  issuedOn: string | null;
  year: number;
}

export interface PreviewSection {
  key: string;
  title: string;
  parentKey?: string;
}

/** How a deadline cell was read: what the preview shows beside the text as written. */
export interface DeadlineReadingDto {
  kind: string;
  /** ISO dates (yyyy-mm-dd); the client shows them as dd/mm/yyyy. */
  dueDates: string[];
  confidence: 'sure' | 'unsure';
  /** Each statement of a cell that holds two ("6 tháng và hằng năm"), by kind. */
  statementKinds: string[];
}

export interface PreviewRow {
  ref: string;
  number: string;
  sectionKey: string | null;
  level: string;
  content: string;
  leadText: string;
  cooperatorText: string;
  leadUnitCodes: string[];
  leadGroupNames: string[];
  cooperatorUnitCodes: string[];
  cooperatorGroupNames: string[];
  deliverable: string;
  deadlineText: string;
  deadline: DeadlineReadingDto;
  taskType: string;
  budgetText: string;
  noteText: string;
  extraCells: { header: string; text: string }[];
  problems: RowProblem[];
  /** True when a problem on the row stops the import until it is fixed. */
  blocking: boolean;
  /** Row of the grid (1-based, as in `sourceRows`) the task starts on. */
  sourceRow: number;
}

/** A name of a lead or cooperator cell that matched no unit or group of the ward. */
export interface UnresolvedName {
  name: string;
  /** Refs of the rows that write it. */
  refs: string[];
  suggestions: NonNullable<RowProblem['suggestions']>;
}

export interface PreviewGrid {
  rows: GridRow[];
  textBefore: string;
  sourceRows?: number[];
}

export interface PlanPreviewDto {
  header: PlanHeaderGuess;
  sections: PreviewSection[];
  rows: PreviewRow[];
  unresolvedNames: UnresolvedName[];
  warnings: ParseWarning[];
  /** The grid the rows were read from: the client edits it and sends it back to re-read or import. */
  grid: PreviewGrid;
  format: PlanFormat | 'grid';
  /** SHA-256 of the uploaded file, kept by the server; null for a paste or an edited grid. */
  sourceSha256: string | null;
  /** Problems that stop the import until fixed. */
  blockingCount: number;
}

export const BLOCKING_PROBLEMS: ReadonlySet<RowProblemCode> = new Set(['unresolved_unit', 'no_lead']);

export interface PlanImportResultDto {
  planId: string;
  taskCount: number;
  sectionCount: number;
  savedAliases: string[];
}
