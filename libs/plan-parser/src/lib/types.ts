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
  flags: TaskFlag[];
  /** 1-based line of the input where the task's text starts. */
  sourceRow: number;
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
