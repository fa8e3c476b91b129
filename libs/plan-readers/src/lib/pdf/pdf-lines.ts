import type { PdfPageText } from './pdf-text';

/** Text items that touch on one baseline, joined: a word or a phrase of one cell. */
export interface TextRun {
  text: string;
  left: number;
  right: number;
  /** Where its first word ends: whether that word would have fitted on the line above. */
  firstWordRight: number;
}

/** One baseline of a page, top-down across pages (a page's y is offset by the pages above it). */
export interface TextLine {
  page: number;
  top: number;
  bottom: number;
  height: number;
  runs: TextRun[];
}

/** Items whose baselines differ by less than this share a line (fraction of the font size). */
const SAME_BASELINE = 0.35;
/** A gap wider than this between two items separates two runs, i.e. two cells. */
export const RUN_GAP = 0.5;
/** A gap wider than this inside a run is a space the PDF did not write as a character. */
const SPACE_GAP = 0.12;
/** A glyph box reaches about this far above the baseline, and the rest below it. */
const ASCENT = 0.8;

interface PlacedItem {
  str: string;
  x: number;
  right: number;
  baseline: number;
  height: number;
}

function joinRuns(items: PlacedItem[]): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let firstWordOpen = false;
  /** Ends the first word inside `item` if it holds a space, else extends the word over it. */
  const trackFirstWord = (run: TextRun, item: PlacedItem, leading: boolean) => {
    if (!firstWordOpen) return;
    const space = item.str.trimStart() === item.str || !leading ? item.str.search(/\s/) : -1;
    if (space < 0) {
      run.firstWordRight = item.right;
      return;
    }
    if (space > 0) run.firstWordRight = item.x + ((item.right - item.x) * space) / item.str.length;
    firstWordOpen = false;
  };
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const gap = current ? item.x - current.right : Infinity;
    if (current && gap <= RUN_GAP * item.height) {
      const needsSpace = gap > SPACE_GAP * item.height && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      if (needsSpace || /\s$/.test(current.text)) firstWordOpen = false;
      current.text += (needsSpace ? ' ' : '') + item.str;
      current.right = Math.max(current.right, item.right);
      trackFirstWord(current, item, false);
    } else {
      current = { text: item.str, left: item.x, right: item.right, firstWordRight: item.right };
      firstWordOpen = true;
      trackFirstWord(current, item, true);
      runs.push(current);
    }
  }
  for (const run of runs) run.text = run.text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return runs.filter((run) => run.text !== '');
}

/**
 * Groups the pages' items into lines and each line into runs. Chromium writes Vietnamese in
 * fragments split around letters with diacritics ("Ph", "ụ", " l", "ụ", "c"), each with its own
 * x: fragments that touch are joined by position, then the text is put in NFC.
 */
export function textLines(pages: PdfPageText[]): TextLine[] {
  const lines: TextLine[] = [];
  let offset = 0;
  pages.forEach((page, pageIndex) => {
    const items: PlacedItem[] = page.items
      .filter((item) => item.height > 0 && item.str.trim() !== '')
      .map((item) => ({
        str: item.str,
        x: item.x,
        right: item.x + item.width,
        baseline: offset + page.height - item.y,
        height: item.height,
      }))
      .sort((a, b) => a.baseline - b.baseline || a.x - b.x);
    let group: PlacedItem[] = [];
    const close = () => {
      if (!group.length) return;
      const height = Math.max(...group.map((item) => item.height));
      const baseline = group[0].baseline;
      const runs = joinRuns(group);
      if (runs.length) {
        lines.push({
          page: pageIndex,
          top: baseline - ASCENT * height,
          bottom: baseline + (1 - ASCENT) * height,
          height,
          runs,
        });
      }
      group = [];
    };
    for (const item of items) {
      if (group.length && item.baseline - group[0].baseline > SAME_BASELINE * item.height) close();
      group.push(item);
    }
    close();
    offset += page.height;
  });
  return lines;
}
