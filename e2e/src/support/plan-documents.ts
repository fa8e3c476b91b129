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

/** The table as Word writes it (the `docx` library): a title above, each section a merged row. */
export async function planDocx(table: PlanTable): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: table.title, bold: true })] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: HEADER.map((text) => cell(text)) }),
              ...table.sections.flatMap(({ heading, tasks }) => [
                new TableRow({ children: [cell(heading, HEADER.length)] }),
                ...tasks.map((texts) => new TableRow({ children: texts.map((text) => cell(text)) })),
              ]),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
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
