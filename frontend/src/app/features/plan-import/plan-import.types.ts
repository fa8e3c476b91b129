/**
 * The answers of /api/plans/import* as the page reads them (the backend's plan-preview DTOs).
 * `amendment` is present only when the preview was asked as a revision of an existing plan.
 */

export type RowProblemCode =
  | 'unresolved_unit'
  | 'several_leads'
  | 'no_lead'
  | 'unreadable_deadline'
  | 'unsure_deadline'
  | 'numbering_gap';

export interface UnitSuggestion {
  kind: 'unit' | 'group';
  /** The unit's code, or the group's name. */
  key: string;
  name: string;
  score: number;
}

export interface RowProblem {
  code: RowProblemCode;
  message: string;
  subject?: string;
  field?: 'lead' | 'cooperators' | 'deadline' | 'number';
  suggestions?: UnitSuggestion[];
}

export interface DeadlineReading {
  kind: string;
  /** ISO dates, as the plan writes them (before any working-day shift). */
  dueDates: string[];
  /** The same dates moved off the ward's own days off (its calendar, on the server): what it counts by. */
  workingDueDates: string[];
  confidence: 'sure' | 'unsure';
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
  deadline: DeadlineReading;
  taskType: string;
  budgetText: string;
  noteText: string;
  extraCells: { header: string; text: string }[];
  problems: RowProblem[];
  blocking: boolean;
  sourceRow: number;
}

export interface PreviewSection {
  key: string;
  title: string;
  parentKey?: string;
}

export interface ParseWarning {
  row: number;
  code: string;
  message: string;
  subject?: string;
}

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface PreviewGrid {
  rows: GridCell[][];
  textBefore: string;
  sourceRows?: number[];
}

export interface UnresolvedName {
  name: string;
  refs: string[];
  suggestions: UnitSuggestion[];
}

export interface PlanHeaderGuess {
  symbol: string;
  title: string;
  issuedOn: string | null;
  year: number;
}

/** The plan's sections a revision adds or heads with another title (matched by key: I, II, 7.1…). */
export interface SectionChanges {
  added: { key: string; title: string }[];
  renamed: { key: string; before: string; after: string }[];
}

/** What a revised plan changes in the plan it amends (tasks by number and content, sections by key). */
export interface PlanAmendment {
  added: PreviewRow[];
  removed: { taskId: string; number: string; content: string }[];
  changed: { taskId: string; number: string; before: unknown; after: unknown }[];
  sections: SectionChanges;
}

export interface PlanPreview {
  header: PlanHeaderGuess;
  sections: PreviewSection[];
  rows: PreviewRow[];
  /** A framework (Mục tiêu – Nhiệm vụ – Hoạt động): its rows are written back in that layout. */
  framework: boolean;
  unresolvedNames: UnresolvedName[];
  warnings: ParseWarning[];
  grid: PreviewGrid;
  format: string;
  sourceSha256: string | null;
  blockingCount: number;
  amendment?: PlanAmendment;
}

export type NameTarget =
  { kind: 'unit'; unitCode: string } | { kind: 'group'; members: 'all' | string[] } | { kind: 'outside' };

export interface NameChoice {
  name: string;
  choice: NameTarget;
  saveAsAlias: boolean;
}

export interface ImportCatalog {
  units: { code: string; name: string }[];
  groups: { name: string; allUnits: boolean; memberCodes: string[] }[];
}

export interface ImportRequest {
  header: { symbol: string; title: string; issuedOn: string | null; year: number };
  grid: PreviewGrid;
  sourceSha256: string | null;
  choices: NameChoice[];
  amendsPlanId?: string;
}

export interface ImportResult {
  planId: string;
  taskCount: number;
  sectionCount: number;
  savedAliases: string[];
}
