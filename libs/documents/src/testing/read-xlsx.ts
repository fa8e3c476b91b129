import ExcelJS from 'exceljs';

/** Opens an .xlsx with exceljs, as a reader of the file would. */
export async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** A row's values from its first cell, as exceljs reads them (strings, numbers, Dates, null). */
export function rowValues(sheet: ExcelJS.Worksheet, rowNumber: number): unknown[] {
  const values = sheet.getRow(rowNumber).values as unknown[];
  return Array.from({ length: sheet.columnCount }, (_, index) => values[index + 1] ?? null);
}

/** The frozen header row: the row the frozen pane stops under. */
export function frozenRows(sheet: ExcelJS.Worksheet): number | undefined {
  const [view] = sheet.views;
  return view?.state === 'frozen' ? view.ySplit : undefined;
}
