import { Workbook } from 'exceljs';
import { gridToMatrix } from '../lib/grid';
import type { TableFixture } from './table-fixture';

export interface XlsxOptions {
  /** Sheets before the table's sheet that hold no task table (notes, a cover). */
  sheetsBefore?: string[];
  /** Cells written as dd/mm/yyyy text are stored as real dates instead. */
  datesAsDates?: boolean;
}

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/**
 * The table as Excel writes it, with exceljs: column A left blank, the title in merged rows above
 * a blank row, then the header and the body; merged cells as merged ranges; a cell's lines joined
 * by line breaks and wrapped.
 */
export async function buildXlsx(table: TableFixture, options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new Workbook();
  for (const name of options.sheetsBefore ?? []) {
    workbook.addWorksheet(name).addRow(['Ghi chú', 'Bảng này không có nhiệm vụ']);
  }
  const sheet = workbook.addWorksheet('Phụ lục');
  const matrix = gridToMatrix(table.rows);
  const width = matrix[0]?.length ?? 1;
  const firstColumn = 2;
  let rowNumber = 1;
  for (const line of table.title) {
    sheet.getCell(rowNumber, firstColumn).value = line;
    sheet.mergeCells(rowNumber, firstColumn, rowNumber, firstColumn + width - 1);
    rowNumber++;
  }
  rowNumber++;
  const top = rowNumber;
  matrix.forEach((texts, rowIndex) => {
    texts.forEach((text, columnIndex) => {
      const target = sheet.getCell(top + rowIndex, firstColumn + columnIndex);
      const date = options.datesAsDates ? DATE.exec(text) : null;
      target.value = date ? new Date(Date.UTC(+date[3], +date[2] - 1, +date[1])) : text || null;
      if (date) target.numFmt = 'dd/mm/yyyy';
      target.alignment = { wrapText: true, vertical: 'top' };
    });
  });
  mergeSpans(table, (fromRow, fromColumn, toRow, toColumn) =>
    sheet.mergeCells(top + fromRow, firstColumn + fromColumn, top + toRow, firstColumn + toColumn),
  );
  sheet.columns.forEach((column, index) => (column.width = index === 0 ? 3 : 28));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Calls `merge` with 0-based corners for every cell that spans more than one slot. */
function mergeSpans(
  table: TableFixture,
  merge: (r1: number, c1: number, r2: number, c2: number) => void,
): void {
  const covered = new Set<string>();
  table.rows.forEach((cells, rowIndex) => {
    let column = 0;
    for (const cell of cells) {
      while (covered.has(`${rowIndex}:${column}`)) column++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      for (let down = 0; down < rowSpan; down++)
        for (let across = 0; across < colSpan; across++) covered.add(`${rowIndex + down}:${column + across}`);
      if (colSpan > 1 || rowSpan > 1) merge(rowIndex, column, rowIndex + rowSpan - 1, column + colSpan - 1);
      column += colSpan;
    }
  });
}
