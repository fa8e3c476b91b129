import { frozenRows, readXlsx, rowValues } from '../../testing/read-xlsx';
import type { BoardCardRow, BoardColumn } from '../model';
import { buildBoardWorkbook } from './board-workbook';

const COLUMNS: BoardColumn[] = [
  { key: 'number', header: 'STT', kind: 'text', width: 6 },
  { key: 'content', header: 'Nội dung', kind: 'text', width: 50 },
  { key: 'column', header: 'Cột', kind: 'text' },
  { key: 'due', header: 'Hạn', kind: 'date' },
  { key: 'daysLate', header: 'Số ngày trễ', kind: 'number' },
];

const CARDS: BoardCardRow[] = [
  {
    number: '12',
    content: 'Rà soát thủ tục hành chính',
    column: 'Đã nộp',
    due: '2026-06-30',
    daysLate: null,
  },
  {
    number: '13',
    content: 'Báo cáo quý II',
    column: 'Bị trả lại',
    due: '2026-02-05',
    daysLate: 9,
    hidden: 'x',
  },
  { number: '14', content: 'Số hóa hồ sơ', column: 'Nháp', due: null },
];

describe('buildBoardWorkbook', () => {
  it("writes the cards in the view's columns and nothing the view hides", async () => {
    const workbook = await readXlsx(await buildBoardWorkbook(CARDS, COLUMNS));
    const sheet = workbook.worksheets[0];
    expect(workbook.worksheets).toHaveLength(1);
    expect(sheet.name).toBe('Bảng công việc');
    expect(sheet.columnCount).toBe(5);
    expect(rowValues(sheet, 1)).toEqual(['STT', 'Nội dung', 'Cột', 'Hạn', 'Số ngày trễ']);
    expect([2, 3, 4].map((row) => rowValues(sheet, row))).toEqual([
      ['12', 'Rà soát thủ tục hành chính', 'Đã nộp', new Date('2026-06-30T00:00:00Z'), null],
      ['13', 'Báo cáo quý II', 'Bị trả lại', new Date('2026-02-05T00:00:00Z'), 9],
      ['14', 'Số hóa hồ sơ', 'Nháp', null, null],
    ]);
    expect(sheet.getCell('D2').numFmt).toBe('dd/mm/yyyy');
  });

  it('freezes and filters under the title lines that name the board and its filters', async () => {
    const sheet = (
      await readXlsx(
        await buildBoardWorkbook(CARDS, COLUMNS, {
          sheetName: 'Bảng Phòng VHXH',
          titleLines: ['Bảng công việc Phòng Văn hóa - Xã hội', 'Lọc: quá hạn; chủ trì Phòng VHXH'],
        }),
      )
    ).worksheets[0];
    expect(sheet.name).toBe('Bảng Phòng VHXH');
    expect(rowValues(sheet, 2)[0]).toBe('Lọc: quá hạn; chủ trì Phòng VHXH');
    expect(rowValues(sheet, 3)[0]).toBe('STT');
    expect(frozenRows(sheet)).toBe(3);
    expect(sheet.autoFilter).toBe('A3:E6');
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
  });

  it('gives columns without a width one that suits their kind', async () => {
    const sheet = (await readXlsx(await buildBoardWorkbook(CARDS, COLUMNS))).worksheets[0];
    expect([1, 2, 3, 4, 5].map((column) => sheet.getColumn(column).width)).toEqual([6, 50, 30, 13, 10]);
  });

  it('refuses a date column holding something other than a date, naming the column', async () => {
    const cards: BoardCardRow[] = [{ number: '1', content: 'x', column: 'Nháp', due: 'Quý II/2026' }];
    await expect(buildBoardWorkbook(cards, COLUMNS)).rejects.toThrow(
      'column "Hạn": not a YYYY-MM-DD date: Quý II/2026',
    );
  });
});
