import { AppError } from '../../common/app-error';
import { folded, MAX_SHEET_ROWS, type SheetRow } from './people-rows';

type Column = Exclude<keyof SheetRow, 'row'>;

/** Header words, folded, for each column; a sheet may put them in any order. */
const HEADERS: Record<Column, string[]> = {
  username: ['ten dang nhap', 'username', 'tai khoan'],
  fullName: ['ho va ten', 'ho ten', 'full name', 'fullname', 'ten'],
  unitCode: ['don vi', 'ma don vi', 'unit', 'unit code'],
  roles: ['vai tro', 'roles', 'role', 'quyen'],
  email: ['email', 'e-mail', 'thu dien tu'],
};

const REQUIRED: Column[] = ['username', 'fullName', 'roles'];

/** The grid of a people sheet: an .xlsx's first sheet, or a CSV (comma or semicolon, UTF-8). */
export async function readPeopleSheet(content: Buffer): Promise<SheetRow[]> {
  const grid = isZip(content)
    ? await xlsxGrid(content)
    : csvGrid(content.toString('utf8').replace(/^\uFEFF/, ''));
  const headerIndex = grid.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw refused('Tệp không có dòng nào');
  const columns = columnsOf(grid[headerIndex]);
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < grid.length; index += 1) {
    const cells = grid[index];
    if (cells.every((cell) => cell.trim() === '')) continue;
    const at = (column: Column) => {
      const position = columns[column];
      return position === undefined ? '' : (cells[position] ?? '');
    };
    rows.push({
      row: index + 1,
      username: at('username'),
      fullName: at('fullName'),
      unitCode: at('unitCode'),
      roles: at('roles'),
      email: at('email'),
    });
  }
  if (rows.length === 0) throw refused('Tệp chỉ có dòng tiêu đề, chưa có người nào');
  if (rows.length > MAX_SHEET_ROWS) throw refused(`Một tệp có tối đa ${MAX_SHEET_ROWS} người`);
  return rows;
}

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((cell, position) => {
    const word = folded(cell);
    const column = (Object.keys(HEADERS) as Column[]).find((name) => HEADERS[name].includes(word));
    if (column && columns[column] === undefined) columns[column] = position;
  });
  const missing = REQUIRED.filter((column) => columns[column] === undefined);
  if (missing.length) {
    throw refused('Dòng tiêu đề thiếu cột cần có', [
      `Cần các cột: Tên đăng nhập, Họ và tên, Vai trò (Đơn vị và Email nếu có); thiếu: ${missing
        .map((column) => HEADERS[column][0])
        .join(', ')}`,
    ]);
  }
  return columns;
}

function isZip(content: Buffer): boolean {
  return content.length > 4 && content[0] === 0x50 && content[1] === 0x4b;
}

async function xlsxGrid(content: Buffer): Promise<string[][]> {
  // Loaded on first use: exceljs is 7 MB of heap a backend need not hold until a sheet is read or written.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw refused('Không đọc được tệp .xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refused('Tệp .xlsx không có trang tính nào');
  if (sheet.rowCount > MAX_SHEET_ROWS + 10) throw refused(`Một tệp có tối đa ${MAX_SHEET_ROWS} người`);
  const grid: string[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: string[] = [];
    for (let column = 1; column <= Math.min(row.cellCount, 50); column += 1)
      cells.push(row.getCell(column).text);
    grid.push(cells);
  }
  return grid;
}

/** RFC 4180 with the separator Excel chose (a Vietnamese locale often saves with semicolons). */
export function csvGrid(text: string): string[][] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const grid: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      cells.push(cell);
      grid.push(cells);
      cells = [];
      cell = '';
      if (grid.length > MAX_SHEET_ROWS + 10) throw refused(`Một tệp có tối đa ${MAX_SHEET_ROWS} người`);
    } else cell += char;
  }
  if (cell !== '' || cells.length) grid.push([...cells, cell]);
  return grid;
}

function refused(message: string, details?: string[]): AppError {
  return new AppError('VALIDATION_FAILED', message, details ? { details } : {});
}
