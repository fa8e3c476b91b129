/**
 * What every reader hands to the plan parser: the task table as rows of cells, nothing more.
 * A cell lives in the row and column where it starts; `colSpan`/`rowSpan` say how far it reaches,
 * as in HTML, so the slots it covers have no cell of their own.
 *
 * Structurally a @dondoc/plan-parser CellGrid ({ rows, sourceRows?, textBefore? }), so a grid read
 * here goes to parsePlanGrid as it is; `heading` and `source` are extra facts for the preview.
 */
export interface GridCell {
  /** The cell's paragraphs joined by "\n", each trimmed; "" for an empty cell. */
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export type GridRow = GridCell[];

export type PlanFormat = 'docx' | 'xlsx' | 'pdf' | 'html' | 'text';

export interface PlanGrid {
  /** Header row(s) first, then the body, in reading order. */
  rows: GridRow[];
  /** Lines of text above the table (the plan's title, number, date), for the plan's metadata. */
  heading: string[];
  /** `heading` as one text, the field the parser reads the plan's number and date from. */
  textBefore: string;
  /** Where each row stands in the source, 1-based: a sheet's row, a table's row, a text's line. */
  sourceRows: number[];
  /** Which format the grid came from, and where in it (sheet name, table index, pages). */
  source: GridSource;
}

export interface GridSource {
  format: PlanFormat;
  /** The sheet of a workbook that held the table. */
  sheet?: string;
  /** 0-based index of the chosen table among the document's tables. */
  tableIndex?: number;
  pages?: number;
}

/**
 * The grid as a rectangle of strings: a spanning cell's text sits in its top-left slot and the
 * slots it covers are "". This is the view in which every format of the same table must agree
 * (a PDF cannot show spans, only where the text stands).
 */
export function gridToMatrix(rows: GridRow[]): string[][] {
  const matrix: string[][] = [];
  const covered: boolean[][] = [];
  rows.forEach((row, rowIndex) => {
    matrix[rowIndex] ??= [];
    covered[rowIndex] ??= [];
    let column = 0;
    for (const cell of row) {
      while (covered[rowIndex][column]) column++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let down = 0; down < rowSpan && rowIndex + down < rows.length; down++) {
        matrix[rowIndex + down] ??= [];
        covered[rowIndex + down] ??= [];
        for (let across = 0; across < colSpan; across++) {
          matrix[rowIndex + down][column + across] = down === 0 && across === 0 ? cell.text : '';
          covered[rowIndex + down][column + across] = true;
        }
      }
      column += colSpan;
    }
  });
  const width = Math.max(0, ...matrix.map((row) => row.length));
  return matrix.map((row) => Array.from({ length: width }, (_, column) => row[column] ?? ''));
}

export function cellsOf(texts: string[]): GridRow {
  return texts.map((text) => ({ text }));
}
