import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ITableCellBorders,
} from 'docx';
import { nfc } from '../vietnamese-text';

/** Nghị định 30/2020, Phụ lục I: Times New Roman, A4, margins within 20–25 / 20–25 / 30–35 / 15–20 mm. */
export const FONT = 'Times New Roman';

export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

export const A4 = { width: 11906, height: 16838 } as const;

export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** The width text runs in on a portrait page, and on the landscape appendix page. */
export const PORTRAIT_TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGINS.left - MARGINS.right;

export interface RunStyle {
  /** In points. */
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/** Every run names its font and size itself, so the file reads the same in any editor's defaults. */
export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text: nfc(text),
    font: FONT,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italics,
  });
}

export function line(
  text: string,
  style: RunStyle,
  options: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  return new Paragraph({ ...options, children: [run(text, style)] });
}

/** A centred line of the given text. */
export const centred = (text: string, style: RunStyle, spacingAfter = 0): Paragraph =>
  line(text, style, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: spacingAfter } });

/**
 * A short solid rule, centred in `width` twips: an empty paragraph whose top border is narrowed by
 * its indents. Its mark is 1 pt so it adds almost no height under the line above it.
 */
export function rule(ruleLength: number, width: number): Paragraph {
  const indent = Math.max(0, Math.round((width - ruleLength) / 2));
  return new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 240 },
    run: { size: 2, font: FONT },
    children: [],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** A layout table's cells: no borders drawn. */
export const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };

export const NO_TABLE_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;

export const twips = (value: number) => ({ size: value, type: WidthType.DXA });
