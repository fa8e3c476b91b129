import { emptyRawTask, ignoredLineWarning, isPunctuationOnly, type RawTable, type RawTask } from './raw-task';
import type { ColumnKey, FrameworkTable } from './table-header';
import type { ParsedSection, ParseWarning, TaskLevel } from './types';

export interface CellLine {
  text: string;
  row: number;
}

export interface Cell {
  lines: CellLine[];
  row: number;
}

export interface Row {
  cells: (Cell | undefined)[];
  sectionKey: string | null;
}

const LEVELS: { level: TaskLevel; column: ColumnKey; digit: string }[] = [
  { level: 'target', column: 'target', digit: '1' },
  { level: 'task', column: 'task', digit: '2' },
  { level: 'activity', column: 'activity', digit: '3' },
];

/** "1.1. Ban hành…", "3.13 Ban hành…": the first digit is the level, the second the number. */
const NUMBERED = /^([123])\.([1-9]\d{0,2})\.?(?=\s|$)/;
const ROMAN_SECTION = /^([IVXLC]+)\.?$/;
const SUB_SECTION = /^(\d{1,2}\.\d{1,2})$/;
const ROW_NUMBER = /^\d{1,2}$/;
const CELL_START = /^ *\t(.*)$/;
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

function numberingOf(text: string): { digit: string; value: number; number: string } | null {
  const match = NUMBERED.exec(text);
  return match ? { digit: match[1], value: Number(match[2]), number: `${match[1]}.${match[2]}` } : null;
}

/**
 * Groups the framework's lines into rows of cells. A cell starts at a line indented by a tab; the
 * lines under it without a tab continue it. Blank lines do not end rows (they occur inside cells),
 * so row boundaries come from the column count, and the numbering resynchronises the column when a
 * page break lost a cell: a "1.x" text is always the target column, "2.x" the task, "3.x" the
 * activity — provided the number is higher than the last one seen at that level.
 */
export class FrameworkRowReader {
  readonly rows: Row[] = [];
  readonly sections: ParsedSection[] = [];
  readonly warnings: ParseWarning[] = [];
  private row: Row | null = null;
  private nextColumn = 0;
  private current: { cell: Cell; column: number } | null = null;
  private sawBlank = false;
  private section: { key: string; titled: boolean } | null = null;
  private sectionKey: string | null = null;
  private romanKey: string | null = null;
  private readonly lastSeen = new Map<string, number>();
  private readonly columnOfDigit = new Map<string, number>();

  constructor(private readonly columns: ColumnKey[]) {
    for (const { column, digit } of LEVELS) this.columnOfDigit.set(digit, columns.indexOf(column));
  }

  read(lines: string[], from: number): void {
    for (let index = from; index < lines.length; index++) {
      const line = lines[index].replace(BOOKMARK, '');
      // A lone tab is an empty cell, not a blank line.
      if (!line.includes('\t') && line.trim() === '') {
        this.sawBlank = true;
        continue;
      }
      const cellStart = CELL_START.exec(line);
      if (cellStart) this.startCell(cellStart[1].trim(), index + 1);
      else this.continueCell(line.trim(), index + 1);
      this.sawBlank = false;
    }
    this.closeRow();
  }

  private plausible(numbering: ReturnType<typeof numberingOf>): numbering is NonNullable<typeof numbering> {
    return numbering !== null && numbering.value > (this.lastSeen.get(numbering.digit) ?? 0);
  }

  private note(numbering: ReturnType<typeof numberingOf>, column: number): void {
    if (numbering && this.columnOfDigit.get(numbering.digit) === column) {
      this.lastSeen.set(numbering.digit, Math.max(numbering.value, this.lastSeen.get(numbering.digit) ?? 0));
    }
  }

  private continueCell(text: string, row: number): void {
    const numbering = numberingOf(text);
    const current = this.current;
    const ownLevel = numbering !== null && this.columnOfDigit.get(numbering.digit) === current?.column;
    if (current && (!this.plausible(numbering) || ownLevel)) {
      current.cell.lines.push({ text, row });
      this.note(numbering, current.column);
    } else if (this.plausible(numbering)) {
      // A numbered line that lost its tab ("Tháng 3/2026" followed by " 1.7. …").
      this.startCell(text, row);
    } else {
      this.warnings.push(ignoredLineWarning(row, text));
    }
  }

  private atRowBoundary(): boolean {
    return this.row === null || this.nextColumn === 0 || this.nextColumn >= this.columns.length;
  }

  private startCell(text: string, row: number): void {
    const numbering = numberingOf(text);
    if (this.section) {
      if (text === '') return;
      if (!this.section.titled && !numbering) {
        this.addSection(this.section.key, text);
        this.section.titled = true;
        return;
      }
      if (!this.section.titled) this.addSection(this.section.key, '');
      this.section = null;
    }
    const roman = ROMAN_SECTION.exec(text);
    const sub = SUB_SECTION.exec(text);
    if ((roman && (this.atRowBoundary() || this.sawBlank)) || (sub && this.atRowBoundary())) {
      this.closeRow();
      this.section = { key: roman ? roman[1] : text, titled: false };
      return;
    }

    if (this.plausible(numbering)) {
      const column = this.columnOfDigit.get(numbering.digit) ?? -1;
      if (this.row === null || this.nextColumn > column) this.openRow();
      this.nextColumn = Math.max(column, 0);
    } else if (this.row !== null && this.nextColumn > 0 && this.sawBlank && ROW_NUMBER.test(text)) {
      this.openRow();
    }
    if (this.row === null || this.nextColumn >= this.columns.length) this.openRow();

    const cell: Cell = { lines: text ? [{ text, row }] : [], row };
    const column = this.nextColumn;
    (this.row as Row).cells[column] = cell;
    this.current = { cell, column };
    this.nextColumn = column + 1;
    this.note(numbering, column);
  }

