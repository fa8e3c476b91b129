/** Marks and bullets around a cell or statement that carry no meaning: "Quý I/2026*.", "- Thường xuyên;". */
const MARK = /[\s\-*+•·.,;:!?"'“”()[\]]/;

export function isMark(char: string): boolean {
  return MARK.test(char);
}

/** Start and end of text without its edge marks (by hand: /[…]+$/ backtracks quadratically). */
export function unmarkedRange(text: string): { start: number; end: number } {
  let start = 0;
  while (start < text.length && isMark(text[start])) start++;
  let end = text.length;
  while (end > start && isMark(text[end - 1])) end--;
  return { start, end };
}

export function trimMarks(text: string): string {
  const { start, end } = unmarkedRange(text);
  return text.slice(start, end);
}
