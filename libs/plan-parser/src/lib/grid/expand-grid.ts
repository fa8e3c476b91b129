import { normalizePlanText } from '../normalize-text';
import type { CellGrid, DenseRow } from './cell-grid';

/** No table in a plan is this wide or this long; a reader bug must not allocate without end. */
const MAX_SPAN = 64;
const MAX_ROWS = 100_000;

function span(value: number | undefined): number {
  return Number.isInteger(value) && (value as number) > 1 ? Math.min(value as number, MAX_SPAN) : 1;
}

interface Pending {
  text: string;
  rowsLeft: number;
  width: number;
}

/**
 * Spreads merged cells over the columns and rows they cover: a horizontally merged cell keeps
 * its text in its first column (the others stay empty) and marks the row as spanning when it
 * covers most of it; a vertically merged cell's text is copied into every row it covers, so a
 * lead unit merged down three rows leads all three tasks. Text is normalised on the way.
 */
export function expandGrid(grid: CellGrid): DenseRow[] {
  const rows = Array.isArray(grid?.rows) ? grid.rows.slice(0, MAX_ROWS) : [];
  const pending: (Pending | undefined)[] = [];
  const dense: DenseRow[] = [];
  const widestOf: number[] = [];
  let width = 0;

  rows.forEach((row, index) => {
    const cells: string[] = [];
    const copiedDown: boolean[] = [];
    let widest = 0;
    let column = 0;
    const fillPending = () => {
      for (let from = pending[column]; from && from.rowsLeft > 0; from = pending[column]) {
        cells[column] = from.text;
        copiedDown[column] = true;
        from.rowsLeft--;
        for (let step = 1; step < from.width; step++) {
          cells[column + step] = '';
          copiedDown[column + step] = true;
        }
        column += from.width;
      }
    };
    for (const cell of Array.isArray(row) ? row : []) {
      fillPending();
      const text = normalizePlanText(typeof cell?.text === 'string' ? cell.text : '').trim();
      const colSpan = span(cell?.colSpan);
      const rowSpan = span(cell?.rowSpan);
      cells[column] = text;
      copiedDown[column] = false;
      for (let step = 1; step < colSpan; step++) {
        cells[column + step] = '';
        copiedDown[column + step] = false;
      }
      if (text !== '' && colSpan > widest) widest = colSpan;
      pending[column] = rowSpan > 1 ? { text, rowsLeft: rowSpan - 1, width: colSpan } : undefined;
      column += colSpan;
    }
    // Merged cells reaching past the last written cell of this row.
    while (column < pending.length) {
      const before = column;
      fillPending();
      if (column === before) column++;
    }
    for (let at = 0; at < cells.length; at++) {
      cells[at] ??= '';
      copiedDown[at] ??= false;
    }
    width = Math.max(width, cells.length);
    widestOf.push(widest);
    dense.push({ cells, copiedDown, spansAcross: false, sourceRow: grid.sourceRows?.[index] ?? index + 1 });
  });

  dense.forEach((row, index) => {
    while (row.cells.length < width) {
      row.cells.push('');
      row.copiedDown.push(false);
    }
    // Judged against the table's width: a merge over all columns, or all but a number column.
    row.spansAcross = width >= 3 && widestOf[index] >= width - 1;
  });
  return dense;
}
