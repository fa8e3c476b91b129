import {
  AlignmentType,
  type IParagraphStyleOptions,
  type ITableCellOptions,
  Paragraph,
  TableCell,
  TextRun,
  VerticalAlign,
} from 'docx';
import { nfc } from '../vietnamese-text';
import { FONT, twips } from './layout';

/** Text in tables is 12 pt: the decree sets no size for tables, and 12 pt keeps long rows legible. */
export const TABLE_TEXT_SIZE = 12;

/**
 * Table text takes its font, size and spacing from two paragraph styles rather than from every run:
 * a 300-task appendix has some 2,000 cells, and each property written on each run costs docx time
 * and the file bytes (the report of a 300-task plan was built 2.3 s → see bench/report-documents).
 */
export const TABLE_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'TableText',
    name: 'Table Text',
    run: { font: FONT, size: TABLE_TEXT_SIZE * 2 },
    paragraph: { spacing: { before: 40, after: 40 } },
  },
  {
    id: 'TableTextCentred',
    name: 'Table Text Centred',
    basedOn: 'TableText',
    run: { font: FONT, size: TABLE_TEXT_SIZE * 2 },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 40, after: 40 } },
  },
];

/** Cell padding, set once on each table instead of on every cell. */
export const TABLE_CELL_MARGINS = { left: 80, right: 80, top: 0, bottom: 0 } as const;

export interface CellText {
  text: string;
  bold?: boolean;
  align?: 'left' | 'centre';
}

/** A bordered table cell; a text with line breaks becomes one paragraph per line, as Word keeps them. */
export function tableCell(
  width: number,
  { text, bold, align = 'left' }: CellText,
  options: Omit<ITableCellOptions, 'children' | 'width'> = {},
): TableCell {
  const style = align === 'centre' ? 'TableTextCentred' : 'TableText';
  const paragraphs = text
    .split(/\r?\n/)
    .map((part) => new Paragraph({ style, children: [new TextRun({ text: nfc(part), bold })] }));
  return new TableCell({ ...options, width: twips(width), children: paragraphs });
}

/** A header cell: bold, centred both ways. */
export const headerCell = (width: number, text: string): TableCell =>
  tableCell(width, { text, bold: true, align: 'centre' }, { verticalAlign: VerticalAlign.CENTER });
