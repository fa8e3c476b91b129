import type { BoardCardRow, BoardColumn } from '../model';
import { sheetNames } from './sheet-names';
import { addTableSheet, type SheetColumn, workbookBuffer } from './table-sheet';

const DEFAULT_WIDTHS: Readonly<Record<BoardColumn['kind'], number>> = { text: 30, date: 13, number: 10 };

export interface BoardWorkbookOptions {
  /** The sheet's name, e.g. the board's ("Bảng Phòng VHXH"). */
  sheetName?: string;
  /** Lines above the table: the board and the filters it was seen with ("Lọc: quá hạn; Phòng VHXH"). */
  titleLines?: readonly string[];
}

/**
 * Any board view as an .xlsx: the cards it shows (already filtered) in the columns it shows, with
 * the same frozen header, autofilter, real dates and print set-up as the plan's workbook.
 */
export async function buildBoardWorkbook(
  cards: readonly BoardCardRow[],
  columns: readonly BoardColumn[],
  options: BoardWorkbookOptions = {},
): Promise<Buffer> {
  // Loaded on first use: exceljs is 7 MB of heap a backend need not hold until a sheet is read or written.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Đôn Đốc';
  const sheetColumns: SheetColumn[] = columns.map((column) => ({
    header: column.header,
    kind: column.kind,
    width: column.width ?? DEFAULT_WIDTHS[column.kind],
  }));
  addTableSheet(workbook, {
    name: sheetNames([options.sheetName ?? 'Bảng công việc'])[0],
    titleLines: options.titleLines,
    columns: sheetColumns,
    rows: cards.map((card) => columns.map((column) => card[column.key])),
  });
  return workbookBuffer(workbook);
}
