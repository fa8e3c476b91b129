import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';

/** The three table layouts met in real plans; 'unknown' when no table could be found. */
export type PlanShape = 'tsv-deadline-then-deliverable' | 'tsv-deliverable-then-deadline' | 'framework';

export type TaskLevel = 'target' | 'task' | 'activity';

export type TaskFlag = 'several_leads' | 'unresolved_unit' | 'no_lead' | 'continued_row' | 'html_removed';

export type GroupMembers = UnitGroupSeed['members'];

export interface ParsedSection {
  /** 'I', 'VII', or a sub-section such as '7.1'. */
  key: string;
  title: string;
  /** Set on sub-sections ('7.1' belongs to 'VII'). */
  parentKey?: string;
}

export interface ParsedTask {
  /** Unique within the plan: '12', '1.1', '2.3', '3.7'. */
  ref: string;
  /** The number as printed ('' when the row had none). */
  number: string;
  sectionKey: string | null;
  level: TaskLevel;
  parentRef: string | null;
  content: string;
  leadText: string;
  cooperatorText: string;
  leadUnitCodes: string[];
  /** Members of the group(s) named in the lead cell, merged; null when it names no group. */
  leadGroup: GroupMembers | null;
  leadGroupNames: string[];
  cooperatorUnitCodes: string[];
  cooperatorGroups: GroupMembers[];
  cooperatorGroupNames: string[];
  deliverable: string;
  /** Kế hoạch, Công văn, Quyết định, Báo cáo, Hướng dẫn, Quy chế, QPPL… */
  deliverableKind: string | null;
  deadlineText: string;
  budgetText: string;
  /** The "Ghi chú" column. */
  noteText: string;
  /** Cells of columns the parser does not know ("Mức độ ưu tiên"…), kept for the preview. */
  extraCells: ExtraCell[];
  flags: TaskFlag[];
  /** Everything a person should look at on this row, each said once, in Vietnamese. */
  problems: RowProblem[];
  /** 1-based line of the input where the task's text starts. */
  sourceRow: number;
}

export interface ExtraCell {
  /** The column's header as printed, or "Cột 8" when the column has none. */
  header: string;
  text: string;
}

/**
 * A known unit or group whose name is close to a name the plan wrote: offered to the person,
 * never applied by the parser.
 */
export interface UnitSuggestion {
  kind: 'unit' | 'group';
  /** The unit's code (kind 'unit') or the group's name (kind 'group'). */
  key: string;
  /** The catalog's name for it, to show. */
  name: string;
  /** 0–1: how close the written name is to this unit's nearest spelling. */
  score: number;
}

export type RowProblemCode =
  | 'unresolved_unit'
  | 'several_leads'
  | 'no_lead'
  | 'unreadable_deadline'
  | 'unsure_deadline'
  | 'numbering_gap';

export interface RowProblem {
  code: RowProblemCode;
  /** Vietnamese, for the preview. */
  message: string;
  /** The text the problem is about: an unresolved name, the deadline cell, the number. */
  subject?: string;
  /** Which cell of the row: the lead cell, the cooperators cell, the deadline, the number. */
  field?: 'lead' | 'cooperators' | 'deadline' | 'number';
  /** For an unresolved name: known units close to it, best first, for the person to choose. */
  suggestions?: UnitSuggestion[];
}

export interface ParsedPlan {
  shape: PlanShape | 'unknown';
  sections: ParsedSection[];
  tasks: ParsedTask[];
  /** '158/KH-UBND'; '' when the document names a symbol without a number; absent when none. */
  symbol?: string;
  /** ISO date of issue, when the header states a full date. */
  issuedOn?: string;
  title?: string;
  year?: number;
}

export type ParseWarningCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'no_table'
  | 'no_tasks'
  | 'unresolved_unit'
  | 'no_lead'
  | 'orphan_continuation'
  | 'ignored_line'
  | 'extra_cells'
  | 'missing_number'
  | 'duplicate_number'
  | 'numbering_gap'
  | 'unknown_column'
  | 'too_many_warnings'
  | 'internal_error';

export interface ParseWarning {
  /** 1-based line of the input; 0 when the warning is about the whole text. */
  row: number;
  code: ParseWarningCode;
  /** Vietnamese, for the person who imports the plan. */
  message: string;
  /** The text the warning is about (an unmatched unit name, an ignored line…). */
  subject?: string;
}

export interface ParseResult {
  plan: ParsedPlan;
  warnings: ParseWarning[];
}

export interface ParseOptions {
  units: UnitSeed[];
  groups: UnitGroupSeed[];
  /** The plan's year when the text does not say it. */
  year?: number;
}
