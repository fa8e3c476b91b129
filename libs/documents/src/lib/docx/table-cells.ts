import { AlignmentType, type ITableCellOptions, Paragraph, TableCell, VerticalAlign } from 'docx';
import { run, twips } from './layout';

/** Text in tables is 12 pt: the decree sets no size for tables, and 12 pt keeps long rows legible. */
export const TABLE_TEXT_SIZE = 12;

export interface CellText {
  text: string;
  bold?: boolean;
  align?: 'left' | 'centre';
}

const ALIGN = { left: AlignmentType.LEFT, centre: AlignmentType.CENTER } as const;

/** A bordered table cell; a text with line breaks becomes one paragraph per line, as Word keeps them. */
export function tableCell(
  width: number,
  { text, bold, align = 'left' }: CellText,
  options: Omit<ITableCellOptions, 'children' | 'width'> = {},
): TableCell {
  const paragraphs = text.split(/\r?\n/).map(
    (part) =>
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 40, after: 40 },
        children: [run(part, { size: TABLE_TEXT_SIZE, bold })],
      }),
  );
  return new TableCell({
    ...options,
    width: twips(width),
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80 },
    children: paragraphs,
  });
}
