import { gridToMatrix, type GridRow, type GridSource, type PlanGrid } from './grid';
import { PlanReadError } from './read-error';
import { findHeaderRow } from './table-score';

function sameRow(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((text, index) => text === b[index]);
}

/** Rows that some cell above reaches into with its rowSpan. */
function coveredRows(rows: GridRow[]): Set<number> {
  const covered = new Set<number>();
  rows.forEach((row, index) => {
    for (const cell of row) for (let down = 1; down < (cell.rowSpan ?? 1); down++) covered.add(index + down);
  });
  return covered;
}

/**
 * What every reader does once it has a table's rows: finds the header (refusing a table without
 * one), moves rows above it to the heading, and drops what only the page layout put there —
 * header rows repeated on later pages and empty rows. Spans that reach into a dropped row cannot
 * occur: only rows no span touches are dropped.
 */
export function finishGrid(
  rows: GridRow[],
  heading: string[],
  source: GridSource,
  headerWithin?: number,
  sourceRows: number[] = rows.map((_, index) => index + 1),
): PlanGrid {
  const matrix = gridToMatrix(rows);
  const header = findHeaderRow(matrix, headerWithin);
  if (!header) throw new PlanReadError('no_table');
  const above = matrix.slice(0, header.index).flatMap((row) => row.filter((text) => text !== ''));
  const covered = coveredRows(rows);
  const spanning = (index: number) => rows[index].some((cell) => (cell.rowSpan ?? 1) > 1);
  const headerRow = matrix[header.index];
  const secondHeaderRow = matrix[header.index + 1];

  const kept: GridRow[] = [];
  const keptSourceRows: number[] = [];
  let droppedHeader = false;
  for (let index = header.index; index < rows.length; index++) {
    const touchable = !covered.has(index) && !spanning(index);
    const repeatsHeader: boolean =
      index > header.index &&
      (sameRow(matrix[index], headerRow) || (droppedHeader && sameRow(matrix[index], secondHeaderRow)));
    const empty = matrix[index].every((text) => text === '');
    droppedHeader = touchable && repeatsHeader && sameRow(matrix[index], headerRow);
    if (touchable && (repeatsHeader || empty)) continue;
    kept.push(rows[index]);
    keptSourceRows.push(sourceRows[index]);
  }
  const allHeading = [...heading, ...above];
  return {
    rows: kept,
    heading: allHeading,
    textBefore: allHeading.join('\n'),
    sourceRows: keptSourceRows,
    source,
  };
}
