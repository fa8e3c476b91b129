import { Parser } from 'htmlparser2';
import type { GridCell, GridRow } from './grid';

export interface HtmlTable {
  rows: GridRow[];
  /** Blocks of text outside any table that came before this one. */
  textBefore: string[];
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'ul',
  'ol',
]);
const SKIPPED = new Set(['style', 'script', 'title', 'head', 'xml', 'template']);

/** HTML collapses white space (Word's clipboard wraps its source lines); NBSP runs are padding. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/[\s\u00a0]{2,}/g, ' ');
}

function span(value: string | undefined): number | undefined {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) && number > 1 ? Math.min(number, 1000) : undefined;
}

interface OpenCell {
  cell: GridCell;
  paragraphs: string[];
}

/**
 * Every table of an HTML document (mammoth's rendering of a .docx, or what Word or Excel put on
 * the clipboard) as rows of cells with their spans; paragraphs and line breaks in a cell become
 * "\n". A table inside a cell is read as more paragraphs of that cell.
 */
export function readHtmlTables(html: string): HtmlTable[] {
  const tables: HtmlTable[] = [];
  const outside: string[] = [];
  let depth = 0;
  let skipping = 0;
  let line = '';
  let row: GridRow | null = null;
  let cell: OpenCell | null = null;

  const flush = () => {
    const text = line.trim();
    line = '';
    if (!text) return;
    if (cell) cell.paragraphs.push(text);
    else if (depth === 0) outside.push(text);
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (SKIPPED.has(name)) skipping++;
        if (skipping) return;
        if (BLOCK.has(name) || name === 'br') flush();
        if (name === 'table') {
          depth++;
          if (depth === 1) tables.push({ rows: [], textBefore: [...outside] });
        } else if (depth === 1 && name === 'tr') {
          row = [];
          tables[tables.length - 1].rows.push(row);
        } else if (depth === 1 && (name === 'td' || name === 'th') && row) {
          const opened: GridCell = { text: '' };
          const colSpan = span(attributes['colspan']);
          const rowSpan = span(attributes['rowspan']);
          if (colSpan) opened.colSpan = colSpan;
          if (rowSpan) opened.rowSpan = rowSpan;
          row.push(opened);
          cell = { cell: opened, paragraphs: [] };
        }
      },
      ontext(text) {
        if (!skipping) line += collapse(text);
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipping = Math.max(0, skipping - 1);
          return;
        }
        if (skipping) return;
        if (BLOCK.has(name)) flush();
        if (depth === 1 && (name === 'td' || name === 'th') && cell) {
          cell.cell.text = cell.paragraphs.join('\n');
          cell = null;
        } else if (depth === 1 && name === 'tr') {
          row = null;
        } else if (name === 'table') {
          depth = Math.max(0, depth - 1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return tables;
}
