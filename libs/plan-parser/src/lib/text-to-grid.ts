import { FrameworkRowReader } from './framework-table';
import type { CellGrid, GridRow } from './grid/cell-grid';
import { normalizePlanText } from './normalize-text';
import { findTable } from './table-header';

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

/**
 * A whole plan's text as the grid of its task table (the document above it as textBefore): a
 * tab-separated table as it is, the framework's one-cell-per-line text rebuilt into rows with its
 * sections as "I | title" rows. The readers build .docx, .xlsx and PDF versions of the seed plans
 * from it; null when the text has no table.
 */
export function planTextToGrid(text: string): CellGrid | null {
  const lines = normalizePlanText(text).split('\n');
  const table = findTable(lines);
  if (!table) return null;
  if (table.layout === 'tsv') {
    return {
      rows: lines
        .slice(table.headerLine)
        .map((line) => line.split('\t').map((cell) => ({ text: cell.trim() }))),
      sourceRows: lines.slice(table.headerLine).map((_, index) => table.headerLine + index + 1),
      textBefore: lines.slice(0, table.headerLine).join('\n'),
    };
  }
  const headerStart = table.headerEndLine - table.columns.length + 1;
  const reader = new FrameworkRowReader(table.columns);
  reader.read(lines, table.headerEndLine + 1);
  const rows: GridRow[] = [
    lines.slice(headerStart, table.headerEndLine + 1).map((line) => ({ text: line.trim() })),
  ];
  const sourceRows = [headerStart + 1];
  let sectionsShown = 0;
  for (const row of reader.rows) {
    const upTo = reader.sections.findIndex((section) => section.key === row.sectionKey);
    for (; sectionsShown <= upTo; sectionsShown++) {
      const section = reader.sections[sectionsShown];
      rows.push([{ text: section.key }, { text: section.title }]);
      sourceRows.push(sourceRows[sourceRows.length - 1]);
    }
    rows.push(
      table.columns.map((_, column) => ({
        text: (row.cells[column]?.lines ?? []).map((line) => line.text).join('\n'),
      })),
    );
    sourceRows.push(row.cells.find(Boolean)?.row ?? sourceRows[sourceRows.length - 1]);
  }
  return { rows, sourceRows, textBefore: lines.slice(0, headerStart).join('\n') };
}
