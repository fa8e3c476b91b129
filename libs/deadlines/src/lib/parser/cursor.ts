import { FoldedText, originalSlice } from './folded-text';
import { unmarkedRange } from './marks';

/**
 * Reads a folded segment left to right with sticky regular expressions (flag `y`), so each
 * grammar rule is a small pattern tried at the current position, and a failed rule can rewind.
 */
export class Cursor {
  pos = 0;

  constructor(
    readonly text: string,
    private readonly base: FoldedText,
    private readonly offset: number,
  ) {}

  /** Matches pattern (which must carry the `y` flag) exactly at pos; advances on success. */
  take(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (match) this.pos = pattern.lastIndex;
    return match;
  }

  /** Runs a rule and rewinds when it returns null, so rules compose without leaking position. */
  attempt<T>(rule: () => T | null): T | null {
    const start = this.pos;
    const result = rule();
    if (result === null) this.pos = start;
    return result;
  }

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  /** The original (unfolded) text from pos to the end, for quoting a trigger as written. */
  restAsWritten(): string {
    return originalSlice(this.base, this.offset + this.pos, this.offset + this.text.length);
  }
}

/**
 * Words that only introduce the deadline: "Hoàn thành trước…", "Thời hạn: Quý II/2026", and the
 * verbs a cell may open with before its date or span ("Tiếp tục thực hiện trong năm 2026",
 * "Triển khai sau khi có hướng dẫn…", "Báo cáo hằng quý").
 */
const INTRODUCTION =
  /^(?:(?:hoan\s+thanh|thuc\s+hien|thoi\s+han|thoi\s+gian|tiep\s+tuc|trien\s+khai|to\s+chuc|duy\s+tri|ban\s+hanh|xay\s+dung|bao\s+cao|xong)(?![a-z])\s*:?\s*)+/;

export function cursorOver(base: FoldedText): Cursor {
  const { start: leading, end } = unmarkedRange(base.folded);
  let text = base.folded.slice(leading, end);
  const introduction = INTRODUCTION.exec(text)?.[0].length ?? 0;
  // Keep the introduction when it is all there is, so "Hoàn thành" alone stays unparsed text.
  const skipped = introduction < text.length ? introduction : 0;
  text = text.slice(skipped);
  return new Cursor(text, base, leading + skipped);
}
