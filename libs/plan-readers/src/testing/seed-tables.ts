import { planTextToGrid } from '@dondoc/plan-parser';
import { readSeedPlanText } from '@dondoc/seed-data';
import { cellsOf, type GridCell, type GridRow } from '../lib/grid';
import { findHeaderRow, headerScore, MIN_HEADER_SCORE } from '../lib/table-score';
import type { TableFixture } from './table-fixture';

const BOOKMARK = /\[bookmark:[^\]]*\]/g;
const SECTION = /^[IVXLC]+\s*[.:)]?\s*\S/;

/** Up to two short lines of text right above the table: its title as printed. */
function titleAbove(lines: string[], headerLine: number): string[] {
  const title: string[] = [];
  for (let index = headerLine - 1; index >= 0 && title.length < 2; index--) {
    const line = lines[index].replace(BOOKMARK, '').trim();
    if (!line) continue;
    if (line.includes('\t') || line.length > 120) break;
    title.unshift(line);
  }
  return title;
}

/** A section row of a tab-separated table ("I. Chỉ đạo…" then empty cells) as one merged cell. */
function tsvRow(cells: string[], width: number): GridRow {
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 1 && cells[0] !== '' && SECTION.test(cells[0]))
    return [{ text: cells[0], colSpan: width }];
  return cellsOf(Array.from({ length: width }, (_, index) => cells[index] ?? ''));
}

function tsvSeedTable(lines: string[]): TableFixture | null {
  const headerLine = lines.findIndex(
    (line) => line.includes('\t') && headerScore(line.split('\t')) >= MIN_HEADER_SCORE,
  );
  if (headerLine < 0) return null;
  const header = lines[headerLine];
  const width = header.split('\t').length;
  const rows: GridRow[] = [cellsOf(header.split('\t').map((cell) => cell.trim()))];
  for (const line of lines.slice(headerLine + 1)) {
    if (!line.includes('\t') || line === header) continue;
    rows.push(
      tsvRow(
        line.split('\t').map((cell) => cell.trim()),
        width,
      ),
    );
  }
  return { title: titleAbove(lines, headerLine), rows };
}

const CELL_START = /^ *\t(.*)$/;

/**
 * The Bắc Hồng Lĩnh framework is one cell per line (a line opening with a tab starts a cell, the
 * lines under it continue it). Its header is the run of cells from "TT"; a section is a roman
 * numeral and a title; every other row has as many cells as the header.
 */
function frameworkSeedTable(lines: string[]): TableFixture | null {
  const cells: string[] = [];
  let headerStart = -1;
  let headerWidth = 0;
  let lastWasCell = false;
  lines.forEach((raw, index) => {
    const line = raw.replace(BOOKMARK, '');
    const start = CELL_START.exec(line);
    if (start) {
      if (headerStart < 0 && start[1].trim() === 'TT') headerStart = cells.length;
      if (headerStart >= 0 && !headerWidth && !lastWasCell && cells.length > headerStart) {
        headerWidth = cells.length - headerStart;
      }
      cells.push(start[1].trim());
      lastWasCell = true;
    } else if (line.trim() && cells.length) {
      cells[cells.length - 1] = [cells[cells.length - 1], line.trim()].filter(Boolean).join('\n');
      lastWasCell = false;
    } else {
      lastWasCell = lastWasCell && index < 0;
    }
  });
  if (headerStart < 0 || headerWidth < 3) return null;
  const rows: GridRow[] = [cellsOf(cells.slice(headerStart, headerStart + headerWidth))];
  let index = headerStart + headerWidth;
  while (index < cells.length) {
    if (/^[IVXLC]+$/.test(cells[index]) && index + 1 < cells.length) {
      const section: GridCell[] = [
        { text: cells[index] },
        { text: cells[index + 1], colSpan: headerWidth - 1 },
      ];
      rows.push(section);
      index += 2;
      continue;
    }
    const row = cells.slice(index, index + headerWidth);
    rows.push(cellsOf([...row, ...Array<string>(headerWidth - row.length).fill('')]));
    index += headerWidth;
  }
  const firstHeaderLine = lines.findIndex((line) => /^ *\tTT\s*$/.test(line));
  return { title: titleAbove(lines, firstHeaderLine), rows };
}

/**
 * The task table of a shipped seed plan as a table to render into every format: the seeds are
 * text (tab-separated, or one cell per line for the framework), and a ward receives the same
 * tables as .docx, .xlsx or PDF.
 */
export function seedTable(file: string): TableFixture {
  const lines = readSeedPlanText(file).replace(/\r\n?/g, '\n').split('\n');
  const table = tsvSeedTable(lines) ?? frameworkSeedTable(lines);
  if (!table) throw new Error(`seedTable: no task table found in ${file}`);
  return {
    title: table.title,
    rows: table.rows.map(tidyRow).filter((row) => row.some((cell) => cell.text !== '')),
  };
}

/**
 * The seeds were typed with double spaces here and there, which no document keeps apart from
 * single ones once rendered (HTML collapses them): single spaces, trimmed lines.
 */
function tidyRow(row: GridRow): GridRow {
  return row.map((cell) => ({
    ...cell,
    text: cell.text
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n'),
  }));
}

/**
 * The seed plan's table as the parser itself turns its text into a grid (planTextToGrid: every
 * line from the header on, the framework rebuilt into rows with its sections), without empty
 * rows: what "the seeds import row for row from every format" is checked on.
 */
export function seedParserTable(file: string): TableFixture {
  const grid = planTextToGrid(readSeedPlanText(file));
  if (!grid) throw new Error(`seedParserTable: the parser finds no table in ${file}`);
  const matrix = grid.rows.map((row) => row.map((cell) => cell.text));
  const header = findHeaderRow(matrix, matrix.length);
  if (!header) throw new Error(`seedParserTable: no header in ${file}`);
  const widthOf = (row: GridRow) => row.reduce((sum, cell) => sum + (cell.colSpan ?? 1), 0);
  const body = grid.rows.slice(header.index);
  const width = Math.max(...body.map(widthOf));
  const rows = body
    .map(tidyRow)
    .filter((row) => row.some((cell) => cell.text !== ''))
    // A line of prose between two parts of the table is one cell: it spans the table.
    .map((row) => (row.length === 1 && widthOf(row) < width ? [{ ...row[0], colSpan: width }] : row));
  const title = (grid.textBefore ?? '').split('\n').filter((line) => line.trim() !== '');
  return { title: title.slice(-2), rows };
}
