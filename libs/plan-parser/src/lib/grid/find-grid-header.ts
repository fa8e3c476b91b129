import type { DenseRow } from './cell-grid';
import { classifyHeaderCell, type ColumnKey } from './header-words';
import { COLUMN_INDEX } from './row-markers';

export interface GridHeader {
  /** Index of the header's first row in the dense rows. */
  firstRow: number;
  /** Index of the first row after the header (after a second header row and a column-index row). */
  bodyStart: number;
  columns: ColumnKey[];
  /** The header's words per column, as printed ('' where none), for messages and extra cells. */
  labels: string[];
  /** Hierarchy columns (Mục tiêu – Nhiệm vụ – Hoạt động): the Bắc Hồng Lĩnh framework. */
  framework: boolean;
  /** The header's first row, which a second header row repeated after a page break stands under. */
  headerRow: DenseRow;
}

const ROLE_KEYS: ColumnKey[] = ['lead', 'units', 'cooperators', 'deadline', 'deliverable', 'number'];

/** Header cells are a few words; a long cell is data, whatever words it holds. */
const MAX_HEADER_CELL = 60;

function keysOf(row: DenseRow): ColumnKey[] {
  return row.cells.map((cell) =>
    cell === '' || cell.length > MAX_HEADER_CELL ? 'other' : classifyHeaderCell(cell),
  );
}

/**
 * A header names the work (content, task or target) and at least two other known columns, and
 * most of its cells are header words (a data row may hold "kết quả" or "chủ trì" in its text).
 */
function isHeaderRow(row: DenseRow): boolean {
  const filled = row.cells.filter((cell) => cell !== '').length;
  if (filled < 3) return false;
  const rowKeys = keysOf(row);
  const named = rowKeys.filter((key) => key !== 'other').length;
  if (named < filled * 0.6) return false;
  const keys = new Set(rowKeys);
  const names = keys.has('content') || keys.has('task') || keys.has('target');
  return names && ROLE_KEYS.filter((key) => keys.has(key)).length >= 2;
}

/** "(1) (2) (3)…" or "1 2 3…": the row some plans print under the header to number its columns. */
export function isColumnIndexRow(row: DenseRow): boolean {
  const filled = row.cells.filter((cell) => cell !== '');
  if (filled.length < 3 || !filled.every((cell) => COLUMN_INDEX.test(cell))) return false;
  const values = filled.map((cell) => Number(cell.replace(/[()]/g, '')));
  return values.every((value, index) => index === 0 || value === values[index - 1] + 1);
}

/**
 * A second header row refines the first ("Đơn vị" merged over "Chủ trì | Phối hợp"): it writes at
 * least two cells of its own, each a header word standing under a merged cell of the first row,
 * and is not itself a row merged across (a section heading).
 */
function subHeaderKeys(row: DenseRow | undefined, header: DenseRow): ColumnKey[] | null {
  if (!row || row.spansAcross) return null;
  const keys = keysOf(row);
  const underMerge = (column: number) =>
    header.cells[column] === '' || (header.cells[column + 1] === '' && !header.copiedDown[column + 1]);
  let named = 0;
  for (let column = 0; column < row.cells.length; column++) {
    if (row.cells[column] === '' || row.copiedDown[column]) continue;
    if (keys[column] === 'other' || !underMerge(column)) return null;
    named++;
  }
  return named >= 2 ? keys : null;
}

function settleColumns(
  keys: ColumnKey[],
  rows: DenseRow[],
  bodyStart: number,
  labels: string[],
): ColumnKey[] {
  const columns = [...keys];
  const framework = columns.includes('target') && columns.includes('activity');
  const seen = new Set<ColumnKey>();
  columns.forEach((key, column) => {
    let settled: ColumnKey = key === 'units' ? 'lead' : key;
    if (!framework && settled === 'task') settled = columns.includes('content') ? 'other' : 'content';
    // A second column of the same kind is kept as an extra column, not merged into the first.
    if (settled !== 'other' && seen.has(settled)) settled = 'other';
    seen.add(settled);
    columns[column] = settled;
  });
  // A number column without a heading: the first unnamed column whose cells hold numbers.
  if (!columns.includes('number')) {
    const candidate = columns.findIndex((key, column) => key === 'other' && labels[column] === '');
    const body = rows.slice(bodyStart, bodyStart + 30);
    const numbered = body.filter((row) => /^\d{1,4}[.)]?$|^[IVX]{1,4}\.?$/.test(row.cells[candidate] ?? ''));
    if (candidate >= 0 && candidate < columns.indexOf('content') && numbered.length >= 1) {
      columns[candidate] = 'number';
    }
  }
  return columns;
}

/** Finds the task table's header, however many rows of title sit above it. */
export function findGridHeader(rows: DenseRow[]): GridHeader | null {
  const firstRow = rows.findIndex(isHeaderRow);
  if (firstRow < 0) return null;
  let keys = keysOf(rows[firstRow]);
  const labels = [...rows[firstRow].cells];
  let bodyStart = firstRow + 1;
  const sub = subHeaderKeys(rows[bodyStart], rows[firstRow]);
  if (sub) {
    const subRow = rows[bodyStart];
    keys = keys.map((key, column) => {
      const own = sub[column];
      if (subRow.copiedDown[column] || subRow.cells[column] === '' || own === 'other') return key;
      labels[column] = labels[column] ? `${labels[column]} – ${subRow.cells[column]}` : subRow.cells[column];
      return own;
    });
    bodyStart++;
  }
  if (rows[bodyStart] && isColumnIndexRow(rows[bodyStart])) bodyStart++;
  const columns = settleColumns(keys, rows, bodyStart, labels);
  return {
    firstRow,
    bodyStart,
    columns,
    labels,
    framework: columns.includes('target') && columns.includes('activity'),
    headerRow: rows[firstRow],
  };
}

/** A header printed again after a page break (its wording may differ slightly: any header row). */
export function isRepeatedHeader(row: DenseRow): boolean {
  return isHeaderRow(row);
}

/** The second header row or the column-index row that may follow a repeated header. */
export function isHeaderTail(row: DenseRow, header: GridHeader): boolean {
  if (isColumnIndexRow(row)) return true;
  return subHeaderKeys(row, header.headerRow) !== null;
}
