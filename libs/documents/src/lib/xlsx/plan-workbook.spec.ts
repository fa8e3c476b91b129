import { frozenRows, readXlsx, rowValues } from '../../testing/read-xlsx';
import { appendixTask, planAppendix } from '../../testing/report-fixture';
import type { PlanAppendixModel } from '../model';
import { buildPlanWorkbook } from './plan-workbook';

const HEADERS = [
  'Mục',
  'STT',
  'Nội dung nhiệm vụ',
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  'Sản phẩm',
  'Thời hạn',
  'Hạn hoàn thành',
  'Kết quả thực hiện',
  'Trạng thái',
  'Ngày hoàn thành',
  'Số ngày trễ hạn',
];
const HEADER_ROW = 3;
const utc = (date: string) => new Date(`${date}T00:00:00.000Z`);

describe('buildPlanWorkbook', () => {
  const model = planAppendix(7, 2);

  it("lists every task in the appendix's columns plus result, status, completion date and days late", async () => {
    const workbook = await readXlsx(await buildPlanWorkbook(model));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Phụ lục', 'Số liệu theo đơn vị']);
    const sheet = workbook.worksheets[0];
    expect(rowValues(sheet, 1)[0]).toBe('Tình hình thực hiện nhiệm vụ Kế hoạch số 158/KH-UBND');
    expect(rowValues(sheet, 2)[0]).toBe(
      'Kế hoạch cải cách hành chính năm 2026 — số liệu tính đến ngày 14/03/2026',
    );
    expect(rowValues(sheet, HEADER_ROW)).toEqual(HEADERS);
    const first = model.sections[0].tasks[0];
    expect(rowValues(sheet, HEADER_ROW + 1)).toEqual([
      'I. Chỉ đạo điều hành',
      '1',
      first.content,
      first.lead,
      first.cooperators,
      first.deliverable,
      'Quý I/2026',
      utc('2026-03-01'),
      first.result,
      'Đã hoàn thành đúng hạn',
      utc('2026-04-01'),
      null,
    ]);
    const numbers = Array.from({ length: 7 }, (_, index) => rowValues(sheet, HEADER_ROW + 1 + index)[1]);
    expect(numbers).toEqual(['1', '3', '5', '7', '2', '4', '6']);
    expect(rowValues(sheet, HEADER_ROW + 5).slice(9)).toEqual([
      'Đã hoàn thành quá hạn',
      utc('2026-04-02'),
      2,
    ]);
    expect(rowValues(sheet, HEADER_ROW + 6).slice(9)).toEqual(['Chưa hoàn thành quá hạn', null, 4]);
  });

  it('writes dates as real Excel dates shown dd/mm/yyyy', async () => {
    const sheet = (await readXlsx(await buildPlanWorkbook(model))).worksheets[0];
    const due = sheet.getCell(HEADER_ROW + 1, 8);
    const completed = sheet.getCell(HEADER_ROW + 1, 11);
    expect(due.value).toBeInstanceOf(Date);
    expect(due.type).toBe(4); // ExcelJS.ValueType.Date
    expect(due.numFmt).toBe('dd/mm/yyyy');
    expect(completed.value).toEqual(utc('2026-04-01'));
    expect(completed.numFmt).toBe('dd/mm/yyyy');
  });

  it('freezes the header, filters the task rows and repeats the header when printed', async () => {
    const sheet = (await readXlsx(await buildPlanWorkbook(model))).worksheets[0];
    expect(frozenRows(sheet)).toBe(HEADER_ROW);
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:L${HEADER_ROW + 7}`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '3:3' });
    expect(sheet.getCell(HEADER_ROW + 1, 3).alignment).toMatchObject({ wrapText: true });
    expect([sheet.getColumn(2).width, sheet.getColumn(3).width]).toEqual([6, 50]);
    expect(sheet.getCell(HEADER_ROW, 1).font).toMatchObject({ bold: true });
  });

  it('counts the tasks of each lead unit by the four categories on the second sheet, with a total', async () => {
    const sheet = (await readXlsx(await buildPlanWorkbook(model))).worksheets[1];
    expect(rowValues(sheet, HEADER_ROW)).toEqual([
      'Đơn vị chủ trì',
      'Tổng số nhiệm vụ',
      'Đã hoàn thành đúng hạn',
      'Đã hoàn thành quá hạn',
      'Chưa hoàn thành trong hạn',
      'Chưa hoàn thành quá hạn',
      'Đã hủy',
      'Tỷ lệ hoàn thành đúng hạn (%)',
    ]);
    const rows = Array.from({ length: 5 }, (_, index) => rowValues(sheet, HEADER_ROW + 1 + index));
    expect(rows).toEqual([
      ['Phòng Văn hóa - Xã hội', 1, 1, 0, 0, 0, 1, 100],
      ['Văn phòng HĐND&UBND', 2, 0, 1, 1, 0, 0, 0],
      ['Phòng Kinh tế, Hạ tầng và Đô thị', 2, 1, 1, 0, 0, 0, 50],
      ['Công an phường', 1, 0, 0, 0, 1, 0, 0],
      ['Tổng cộng', 6, 2, 2, 1, 1, 1, 33.3],
    ]);
    // The total stays out of the filter, so sorting the units leaves it last.
    expect(sheet.autoFilter).toBe(`A${HEADER_ROW}:H${HEADER_ROW + 4}`);
    expect(frozenRows(sheet)).toBe(HEADER_ROW);
  });

  it('puts each section on its own sheet when asked', async () => {
    const workbook = await readXlsx(await buildPlanWorkbook(model, { sheetsBy: 'section' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'I. Chỉ đạo điều hành',
      'II. Cải cách thủ tục hành chính',
      'Số liệu theo đơn vị',
    ]);
    const second = workbook.worksheets[1];
    expect(second.autoFilter).toBe(`A${HEADER_ROW}:L${HEADER_ROW + 3}`);
    expect([4, 5, 6].map((row) => rowValues(second, row)[1])).toEqual(['2', '4', '6']);
  });

  it('puts each lead unit on its own sheet when asked, its name cut to what Excel allows', async () => {
    const workbook = await readXlsx(await buildPlanWorkbook(model, { sheetsBy: 'unit' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Văn phòng HĐND&UBND',
      'Phòng Kinh tế, Hạ tầng và Đô t…',
      'Công an phường',
      'Số liệu theo đơn vị',
    ]);
    const unit = workbook.worksheets[2];
    expect([4, 5].map((row) => rowValues(unit, row)[3])).toEqual([
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
    ]);
  });

  it('reads back Vietnamese handed over decomposed (NFD) as composed NFC text', async () => {
    const content = 'Rà soát thủ tục lĩnh vực đất đai, hộ tịch';
    const decomposed: PlanAppendixModel = {
      ...model,
      sections: [
        {
          title: 'I. Chỉ đạo'.normalize('NFD'),
          tasks: [appendixTask({ content: content.normalize('NFD') })],
        },
      ],
    };
    const sheet = (await readXlsx(await buildPlanWorkbook(decomposed))).worksheets[0];
    expect(rowValues(sheet, HEADER_ROW + 1).slice(0, 3)).toEqual(['I. Chỉ đạo', '1', content]);
  });

  it('still gives a filterable header and a zero total for a plan without tasks', async () => {
    const workbook = await readXlsx(await buildPlanWorkbook({ ...model, sections: [] }));
    expect(rowValues(workbook.worksheets[0], HEADER_ROW)).toEqual(HEADERS);
    expect(rowValues(workbook.worksheets[1], HEADER_ROW + 1)).toEqual(['Tổng cộng', 0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts tasks whose lead is not chosen yet under a name that says so', async () => {
    const undecided: PlanAppendixModel = {
      ...model,
      sections: [
        { title: 'I. Chỉ đạo', tasks: [appendixTask({ lead: '  ' }), appendixTask({ number: '2' })] },
      ],
    };
    const workbook = await readXlsx(await buildPlanWorkbook(undecided, { sheetsBy: 'unit' }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Chưa xác định đơn vị chủ trì',
      'Phòng Văn hóa - Xã hội',
      'Số liệu theo đơn vị',
    ]);
    expect(rowValues(workbook.worksheets[2], HEADER_ROW + 1).slice(0, 2)).toEqual([
      'Chưa xác định đơn vị chủ trì',
      1,
    ]);
  });
});
