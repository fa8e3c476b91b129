import type { Cell, Style, Workbook, Worksheet } from 'exceljs';
import type { DateOnly } from '../model';
import { excelDate, nfc } from '../vietnamese-text';

export const DATE_FORMAT = 'dd/mm/yyyy';

export type CellValue = string | number | DateOnly | null | undefined;

export interface SheetColumn {
  header: string;
  kind: 'text' | 'date' | 'number';
  /** In characters. */
  width: number;
}

export interface TableSheet {
  name: string;
  /** Lines above the table (what it is, as of when); the header row comes right after them. */
  titleLines?: readonly string[];
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
  /** Rows after the table proper (a total): outside the filter, so sorting leaves them last. */
  footerRows?: readonly (readonly CellValue[])[];
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDDE5F0' } };
const FONT = { name: 'Times New Roman', size: 12 };

type CellStyle = Partial<Style>;

function cellStyle(kind: SheetColumn['kind'], bold: boolean): CellStyle {
  return {
    border: BORDER,
    font: { ...FONT, bold },
    alignment: { wrapText: true, vertical: 'top', horizontal: kind === 'text' ? 'left' : 'center' },
    ...(kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
  };
}

/**
 * One style object per kind of cell, shared by every cell of that kind: exceljs writes a style
 * once per object it meets, so sharing them makes a 300-task sheet's styles cost one lookup per
 * cell instead of rendering fonts and borders for each (about half the time of building the file).
 * They are never changed after a cell takes them.
 */
const STYLES = {
  body: {
    text: cellStyle('text', false),
    number: cellStyle('number', false),
    date: cellStyle('date', false),
  },
  bold: { text: cellStyle('text', true), number: cellStyle('number', true), date: cellStyle('date', true) },
} as const;

const HEADER_STYLE: CellStyle = {
  border: BORDER,
  font: { ...FONT, bold: true },
  fill: HEADER_FILL,
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
};

function writeValue(cell: Cell, column: SheetColumn, value: CellValue): void {
  if (value === null || value === undefined || value === '') return;
  if (column.kind === 'date' && typeof value === 'string') {
    try {
      cell.value = excelDate(value);
    } catch (error) {
      // The caller's bug (an instant or a text in a date column): say which column held it.
      throw new RangeError(`column "${column.header}": ${(error as Error).message}`);
    }
  } else if (column.kind === 'number' && typeof value === 'number') {
    cell.value = value;
  } else {
    cell.value = nfc(String(value));
  }
}

/**
 * One sheet holding one table the way people filter and print it: a bold header row frozen in
 * place with an autofilter over the rows, wrapped text in sensible widths, dates as real Excel
 * dates shown dd/mm/yyyy, landscape A4 one page wide with the header repeated on every page.
 */
export function addTableSheet(workbook: Workbook, table: TableSheet): Worksheet {
  const titles = table.titleLines ?? [];
  const headerRow = titles.length + 1;
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  sheet.columns = table.columns.map((column) => ({ width: column.width }));
  titles.forEach((title, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = nfc(title);
    cell.font = { ...FONT, bold: index === 0, size: index === 0 ? 14 : 12 };
  });
  table.columns.forEach((column, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.value = nfc(column.header);
    cell.style = HEADER_STYLE;
  });
  const writeRows = (rows: readonly (readonly CellValue[])[], firstRow: number, bold: boolean) =>
    rows.forEach((values, offset) => {
      const styles = bold ? STYLES.bold : STYLES.body;
      table.columns.forEach((column, index) => {
        const cell = sheet.getCell(firstRow + offset, index + 1);
        writeValue(cell, column, values[index]);
        cell.style = styles[column.kind];
      });
    });
  writeRows(table.rows, headerRow + 1, false);
  writeRows(table.footerRows ?? [], headerRow + 1 + table.rows.length, true);
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow + Math.max(table.rows.length, 1), column: table.columns.length },
  };
  return sheet;
}

/** The workbook's bytes, as a Node Buffer. */
export async function workbookBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
