import { assembleResult, emptyResult, internalErrorResult, NO_TABLE_MESSAGE } from './assemble-result';
import type { CellGrid } from './grid/cell-grid';
import { readGridTable } from './grid/read-grid-table';
import { normalizePlanText } from './normalize-text';
import { readPlanMetadata } from './plan-metadata';
import type { ParseOptions, ParseResult } from './types';

/** A table of more cells than this is not a plan's appendix (a 300-task plan has about 3,000). */
export const MAX_GRID_CELLS = 200_000;

function cellCount(grid: CellGrid): number {
  let count = 0;
  for (const row of grid.rows) count += Array.isArray(row) ? row.length : 0;
  return count;
}

function parse(grid: CellGrid, options: ParseOptions): ParseResult {
  if (
    !grid ||
    !Array.isArray(grid.rows) ||
    grid.rows.every((row) => !row?.some((cell) => cell?.text?.trim()))
  ) {
    return emptyResult({ row: 0, code: 'empty', message: 'Bảng trống: không có ô nào có chữ để đọc.' });
  }
  if (cellCount(grid) > MAX_GRID_CELLS) {
    return emptyResult({
      row: 0,
      code: 'too_large',
      message: `Bảng quá lớn (hơn ${MAX_GRID_CELLS.toLocaleString('vi-VN')} ô); hãy tách riêng phụ lục danh mục nhiệm vụ.`,
    });
  }
  const read = readGridTable(grid);
  const textBefore = normalizePlanText(typeof grid.textBefore === 'string' ? grid.textBefore : '');
  const metadataText = read ? [textBefore, read.textAbove].filter(Boolean).join('\n') : textBefore;
  const metadata = readPlanMetadata(metadataText, options?.year);
  if (!read) return emptyResult({ row: 0, code: 'no_table', message: NO_TABLE_MESSAGE }, metadata);
  return assembleResult(read.table, read.shape, options, metadata, read.warnings);
}

/**
 * Reads the task table of a plan from its grid of cells, whatever the document it came from
 * (Word, Excel, PDF, clipboard HTML, tab-separated text). Never throws: a grid with no table gives
 * no tasks and a warning that says why.
 */
export function parsePlanGrid(grid: CellGrid, options: ParseOptions): ParseResult {
  try {
    return parse(grid, options);
  } catch (error) {
    return internalErrorResult(error);
  }
}
