import { readFrameworkRows } from '../framework-table';
import type { RawTable } from '../raw-task';
import type { ParsedPlan, ParseWarning, PlanShape } from '../types';
import type { CellGrid, DenseRow } from './cell-grid';
import { expandGrid } from './expand-grid';
import { findGridHeader, type GridHeader } from './find-grid-header';
import { frameworkRowsOfGrid } from './framework-grid';
import type { ColumnKey } from './header-words';
import { readGridRows } from './read-grid-rows';

export interface GridTable {
  table: RawTable;
  shape: ParsedPlan['shape'];
  header: GridHeader;
  /** Text of the rows above the header (a title, "Phụ lục…"), for the plan's header facts. */
  textAbove: string;
  warnings: ParseWarning[];
}

function tableShape(columns: ColumnKey[]): PlanShape {
  const deadline = columns.indexOf('deadline');
  const deliverable = columns.indexOf('deliverable');
  return deliverable >= 0 && deadline > deliverable
    ? 'tsv-deliverable-then-deadline'
    : 'tsv-deadline-then-deliverable';
}

/** A header column the parser does not know is said once, at the header. */
function unknownColumnWarnings(header: GridHeader, rows: DenseRow[]): ParseWarning[] {
  const headerRow = rows[header.firstRow].sourceRow;
  return header.columns.flatMap((key, column) => {
    const label = header.labels[column];
    if (key !== 'other' || !label) return [];
    return [
      {
        row: headerRow,
        code: 'unknown_column' as const,
        message: `Không nhận ra cột «${label}»; nội dung của cột được giữ lại ở từng dòng để xem.`,
        subject: label,
      },
    ];
  });
}

/** Finds and reads the task table of a grid; null when no header is found. */
export function readGridTable(grid: CellGrid): GridTable | null {
  const rows = expandGrid(grid);
  const header = findGridHeader(rows);
  if (!header) return null;
  const textAbove = rows
    .slice(0, header.firstRow)
    .map((row) => row.cells.filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n');
  if (header.framework) {
    const { rows: frameworkRows, sections, warnings } = frameworkRowsOfGrid(rows, header);
    const table = readFrameworkRows(frameworkRows, sections, warnings, header.columns);
    return { table, shape: 'framework', header, textAbove, warnings: [] };
  }
  return {
    table: readGridRows(rows, header),
    shape: tableShape(header.columns),
    header,
    textAbove,
    warnings: unknownColumnWarnings(header, rows),
  };
}