  private addSection(key: string, title: string): void {
    const isSub = SUB_SECTION.test(key);
    if (!isSub) this.romanKey = key;
    this.sectionKey = key;
    this.sections.push(isSub && this.romanKey ? { key, title, parentKey: this.romanKey } : { key, title });
  }

  private openRow(): void {
    this.closeRow();
    this.row = { cells: [], sectionKey: this.sectionKey };
    this.nextColumn = 0;
  }

  private closeRow(): void {
    const row = this.row;
    if (row && row.cells.some((cell) => cell && cell.lines.length > 0)) this.rows.push(row);
    this.row = null;
    this.current = null;
    this.nextColumn = 0;
  }
}

interface Item {
  number: string;
  lines: string[];
  row: number;
}

/** Splits a hierarchy cell into its numbered items ("3.1. …", "3.2. …" in one cell). */
function itemsOf(cell: Cell | undefined, digit: string): Item[] {
  const items: Item[] = [];
  for (const { text, row } of cell?.lines ?? []) {
    const numbering = numberingOf(text);
    if (numbering && numbering.digit === digit) {
      items.push({
        number: numbering.number,
        lines: [text.slice(NUMBERED.exec(text)?.[0].length ?? 0).trim()],
        row,
      });
    } else if (!isPunctuationOnly(text)) {
      if (items.length === 0) items.push({ number: '', lines: [], row });
      items[items.length - 1].lines.push(text);
    }
  }
  return items;
}

function cellText(cell: Cell | undefined, separator: string): string {
  return (cell?.lines ?? [])
    .map((line) => line.text)
    .filter((text) => !isPunctuationOnly(text))
    .join(separator);
}

/**
 * Reads the Bắc Hồng Lĩnh framework: targets (1.x) → tasks (2.x) → activities (3.x), each row
 * carrying the deliverable, lead, cooperators, deadline and budget of the work it names. Every
 * numbered item becomes a task of its level; a row's other cells apply to each item of the row.
 */
export function readFrameworkTable(lines: string[], table: FrameworkTable): RawTable {
  const reader = new FrameworkRowReader(table.columns);
  reader.read(lines, table.headerEndLine + 1);
  return readFrameworkRows(reader.rows, reader.sections, reader.warnings, table.columns);
}

/** The framework's rows, however they were found (text lines or a document's table), as tasks. */
export function readFrameworkRows(
  rows: Row[],
  sections: ParsedSection[],
  rowWarnings: ParseWarning[],
  columns: ColumnKey[],
): RawTable {
  const tasks: RawTask[] = [];
  const warnings = [...rowWarnings];
  const column = (key: ColumnKey) => columns.indexOf(key);
  let currentTarget: string | null = null;
  let currentTask: string | null = null;

  for (const row of rows) {
    const cellOf = (key: ColumnKey) => (column(key) >= 0 ? row.cells[column(key)] : undefined);
    const [targets, taskItems, activities] = LEVELS.map(({ column: key, digit }) =>
      itemsOf(cellOf(key), digit),
    );
    const firstRow = [...targets, ...taskItems, ...activities][0]?.row ?? row.cells.find(Boolean)?.row ?? 0;
    if (targets.length + taskItems.length + activities.length === 0) {
      warnings.push({
        row: firstRow,
        code: 'missing_number',
        message: `Dòng ${firstRow} không có mục tiêu, nhiệm vụ hay hoạt động nào; đã bỏ qua.`,
      });
      continue;
    }
    const shared = (item: Item, level: TaskLevel, parentNumber: string | null): RawTask => {
      const task = emptyRawTask(item.row, row.sectionKey);
      const lead = cellOf('lead');
      const cooperators = cellOf('cooperators');
      return {
        ...task,
        number: item.number,
        level,
        parentNumber,
        content: item.lines.join(' '),
        lead: cellText(lead, '\n'),
        cooperators: cellText(cooperators, '\n'),
        deliverable: cellText(cellOf('deliverable'), '\n'),
        deadline: cellText(cellOf('deadline'), ' '),
        budget: cellText(cellOf('budget'), ' '),
        leadRow: lead?.row ?? item.row,
        cooperatorRow: cooperators?.row ?? item.row,
      };
    };

    for (const target of targets) {
      tasks.push(shared(target, 'target', null));
      currentTarget = target.number || currentTarget;
      currentTask = null;
    }
    for (const task of taskItems) {
      tasks.push(shared(task, 'task', currentTarget));
      currentTask = task.number || currentTask;
    }
    // Two tasks and two activities in one row pair up in order (2.29 → 3.51, 2.30 → 3.52);
    // otherwise an activity belongs to the latest task.
    const paired = taskItems.length > 1 && taskItems.length === activities.length;
    activities.forEach((activity, index) => {
      const parent = paired ? taskItems[index].number : (currentTask ?? currentTarget);
      tasks.push(shared(activity, 'activity', parent || null));
    });
  }
  return { sections, tasks, warnings };
}
