import { FRAMEWORK_TABLE_HEADERS } from '@dondoc/contracts';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';

/** A plan's task table as a journey writes it: a title, sections and task rows, six columns. */
export interface PlanTable {
  title: string;
  sections: { heading: string; tasks: string[][] }[];
}

const HEADER = ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'];

const cell = (text: string, columnSpan = 1) =>
  new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
    ...(columnSpan > 1 ? { columnSpan } : {}),
  });

/** A title above a table as Word writes it (the `docx` library): its header row, then the body. */
function tableDocx(title: string, header: readonly string[], body: TableRow[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: title, bold: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell(text)) }), ...body],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

const textRow = (texts: readonly string[]) => new TableRow({ children: texts.map((text) => cell(text)) });

/** The table as Word writes it: a title above, each section a merged row. */
export function planDocx(table: PlanTable): Promise<Buffer> {
  return tableDocx(
    table.title,
    HEADER,
    table.sections.flatMap(({ heading, tasks }) => [
      new TableRow({ children: [cell(heading, HEADER.length)] }),
      ...tasks.map(textRow),
    ]),
  );
}

/** The same table as an Excel sheet (exceljs): a title row, a blank row, sections merged across. */
export async function planXlsx(table: PlanTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow([table.title]);
  sheet.addRow([]);
  sheet.addRow(HEADER);
  for (const { heading, tasks } of table.sections) {
    const row = sheet.addRow([heading]);
    sheet.mergeCells(row.number, 1, row.number, HEADER.length);
    for (const texts of tasks) sheet.addRow(texts);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A framework's table (Mục tiêu – Nhiệm vụ – Hoạt động, as Bắc Hồng Lĩnh writes it), nine columns. */
export interface FrameworkTable {
  title: string;
  sections: { key: string; title: string; rows: string[][] }[];
}

/** The framework as Word writes it: "I" and its title opening each section, one row per target. */
export function frameworkDocx(table: FrameworkTable): Promise<Buffer> {
  const blanks = FRAMEWORK_TABLE_HEADERS.slice(2).map(() => '');
  return tableDocx(
    table.title,
    FRAMEWORK_TABLE_HEADERS,
    table.sections.flatMap(({ key, title, rows }) => [
      textRow([key, title, ...blanks]),
      ...rows.map(textRow),
    ]),
  );
}
