import { emptyRawTask, ignoredLineWarning, type RawTable, type RawTask } from '../raw-task';
import type { ParsedSection, ParseWarning } from '../types';
import type { DenseRow } from './cell-grid';
import { isHeaderTail, isRepeatedHeader, type GridHeader } from './find-grid-header';
import type { ColumnKey } from './header-words';
import {
  LETTER_ITEM,
  NUMBERED_HEADING,
  PART_MARKER,
  PART_MARKER_START,
  SECTION_KEY,
  SECTION_WITH_TITLE,
  TASK_NUMBER,
} from './row-markers';

type TextField =
  'number' | 'content' | 'lead' | 'cooperators' | 'deliverable' | 'deadline' | 'budget' | 'note';
const FIELD_OF_COLUMN: Partial<Record<ColumnKey, TextField>> = {
  number: 'number',
  content: 'content',
  lead: 'lead',
  cooperators: 'cooperators',
  deliverable: 'deliverable',
  deadline: 'deadline',
  budget: 'budget',
  note: 'note',
};

function appendTo(task: RawTask, field: TextField, text: string): void {
  task[field] = task[field] ? `${task[field]} ${text}` : text;
}

/** Reads the rows under a task table's header: sections, tasks, their parts and continuations. */
class GridRowReader {
  readonly sections: ParsedSection[] = [];
  readonly tasks: RawTask[] = [];
  readonly warnings: ParseWarning[] = [];
  private sectionKey: string | null = null;
  private topSectionKey: string | null = null;
  private lastTask: RawTask | null = null;
  private readonly partsOf = new Map<RawTask, number>();
  private readonly numbersInSection = new Set<string>();
  private readonly warnedColumns = new Set<number>();
  private readonly numberColumn: number;
  private readonly contentColumn: number;

  constructor(private readonly header: GridHeader) {
    this.numberColumn = header.columns.indexOf('number');
    this.contentColumn = header.columns.indexOf('content');
  }

  read(rows: DenseRow[]): void {
    let afterRepeat = false;
    for (let index = this.header.bodyStart; index < rows.length; index++) {
      const row = rows[index];
      if (row.cells.every((cell) => cell === '')) continue;
      if (isRepeatedHeader(row)) {
        afterRepeat = true;
        continue;
      }
      const tail = afterRepeat && isHeaderTail(row, this.header);
      afterRepeat = false;
      if (!tail) this.readRow(row);
    }
  }

  private readRow(row: DenseRow): void {
    const own = row.cells.flatMap((cell, column) => (cell !== '' && !row.copiedDown[column] ? [column] : []));
    if (own.length === 0) return;
    if (this.readSection(row, own)) return;

    const numberCell = this.numberColumn >= 0 ? row.cells[this.numberColumn] : '';
    const numberCopied = this.numberColumn >= 0 && row.copiedDown[this.numberColumn];
    const lone = own.length === 1 ? own[0] : -1;
    if (numberCell === '' || numberCopied) {
      // Text in the first column alone, outside any known column, is prose between tables.
      if (lone === 0 && this.contentColumn !== 0 && !numberCopied) {
        this.warnings.push(ignoredLineWarning(row.sourceRow, row.cells[0]));
        return;
      }
      if (!numberCopied && this.isPart(row)) {
        this.startPart(row, '');
        return;
      }
      this.continueTask(row);
      return;
    }

    const number = TASK_NUMBER.exec(numberCell);
    const letter = LETTER_ITEM.exec(numberCell);
    if (number) this.startNumbered(row, number[1]);
    else if (letter && this.lastTopTask()) this.startPart(row, letter[1]);
    else if (letter) this.startTask(row, letter[1]);
    else if (PART_MARKER.test(numberCell) && this.lastTopTask()) this.startPart(row, '');
    else if (PART_MARKER.test(numberCell)) this.startTask(row, '');
    else this.warnings.push(ignoredLineWarning(row.sourceRow, row.cells.filter(Boolean).join(' | ')));
  }

  /** "I. title" alone; "I" and its title; a numbered or unnumbered heading merged across the row. */
  private readSection(row: DenseRow, own: number[]): boolean {
    const lone = own.length === 1 ? row.cells[own[0]] : null;
    const text = lone ?? (row.spansAcross ? own.map((column) => row.cells[column]).join(' ') : null);
    if (text !== null) {
      const titled = SECTION_WITH_TITLE.exec(text);
      if (titled && !TASK_NUMBER.test(text)) return this.addSection(titled[1], titled[2], false);
      const bare = SECTION_KEY.exec(text);
      if (bare && own[0] === this.numberColumn) return this.addSection(bare[1], '', false);
      const heading = NUMBERED_HEADING.exec(text);
      const inNumberColumn = lone !== null && own[0] === this.numberColumn;
      if (heading && (row.spansAcross || inNumberColumn))
        return this.addSection(heading[1], heading[2], true);
      if (row.spansAcross && !TASK_NUMBER.test(text) && !PART_MARKER_START.test(text)) {
        return this.addSection(`#${this.sections.length + 1}`, text, true);
      }
    }
    const numberCell = this.numberColumn >= 0 ? row.cells[this.numberColumn] : '';
    const key = SECTION_KEY.exec(numberCell);
    if (key && !row.copiedDown[this.numberColumn]) {
      const titleColumn = own.find((column) => column !== this.numberColumn);
      return this.addSection(key[1], titleColumn === undefined ? '' : row.cells[titleColumn], false);
    }
    return false;
  }

