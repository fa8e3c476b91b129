import type { ExtraCell, ParsedSection, ParseWarning, TaskLevel } from './types';

/** A task as read from the table, before unit names are resolved and text is cleaned. */
export interface RawTask {
  number: string;
  level: TaskLevel;
  sectionKey: string | null;
  /** Number of the parent target or task (frameworks only). */
  parentNumber: string | null;
  content: string;
  lead: string;
  cooperators: string;
  deliverable: string;
  deadline: string;
  budget: string;
  /** The "Ghi chú" column. */
  note: string;
  /** Cells of columns the parser does not know, kept with their header. */
  extraCells: ExtraCell[];
  /** An unnumbered part ("-", "+") of the task above: it gets a ref, not a missing-number warning. */
  part: boolean;
  /** The ref to give when the printed number is not unique by nature ("a)" under task 3 → "3.a"). */
  refHint?: string;
  sourceRow: number;
  /** Lines of the lead and cooperator cells, so a warning about a shared cell is given once. */
  leadRow: number;
  cooperatorRow: number;
  continued: boolean;
}

export interface RawTable {
  sections: ParsedSection[];
  tasks: RawTask[];
  warnings: ParseWarning[];
}

export function emptyRawTask(sourceRow: number, sectionKey: string | null): RawTask {
  return {
    number: '',
    level: 'task',
    sectionKey,
    parentNumber: null,
    content: '',
    lead: '',
    cooperators: '',
    deliverable: '',
    deadline: '',
    budget: '',
    note: '',
    extraCells: [],
    part: false,
    sourceRow,
    leadRow: sourceRow,
    cooperatorRow: sourceRow,
    continued: false,
  };
}

/** Lines that carry nothing but a scrap of punctuation (a lone "." under a cell). */
export function isPunctuationOnly(text: string): boolean {
  return /^[\p{P}\p{S}\s]*$/u.test(text);
}

export function ignoredLineWarning(row: number, text: string): ParseWarning {
  return {
    row,
    code: 'ignored_line',
    message: `Dòng ${row} nằm trong bảng nhưng không thuộc cột nào, đã bỏ qua.`,
    subject: text.length > 120 ? `${text.slice(0, 117)}…` : text,
  };
}
