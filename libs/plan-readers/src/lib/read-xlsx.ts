import type { CellValue, Worksheet } from 'exceljs';
import { finishGrid } from './finish-grid';
import type { GridCell, GridRow, PlanGrid } from './grid';
import { PlanReadError } from './read-error';

/** How far down a sheet its header may sit below titles and notes. */
const HEADER_WITHIN_ROWS = 50;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** Dates read as the plans write them; exceljs gives a date cell as a UTC instant. */
function dateText(date: Date): string {
  return `${twoDigits(date.getUTCDate())}/${twoDigits(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return valueText((value.result ?? null) as CellValue);
  if ('text' in value) return String(value.text);
  return '';
}

function cellText(value: CellValue): string {
  return valueText(value)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

interface Merge {
  rowSpan: number;
  colSpan: number;
}

/** Merged ranges by their top-left address, and every other address they cover. */
function mergesOf(sheet: Worksheet): { masters: Map<string, Merge>; covered: Set<string> } {
  const masters = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const range of sheet.model.merges ?? []) {
    const [from, to] = range.split(':').map((address) => sheet.getCell(address));
    if (!from || !to) continue;
    masters.set(`${from.row}:${from.col}`, {
      rowSpan: Number(to.row) - Number(from.row) + 1,
      colSpan: Number(to.col) - Number(from.col) + 1,
    });
    for (let row = Number(from.row); row <= Number(to.row); row++) {
      for (let col = Number(from.col); col <= Number(to.col); col++) {
        if (row !== Number(from.row) || col !== Number(from.col)) covered.add(`${row}:${col}`);
      }
    }
  }
  return { masters, covered };
}

/** The sheet's used rows as grid rows, without the empty columns on its left and right. */
function sheetRows(sheet: Worksheet): GridRow[] {
  const { masters, covered } = mergesOf(sheet);
  const texts: string[][] = [];
  let first = Infinity;
  let last = 0;
  for (let row = 1; row <= sheet.rowCount; row++) {
    const line: string[] = [];
    for (let col = 1; col <= sheet.columnCount; col++) {
      const text = covered.has(`${row}:${col}`) ? '' : cellText(sheet.getCell(row, col).value);
      line.push(text);
      if (text) {
        first = Math.min(first, col);
        last = Math.max(last, col + (masters.get(`${row}:${col}`)?.colSpan ?? 1) - 1);
      }
    }
    texts.push(line);
  }
  if (!last) return [];
  return texts.map((line, rowIndex) => {
    const cells: GridCell[] = [];
    for (let col = first; col <= last; col++) {
      const key = `${rowIndex + 1}:${col}`;
      if (covered.has(key)) continue;
      const merge = masters.get(key);
      const cell: GridCell = { text: line[col - 1] };
      const colSpan = merge ? Math.min(merge.colSpan, last - col + 1) : 1;
      if (colSpan > 1) cell.colSpan = colSpan;
      if (merge && merge.rowSpan > 1) cell.rowSpan = merge.rowSpan;
      cells.push(cell);
    }
    return cells;
  });
}

/** The first sheet of a workbook that holds a task table, as a grid. */
export async function readXlsxGrid(bytes: Uint8Array): Promise<PlanGrid> {
  // Loaded on first use: exceljs is 7 MB of heap a backend need not hold until a sheet is read or written.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    // exceljs's typings want its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new PlanReadError('corrupt', error instanceof Error ? error.message.slice(0, 200) : undefined);
  }
  for (const sheet of workbook.worksheets) {
    const rows = sheetRows(sheet);
    try {
      return finishGrid(rows, [], { format: 'xlsx', sheet: sheet.name }, HEADER_WITHIN_ROWS);
    } catch (error) {
      if (!(error instanceof PlanReadError && error.code === 'no_table')) throw error;
    }
  }
  throw new PlanReadError('no_table');
}
