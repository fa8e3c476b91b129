import { frameworkRowsToGrid } from './framework-grid';
import type { GridCell, PlanPreview, PreviewGrid, PreviewRow, PreviewSection } from './plan-import.types';

/** The cells of a row the person corrects in place, in the order the preview shows them. */
export const EDITABLE_FIELDS = [
  'number',
  'content',
  'leadText',
  'cooperatorText',
  'deliverable',
  'deadlineText',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/**
 * One task row as the person edits it. `read` is the server's reading of the row as it was last
 * read: null for a row made by a split or a merge, and stale (`edited`) once a cell changed.
 */
export interface EditableRow {
  id: string;
  sectionKey: string | null;
  level: string;
  number: string;
  content: string;
  leadText: string;
  cooperatorText: string;
  deliverable: string;
  deadlineText: string;
  budgetText: string;
  noteText: string;
  /** Cells of the columns the parser did not know, aligned with the page's extra headers. */
  extra: string[];
  read: PreviewRow | null;
  edited: boolean;
}

/** The headers the rebuilt table is written with: words the parser recognises in every plan. */
const HEADERS = [
  'STT',
  'Nội dung',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Sản phẩm',
  'Thời hạn',
  'Kinh phí',
  'Ghi chú',
] as const;

let nextId = 0;
function newRowId(): string {
  nextId += 1;
  return `r${nextId}`;
}

/** The headers of the columns the parser kept without knowing, in the order they first appear. */
export function extraHeadersOf(rows: readonly PreviewRow[]): string[] {
  const headers: string[] = [];
  for (const row of rows)
    for (const cell of row.extraCells) if (!headers.includes(cell.header)) headers.push(cell.header);
  return headers;
}

export function editableRows(preview: PlanPreview, extraHeaders: readonly string[]): EditableRow[] {
  return preview.rows.map((row) => ({
    id: newRowId(),
    sectionKey: row.sectionKey,
    level: row.level,
    number: row.number,
    content: row.content,
    leadText: row.leadText,
    cooperatorText: row.cooperatorText,
    deliverable: row.deliverable,
    deadlineText: row.deadlineText,
    budgetText: row.budgetText,
    noteText: row.noteText,
    extra: extraHeaders.map(
      (header) =>
        row.extraCells
          .filter((cell) => cell.header === header)
          .map((cell) => cell.text)
          .join(' ') ?? '',
    ),
    read: row,
    edited: false,
  }));
}

export function withCell(row: EditableRow, field: EditableField, text: string): EditableRow {
  return row[field] === text ? row : { ...row, [field]: text, edited: true };
}

/**
 * Splits a row in two: the content's later lines, or its second half at a sentence or a ";", go
 * to a new row below with the same units and deadline, for the person to renumber and adjust
 * (a content of one sentence leaves the new row's content empty, to be typed).
 */
export function splitRow(rows: readonly EditableRow[], id: string): EditableRow[] {
  const index = rows.findIndex((row) => row.id === id);
  if (index < 0) return [...rows];
  const row = rows[index];
  const [first, second] = splitText(row.content);
  const kept: EditableRow = { ...row, content: first, edited: true };
  const added: EditableRow = { ...row, id: newRowId(), content: second, read: null, edited: true };
  return [...rows.slice(0, index), kept, added, ...rows.slice(index + 1)];
}

function splitText(text: string): [string, string] {
  const lines = text.split('\n');
  if (lines.length > 1) return [lines[0].trim(), lines.slice(1).join('\n').trim()];
  const middle = Math.floor(text.length / 2);
  const sentences = [...text.matchAll(/[.;]\s+/g)].map((match) => (match.index ?? 0) + match[0].length);
  if (sentences.length === 0) return [text, ''];
  const cut = sentences.reduce((best, at) => (Math.abs(at - middle) < Math.abs(best - middle) ? at : best));
  return [text.slice(0, cut).trim().replace(/;$/, ''), text.slice(cut).trim()];
}

/** Merges a row with the next one of its section: their texts joined, the first row's number kept. */
export function mergeWithNext(rows: readonly EditableRow[], id: string): EditableRow[] {
  const index = rows.findIndex((row) => row.id === id);
  const row = rows[index];
  const next = rows[index + 1];
  if (!row || !next || next.sectionKey !== row.sectionKey) return [...rows];
  const join = (left: string, right: string, separator: string) =>
    !right || left === right ? left : !left ? right : `${left}${separator}${right}`;
  const merged: EditableRow = {
    ...row,
    id: newRowId(),
    content: join(row.content, next.content, '\n'),
    leadText: join(row.leadText, next.leadText, ', '),
    cooperatorText: join(row.cooperatorText, next.cooperatorText, ', '),
    deliverable: join(row.deliverable, next.deliverable, '; '),
    deadlineText: join(row.deadlineText, next.deadlineText, '; '),
    budgetText: join(row.budgetText, next.budgetText, '; '),
    noteText: join(row.noteText, next.noteText, '; '),
    extra: row.extra.map((text, column) => join(text, next.extra[column] ?? '', ' ')),
    read: null,
    edited: true,
  };
  return [...rows.slice(0, index), merged, ...rows.slice(index + 2)];
}

/** True when the next row exists and belongs to the same section (a merge never crosses one). */
export function canMergeWithNext(rows: readonly EditableRow[], id: string): boolean {
  const index = rows.findIndex((row) => row.id === id);
  return index >= 0 && index + 1 < rows.length && rows[index + 1].sectionKey === rows[index].sectionKey;
}

/** The number cell as the parser reads it back: letters as "a)", numberless parts as "-". */
function numberCell(row: EditableRow): string {
  const number = row.number.trim();
  if (/^[a-zđ]$/.test(number)) return `${number})`;
  return number === '' ? '-' : number;
}

function sectionRow(section: PreviewSection, width: number): GridCell[] {
  // "I", "B": the key in the number column, the title beside it. A sub-section ("7.1", or a
  // heading without a number) is a row merged across, which the parser nests under the last "I".
  if (/^(?:[IVXLC]{1,5}|[A-Z])$/.test(section.key) && !section.parentKey)
    return [{ text: section.key }, { text: section.title }, ...blank(width - 2)];
  const text = section.key.startsWith('#') ? section.title : `${section.key}. ${section.title}`;
  return [{ text, colSpan: width }];
}

function blank(count: number): GridCell[] {
  return Array.from({ length: Math.max(0, count) }, () => ({ text: '' }));
}

/**
 * The corrected rows written back as one task table, which the server reads again with the same
 * parser as any document: its header, each section's heading, then the section's rows. A framework
 * is written as a framework, so its targets and activities stay what they are.
 */
export function rowsToGrid(
  layout: Pick<PlanPreview, 'sections' | 'framework'>,
  rows: readonly EditableRow[],
  extraHeaders: readonly string[],
  textBefore: string,
): PreviewGrid {
  const { sections } = layout;
  if (layout.framework) return frameworkRowsToGrid(sections, rows, textBefore);
  const width = HEADERS.length + extraHeaders.length;
  const taskRow = (row: EditableRow): GridCell[] =>
    [
      numberCell(row),
      row.content,
      row.leadText,
      row.cooperatorText,
      row.deliverable,
      row.deadlineText,
      row.budgetText,
      row.noteText,
      ...extraHeaders.map((_, column) => row.extra[column] ?? ''),
    ].map((text) => ({ text }));
  const grid: GridCell[][] = [[...HEADERS, ...extraHeaders].map((text) => ({ text }))];
  const known = new Set(sections.map((section) => section.key));
  for (const row of rows) if (row.sectionKey === null || !known.has(row.sectionKey)) grid.push(taskRow(row));
  for (const section of sections) {
    grid.push(sectionRow(section, width));
    for (const row of rows) if (row.sectionKey === section.key) grid.push(taskRow(row));
  }
  return { rows: grid, textBefore };
}
