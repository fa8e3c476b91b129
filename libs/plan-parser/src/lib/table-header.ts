import { classifyHeaderCell, type ColumnKey } from './grid/header-words';
import type { PlanShape } from './types';

export { classifyHeaderCell };

export type { ColumnKey } from './grid/header-words';

export interface TsvTable {
  layout: 'tsv';
  shape: PlanShape;
  /** 0-based index of the first header line. */
  headerLine: number;
  columns: ColumnKey[];
}

export interface FrameworkTable {
  layout: 'framework';
  shape: 'framework';
  /** 0-based index of the last header line: rows start after it. */
  headerEndLine: number;
  columns: ColumnKey[];
}

export type TableLayout = TsvTable | FrameworkTable;

export function isTsvHeader(line: string): ColumnKey[] | null {
  // Cheap test first: this runs on every line of the table.
  if (!line.includes('\t') || !/^\s*S?TT\s*\t/i.test(line)) return null;
  const columns = line.split('\t').map(classifyHeaderCell);
  return columns[0] === 'number' && columns.includes('content') && columns.includes('lead') ? columns : null;
}

function tsvShape(columns: ColumnKey[]): PlanShape {
  const deadline = columns.indexOf('deadline');
  const deliverable = columns.indexOf('deliverable');
  return deliverable >= 0 && deadline > deliverable
    ? 'tsv-deliverable-then-deadline'
    : 'tsv-deadline-then-deliverable';
}

const FRAMEWORK_CELL = /^[ ]*\t(.*)$/;

/** The framework header: one indented cell per line, "TT", "1- Mục tiêu/Chỉ tiêu", "2- Nhiệm vụ"… */
function frameworkHeaderAt(lines: string[], start: number): FrameworkTable | null {
  const first = FRAMEWORK_CELL.exec(lines[start]);
  if (!first || classifyHeaderCell(first[1]) !== 'number') return null;
  const columns: ColumnKey[] = ['number'];
  let end = start;
  for (let index = start + 1; index < lines.length && index < start + 16; index++) {
    const cell = FRAMEWORK_CELL.exec(lines[index]);
    if (!cell) break;
    columns.push(classifyHeaderCell(cell[1]));
    end = index;
  }
  const hasHierarchy = columns.includes('target') && columns.includes('task') && columns.includes('activity');
  return hasHierarchy && columns.includes('lead')
    ? { layout: 'framework', shape: 'framework', headerEndLine: end, columns }
    : null;
}

/** Finds the task table: the first tab-separated header row, or the framework's header block. */
export function findTable(lines: string[]): TableLayout | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line.includes('\t')) continue;
    const tsvColumns = isTsvHeader(line);
    if (tsvColumns)
      return { layout: 'tsv', shape: tsvShape(tsvColumns), headerLine: index, columns: tsvColumns };
    const framework = frameworkHeaderAt(lines, index);
    if (framework) return framework;
  }
  return null;
}
