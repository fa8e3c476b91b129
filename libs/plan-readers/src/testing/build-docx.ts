import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { GridCell } from '../lib/grid';
import type { TableFixture } from './table-fixture';

export interface DocxOptions {
  /** A table before the task table (the signature block of a decision), which must not be picked. */
  decoyTableFirst?: boolean;
}

const paragraphsOf = (text: string) =>
  text
    .split('\n')
    .map(
      (line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Times New Roman', size: 26 })] }),
    );

function cellOf(cell: GridCell): TableCell {
  return new TableCell({
    children: paragraphsOf(cell.text),
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
  });
}

function decoyTable(): Table {
  const row = (texts: string[]) => new TableRow({ children: texts.map((text) => cellOf({ text })) });
  return new Table({
    rows: [
      row(['ỦY BAN NHÂN DÂN PHƯỜNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
      row(['Số: 12/KH-UBND', 'Độc lập - Tự do - Hạnh phúc']),
    ],
  });
}

/**
 * The table as Word writes it, with the `docx` library: a title above it, merged cells as gridSpan
 * and vMerge, one paragraph per line of a cell, the header row marked to repeat on every page.
 */
export async function buildDocx(table: TableFixture, options: DocxOptions = {}): Promise<Buffer> {
  const [header, ...body] = table.rows;
  const document = new Document({
    sections: [
      {
        children: [
          ...(options.decoyTableFirst ? [decoyTable()] : []),
          ...table.title.map(
            (line) =>
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: line, bold: true })],
              }),
          ),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: header.map(cellOf) }),
              ...body.map((cells) => new TableRow({ children: cells.map(cellOf) })),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
