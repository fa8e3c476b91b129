import { finishGrid } from './finish-grid';
import { cellsOf, type GridRow, type PlanGrid } from './grid';

/**
 * Rows of tab-separated text with Excel's quoting: a cell holding a tab, a line break or a quote
 * is written in double quotes, with its quotes doubled.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let index = 0;
  const source = text.replace(/\r\n?/g, '\n');
  while (index < source.length) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === '\t') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
    index++;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** Excel's text/plain of a copied range, or a tab-separated table typed by hand. */
export function readTsvGrid(text: string): PlanGrid {
  const rows: GridRow[] = splitTsv(text).map((cells) =>
    cellsOf(
      cells.map((cell) =>
        cell
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .join('\n'),
      ),
    ),
  );
  // A pasted document may hold pages of prose before its table.
  return finishGrid(rows, [], { format: 'text' }, rows.length);
}
