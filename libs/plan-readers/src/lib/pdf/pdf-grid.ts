import { finishGrid } from '../finish-grid';
import type { GridRow, PlanGrid } from '../grid';
import { PlanReadError } from '../read-error';
import { columnOf, findHeaderBand, ROW_GAP } from './pdf-columns';
import { textLines, type TextLine } from './pdf-lines';
import type { PdfPageText } from './pdf-text';

/** One line's text in one column. */
interface LinePiece {
  text: string;
  left: number;
  right: number;
  firstWordRight: number;
}

interface PdfRow {
  pieces: LinePiece[][];
  bottom: number;
  page: number;
}

/** What starts a numbered row in the first column: "1", "1.2", "IV", "a)", "-", "+". */
const ROW_NUMBER = /^(?:\d{1,4}(?:\.\d{1,3})*|[IVXLC]{1,6}|[a-zđ]|[-+•])[.)]?$/i;
/**
 * Cell padding on each side, as a fraction of the font size, to guess a column's right edge from
 * where the next column's text starts. Guessed generously: taking a wrapped line for a paragraph
 * break would split one deadline into two statements.
 */
const PADDING = 0.6;
/**
 * A line opening with a list number ("3.5.", "a)") starts a paragraph whatever its length. Not a
 * dash: "Văn hóa - Xã hội" wraps before its dash as often as a list opens with one.
 */
const PARAGRAPH_START = /^(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|[a-zđ]\))\s/i;

function piecesOf(line: TextLine, starts: number[]): LinePiece[][] {
  const pieces: LinePiece[][] = starts.map(() => []);
  for (const run of line.runs) pieces[columnOf(run.left, starts)].push({ ...run });
  return pieces;
}

/**
 * A line of a cell ends where its paragraph ends, or where the next word did not fit: if the
 * next line's first word would have fitted after this line, the break was the author's.
 */
function joinCellLines(lines: LinePiece[], rightEdge: number, fontSize: number): string {
  let text = '';
  lines.forEach((piece, index) => {
    if (index === 0) {
      text = piece.text;
      return;
    }
    const previous = lines[index - 1];
    const wordWidth = piece.firstWordRight - piece.left;
    // A space, and half an em of slack: the browser that laid the text out measured it with its
    // own metrics, a few points away from the widths the PDF records.
    const fitted = previous.right + 0.3 * fontSize + wordWidth + 0.5 * fontSize < rightEdge;
    if (fitted || PARAGRAPH_START.test(piece.text)) text += '\n';
    // A line broken after a hyphen ("66-" / "NQ/TW") joins without a space.
    else if (!/\S-$/.test(previous.text)) text += ' ';
    text += piece.text;
  });
  return text;
}

/**
 * Where each column's text may reach: the furthest a line of it reaches without running into the
 * next column's text (a section title spans the table from the first column), or, when further,
 * where the next column's text starts less two paddings.
 */
function rightEdges(rows: PdfRow[], columns: number, fontSize: number): number[] {
  const minLeft = Array<number>(columns).fill(Infinity);
  const maxRight = Array<number>(columns).fill(-Infinity);
  const pieces = (visit: (piece: LinePiece, column: number) => void) =>
    rows.forEach((row) =>
      row.pieces.forEach((lines, column) => lines.forEach((piece) => visit(piece, column))),
    );
  pieces((piece, column) => (minLeft[column] = Math.min(minLeft[column], piece.left)));
  pieces((piece, column) => {
    if (column + 1 >= columns || piece.right < minLeft[column + 1]) {
      maxRight[column] = Math.max(maxRight[column], piece.right);
    }
  });
  return maxRight.map((right, column) =>
    column + 1 < columns && Number.isFinite(minLeft[column + 1])
      ? Math.max(right, minLeft[column + 1] - 2 * PADDING * fontSize)
      : right,
  );
}

/**
 * Rebuilds the task table of a PDF's text layer: columns from the header's positions, a new row
 * where a number starts in the first column, after a vertical gap wider than a line's leading, or
 * on a new page (a row cut by a page break goes on in a row with an empty number cell, which the
 * parser joins to the one before, as it does for pasted text).
 */
export function pdfGrid(pages: PdfPageText[]): PlanGrid {
  const lines = textLines(pages);
  if (lines.length === 0) throw new PlanReadError('scanned_pdf');
  const header = findHeaderBand(lines);
  if (!header) throw new PlanReadError('no_table');
  const columns = header.starts.length;
  const fontSize = lines[header.start].height;

  const rows: PdfRow[] = [];
  const headerLines = lines.slice(header.start, header.end);
  rows.push({ pieces: columnsOf(headerLines, header.starts), bottom: 0, page: -1 });
  let current: PdfRow | null = null;
  for (const line of lines.slice(header.end)) {
    const pieces = piecesOf(line, header.starts);
    const numberText = pieces[0].map((piece) => piece.text).join(' ');
    const startsRow =
      !current ||
      line.page !== current.page ||
      line.top - current.bottom > ROW_GAP * line.height ||
      (ROW_NUMBER.test(numberText) && current.pieces[0].length > 0);
    if (startsRow) {
      current = { pieces: starts(columns), bottom: line.bottom, page: line.page };
      rows.push(current);
    }
    const row = current as PdfRow;
    pieces.forEach((columnPieces, column) => {
      if (columnPieces.length) row.pieces[column].push(merged(columnPieces));
    });
    row.bottom = Math.max(row.bottom, line.bottom);
  }

  const edges = rightEdges(rows, columns, fontSize);
  const gridRows: GridRow[] = rows.map((row) =>
    row.pieces.map((lines, column) => ({ text: joinCellLines(lines, edges[column], fontSize) })),
  );
  const heading = lines.slice(0, header.start).map((line) => line.runs.map((run) => run.text).join(' '));
  return finishGrid(gridRows, heading, { format: 'pdf', pages: pages.length }, 1);
}

function starts(columns: number): LinePiece[][] {
  return Array.from({ length: columns }, () => []);
}

function merged(pieces: LinePiece[]): LinePiece {
  return {
    text: pieces.map((piece) => piece.text).join(' '),
    left: pieces[0].left,
    right: pieces[pieces.length - 1].right,
    firstWordRight: pieces[0].firstWordRight,
  };
}

function columnsOf(lines: TextLine[], columnStarts: number[]): LinePiece[][] {
  const pieces = starts(columnStarts.length);
  for (const line of lines)
    piecesOf(line, columnStarts).forEach((columnPieces, column) => {
      if (columnPieces.length) pieces[column].push(merged(columnPieces));
    });
  return pieces;
}
