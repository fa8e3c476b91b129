import type { CellGrid } from './grid/cell-grid';

/**
 * Tab-separated lines as a grid: one row per line, one cell per tab-separated field, each row
 * remembering its line number. Lines without a tab stay one-cell rows (prose, section titles).
 */
export function tsvLinesToGrid(lines: string[]): CellGrid {
  return {
    rows: lines.map((line) => line.split('\t').map((text) => ({ text }))),
    sourceRows: lines.map((_, index) => index + 1),
  };
}

/** The same for a whole text (the clipboard's tab-separated text, the API's plain text). */
export function tsvTextToGrid(text: string): CellGrid {
  return tsvLinesToGrid(text.replace(/\r\n?/g, '\n').split('\n'));
}
