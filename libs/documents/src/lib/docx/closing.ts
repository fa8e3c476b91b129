import { type ITableCellOptions, Paragraph, Table, TableCell, TableLayoutType, TableRow } from 'docx';
import type { ReportModel } from '../model';
import { upperVi } from '../vietnamese-text';
import { centred, line, mm, NO_BORDERS, NO_TABLE_BORDERS, PORTRAIT_TEXT_WIDTH, twips } from './layout';

const LEFT_WIDTH = mm(75);
const RIGHT_WIDTH = PORTRAIT_TEXT_WIDTH - LEFT_WIDTH;

/** Room for the handwritten signature and the seal between the title and the signer's name. */
const SIGNATURE_SPACE_LINES = 4;

const cell = (width: number, children: ITableCellOptions['children']) =>
  new TableCell({ width: twips(width), borders: NO_BORDERS, margins: { left: 0, right: 0 }, children });

/**
 * "Nơi nhận:" (12 pt, bold italic) and its list (11 pt: "- Như trên;" … "- Lưu: VT, …."), as
 * Nghị định 30/2020 sets it: every line but the last ends with a semicolon.
 */
export function recipientsBlock(model: ReportModel): Paragraph[] {
  const items = [...model.recipients.map((recipient) => `- ${recipient};`), `- Lưu: ${model.archive}.`];
  return [
    line('Nơi nhận:', { size: 12, bold: true, italics: true }, { spacing: { before: 0, after: 0 } }),
    ...items.map((item) => line(item, { size: 11 }, { spacing: { before: 0, after: 0 } })),
  ];
}

/** "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", space for the signature, then the signer's name (bold). */
export function signatureBlock(signer: ReportModel['signer']): Paragraph[] {
  return [
    centred(upperVi(signer.authority ?? 'TM. ỦY BAN NHÂN DÂN'), { size: 14, bold: true }),
    centred(upperVi(signer.position ?? 'CHỦ TỊCH'), { size: 14, bold: true }),
    ...Array.from({ length: SIGNATURE_SPACE_LINES }, () => centred('', { size: 14 })),
    centred(signer.name, { size: 14, bold: true }),
  ];
}

/** Nơi nhận on the left and the signature on the right, side by side in a borderless table. */
export function closingBlock(model: ReportModel): (Paragraph | Table)[] {
  return [
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    new Table({
      layout: TableLayoutType.FIXED,
      width: twips(PORTRAIT_TEXT_WIDTH),
      columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
      borders: NO_TABLE_BORDERS,
      rows: [
        new TableRow({
          cantSplit: true,
          children: [
            cell(LEFT_WIDTH, recipientsBlock(model)),
            cell(RIGHT_WIDTH, signatureBlock(model.signer)),
          ],
        }),
      ],
    }),
  ];
}
