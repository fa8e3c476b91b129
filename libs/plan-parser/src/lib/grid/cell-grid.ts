/**
 * The one shape every document reader hands to the parser: the rows of a table as cells, before
 * any meaning is given to them. Readers only extract; everything after the grid is shared.
 */
export interface GridCell {
  /** The cell's text; its paragraphs joined by "\n". */
  text: string;
  /** Columns the cell covers, when known (Word gridSpan, Excel merge, HTML colspan); default 1. */
  colSpan?: number;
  /** Rows the cell covers, when known (Word vMerge, Excel merge, HTML rowspan); default 1. */
  rowSpan?: number;
}

export type GridRow = GridCell[];

export interface CellGrid {
  /**
   * Rows in reading order. A cell covered by a merge is left out (as in HTML): the next cell of
   * the row starts after the merged cell's span.
   */
  rows: GridRow[];
  /**
   * Where each row came from, 1-based (a text line, a sheet row, a line of a PDF page); warnings
   * and tasks point at it. Defaults to the row's position in `rows` + 1.
   */
  sourceRows?: number[];
  /** The document's text above the table (number, date, title), read for the plan's header facts. */
  textBefore?: string;
}

/** A row after merges are spread out: one string per column. */
export interface DenseRow {
  cells: string[];
  /** True for a column whose text was copied down from a merged cell above. */
  copiedDown: boolean[];
  /** True when one cell spans the row (or nearly: all but a number column). */
  spansAcross: boolean;
  sourceRow: number;
}