  private addSection(key: string, title: string, nested: boolean): true {
    const clean = title.replace(/\s+/g, ' ').trim();
    const parentKey = nested && this.topSectionKey ? this.topSectionKey : undefined;
    if (!nested) this.topSectionKey = key;
    this.sectionKey = key;
    this.sections.push(parentKey ? { key, title: clean, parentKey } : { key, title: clean });
    this.numbersInSection.clear();
    this.lastTask = null;
    return true;
  }

  private lastTopTask(): RawTask | null {
    for (let index = this.tasks.length - 1; index >= 0; index--) {
      const task = this.tasks[index];
      if (task.level === 'task') return task.sectionKey === this.sectionKey ? task : null;
    }
    return null;
  }

  /** A row with no number whose content opens with "-" or "+" and that names its own unit or date. */
  private isPart(row: DenseRow): boolean {
    if (this.contentColumn < 0 || !this.lastTopTask()) return false;
    if (!PART_MARKER_START.test(row.cells[this.contentColumn])) return false;
    return this.header.columns.some(
      (key, column) =>
        (key === 'lead' || key === 'deadline') && row.cells[column] !== '' && !row.copiedDown[column],
    );
  }

  private startNumbered(row: DenseRow, number: string): void {
    const dot = number.lastIndexOf('.');
    const parent = dot > 0 ? number.slice(0, dot) : null;
    const top = this.lastTopTask();
    if (parent !== null && top && top.number === parent && this.numbersInSection.has(parent)) {
      const task = this.startTask(row, number);
      task.level = 'activity';
      task.parentNumber = parent;
      return;
    }
    this.startTask(row, number);
  }

  private startPart(row: DenseRow, letter: string): void {
    const parent = this.lastTopTask();
    const task = this.startTask(row, letter);
    if (!parent) return;
    const count = (this.partsOf.get(parent) ?? 0) + 1;
    this.partsOf.set(parent, count);
    task.level = 'activity';
    task.parentNumber = parent.number || null;
    task.part = letter === '';
    // Letters and dashes restart under every task, so their ref is made unique by the parent's.
    if (parent.number) task.refHint = `${parent.number}.${letter || `-${count}`}`;
    task.content = task.content.replace(/^[-+•*–—∙·○▪]\s+/, '');
  }

  private startTask(row: DenseRow, number: string): RawTask {
    const task = emptyRawTask(row.sourceRow, this.sectionKey);
    this.tasks.push(task);
    this.lastTask = task;
    this.fill(task, row, false);
    task.number = number;
    if (number) this.numbersInSection.add(number);
    return task;
  }

  private continueTask(row: DenseRow): void {
    const previous = this.lastTask ?? this.tasks[this.tasks.length - 1];
    if (!previous) {
      this.warnings.push({
        row: row.sourceRow,
        code: 'orphan_continuation',
        message: `Dòng ${row.sourceRow} có ô số thứ tự trống nhưng không có nhiệm vụ nào trước nó để nối vào.`,
        subject: row.cells.filter(Boolean).join(' | '),
      });
      return;
    }
    previous.continued = true;
    this.fill(previous, row, true);
  }

  /** Copies the row's cells into the task; a continuation skips text merged down from above. */
  private fill(task: RawTask, row: DenseRow, continuing: boolean): void {
    const { columns, labels } = this.header;
    row.cells.forEach((cell, column) => {
      if (cell === '' || (continuing && row.copiedDown[column])) return;
      const key = column < columns.length ? columns[column] : undefined;
      const field = key ? FIELD_OF_COLUMN[key] : undefined;
      if (field === 'number') return;
      if (field) {
        appendTo(task, field, cell);
        return;
      }
      const header = labels[column] || `Cột ${column + 1}`;
      task.extraCells.push({ header, text: cell });
      this.warnColumn(column, row.sourceRow, header, cell);
    });
  }

  /** Cells past the header's last column are reported once per column (named columns at the header). */
  private warnColumn(column: number, row: number, header: string, cell: string): void {
    if (this.warnedColumns.has(column) || this.header.labels[column]) return;
    this.warnedColumns.add(column);
    this.warnings.push({
      row,
      code: 'extra_cells',
      message: `Dòng ${row} có nhiều ô hơn tiêu đề bảng (${header}); nội dung được giữ lại ở từng dòng để xem.`,
      subject: cell.length > 120 ? `${cell.slice(0, 117)}…` : cell,
    });
  }
}

/** Reads a task table from its dense rows, once its header is known. */
export function readGridRows(rows: DenseRow[], header: GridHeader): RawTable {
  const reader = new GridRowReader(header);
  reader.read(rows);
  return { sections: reader.sections, tasks: reader.tasks, warnings: reader.warnings };
}
