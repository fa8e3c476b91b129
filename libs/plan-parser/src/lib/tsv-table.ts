import { emptyRawTask, ignoredLineWarning, type RawTable, type RawTask } from './raw-task';
import { isTsvHeader, type ColumnKey, type TsvTable } from './table-header';
import type { ParsedSection } from './types';

type TextField = 'number' | 'content' | 'lead' | 'cooperators' | 'deliverable' | 'deadline' | 'budget';
const FIELD_OF_COLUMN: Partial<Record<ColumnKey, TextField>> = {
  number: 'number',
  content: 'content',
  task: 'content',
  lead: 'lead',
  cooperators: 'cooperators',
  deliverable: 'deliverable',
  deadline: 'deadline',
  budget: 'budget',
};

const SECTION = /^([IVXLC]+)\s*[.:)]\s*(.+)$/;
const ROW_NUMBER = /^(?:\d{1,4}(?:\.\d{1,3})*|[a-zđ])[.)]?$/i;

function appendTo(task: RawTask, field: TextField, text: string): void {
  task[field] = task[field] ? `${task[field]} ${text}` : text;
}

/**
 * Reads a tab-separated task table (the Hải Dương and Nhị Chiểu appendices). Page breaks repeat
 * the header, and a row cut by a break goes on in a line whose number cell is empty: that line is
 * merged into the previous task cell by cell. Section rows ("I. Cải cách thể chế") may come with
 * or without their empty cells.
 */
export function readTsvTable(lines: string[], table: TsvTable): RawTable {
  const sections: ParsedSection[] = [];
  const tasks: RawTask[] = [];
  const warnings: RawTable['warnings'] = [];
  const columns = table.columns;
  let sectionKey: string | null = null;

  for (let index = table.headerLine + 1; index < lines.length; index++) {
    const line = lines[index];
    const row = index + 1;
    if (line.trim() === '' || isTsvHeader(line)) continue;
    const cells = line.split('\t').map((cell) => cell.trim());
    const first = cells[0];
    const othersEmpty = cells.slice(1).every((cell) => cell === '');

    const section = othersEmpty ? SECTION.exec(first) : null;
    if (section) {
      sectionKey = section[1];
      sections.push({ key: sectionKey, title: section[2].trim() });
      continue;
    }
    if (cells.length === 1 || (othersEmpty && !ROW_NUMBER.test(first))) {
      warnings.push(ignoredLineWarning(row, line.trim()));
      continue;
    }

    let task: RawTask;
    if (first === '') {
      const previous = tasks[tasks.length - 1];
      if (!previous) {
        warnings.push({
          row,
          code: 'orphan_continuation',
          message: `Dòng ${row} có ô số thứ tự trống nhưng không có nhiệm vụ nào trước nó để nối vào.`,
          subject: line.trim(),
        });
        continue;
      }
      task = previous;
      task.continued = true;
    } else if (ROW_NUMBER.test(first)) {
      task = emptyRawTask(row, sectionKey);
      tasks.push(task);
    } else {
      warnings.push(ignoredLineWarning(row, line.trim()));
      continue;
    }

    cells.forEach((cell, column) => {
      if (cell === '') return;
      const field = column < columns.length ? FIELD_OF_COLUMN[columns[column]] : undefined;
      if (field) appendTo(task, field, field === 'number' ? cell.replace(/[.)]$/, '') : cell);
      else if (column >= columns.length) {
        warnings.push({
          row,
          code: 'extra_cells',
          message: `Dòng ${row} có nhiều ô hơn tiêu đề bảng; ô thừa đã bỏ qua.`,
          subject: cell,
        });
      }
    });
  }
  return { sections, tasks, warnings };
}
