import { foldForMatching } from './fold';

/**
 * The column kinds a plan's header names, with the usual wordings (folded). Only used to find
 * the task table and its header row; naming the columns is the parser's job.
 */
const HEADER_WORDINGS: [kind: string, pattern: RegExp][] = [
  // Tested in this order: "Cơ quan phối hợp" is cooperators before it is a lead, and
  // "Thời gian thực hiện" a deadline before it is a lead.
  ['number', /^(?:so )?t\.?t\.?$|^stt$|^so thu tu$/],
  ['cooperators', /phoi hop/],
  ['deadline', /thoi han|thoi gian|tien do|hoan thanh/],
  ['deliverable', /san pham|ket qua|hinh thuc/],
  ['budget', /kinh phi/],
  ['note', /ghi chu/],
  ['content', /noi dung|nhiem vu|cong viec|muc tieu|chi tieu|hoat dong/],
  ['lead', /chu tri|thuc hien|co quan|don vi/],
];

function kindsOf(cells: string[]): Set<string> {
  const kinds = new Set<string>();
  for (const cell of cells) {
    const folded = foldForMatching(cell.replace(/^\s*\d+\s*-\s*/, ''));
    if (!folded || folded.length > 60) continue;
    const kind = HEADER_WORDINGS.find(([, pattern]) => pattern.test(folded))?.[0];
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * How much a row looks like a plan's header: the number of distinct column kinds it names, or 0
 * when it lacks a content column and anything to assign (a lead or a deadline).
 */
export function headerScore(cells: string[]): number {
  const kinds = kindsOf(cells);
  if (!kinds.has('content') || !(kinds.has('lead') || kinds.has('deadline'))) return 0;
  return kinds.size;
}

/** A header must name at least a content column and a lead or deadline. */
export const MIN_HEADER_SCORE = 2;

/**
 * The header row of a table given as rows of cell texts: the best scoring row among the first
 * `within` rows, with a row and the one below it read together (a two-row header). Returns the
 * row index and its score, or null when nothing looks like a header.
 */
export function findHeaderRow(rows: string[][], within = 30): { index: number; score: number } | null {
  let best: { index: number; score: number } | null = null;
  for (let index = 0; index < Math.min(rows.length, within); index++) {
    const single = headerScore(rows[index]);
    const withNext = index + 1 < rows.length ? headerScore([...rows[index], ...rows[index + 1]]) : 0;
    const score = Math.max(single, withNext - 1);
    if (score >= MIN_HEADER_SCORE && (!best || score > best.score)) best = { index, score };
  }
  return best;
}

/** How promising a whole table is: its header's score, then its size breaks ties. */
export function tableScore(rows: string[][]): number {
  const header = findHeaderRow(rows);
  return header ? header.score * 10_000 + Math.min(rows.length, 9_999) : 0;
}
