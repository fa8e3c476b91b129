/**
 * Deadline text folded for matching, with a map back to the original characters so a reader can
 * quote the original ("hướng dẫn của Sở Nội vụ") after matching its folded form ("huong dan cua
 * so noi vu"). foldVietnamese in @dondoc/domain folds the same way but cannot keep positions.
 *
 * Folding: NFC, tone and vowel marks removed, đ → d, lower case, every dash (– — − ‐) → "-",
 * runs of white space (including line breaks) → one space, trimmed.
 */
export interface FoldedText {
  /** The NFC form of the input, which origin indexes into. */
  source: string;
  folded: string;
  /** origin[i] is the index in source of folded[i]; origin[folded.length] is source.length. */
  origin: number[];
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const WHITE_SPACE = /\s/;
const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    if (DASHES.test(char)) folded = '-';
    else folded = char.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (foldCache.size < 4096) foldCache.set(char, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  const source = text.normalize('NFC');
  // Built as a list and joined once: testing the end of a growing string flattens it every time,
  // which made long cells quadratic.
  const pieces: string[] = [];
  const origin: number[] = [];
  let pendingSpace = -1;
  let index = 0;
  for (const char of source) {
    if (WHITE_SPACE.test(char)) {
      if (origin.length > 0 && pendingSpace < 0) pendingSpace = index;
    } else {
      const foldedChar = foldChar(char);
      if (foldedChar.length > 0 && pendingSpace >= 0) {
        pieces.push(' ');
        origin.push(pendingSpace);
        pendingSpace = -1;
      }
      pieces.push(foldedChar);
      for (let unit = 0; unit < foldedChar.length; unit++) origin.push(index);
    }
    index += char.length;
  }
  origin.push(source.length);
  return { source, folded: pieces.join(''), origin };
}

/** The original text behind folded[start, end), trimmed. */
export function originalSlice(text: FoldedText, start: number, end: number): string {
  return text.source.slice(text.origin[start], text.origin[end]).trim();
}
