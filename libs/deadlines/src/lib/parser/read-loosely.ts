import { DeadlineReading } from '../deadline.types';
import { FoldedText, originalSlice } from './folded-text';
import { trimMarks } from './marks';
import { ReadContext } from './read-context';

const RECURRENCE_WORD = /(?:hang|moi)\s+(thang|quy|nam)(?![a-z])/;
const ONGOING_WORD = /(?:thuong\s+xuyen|lien\s+tuc)(?![a-z])/;
const AFTER_WORD = /sau\s+khi\s+(?:co\s+(?!quan(?![a-z])))?/;
const FREQUENCY_ENDS = {
  thang: { frequency: 'monthly', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
  quy: { frequency: 'quarterly', months: [3, 6, 9, 12] },
  nam: { frequency: 'yearly', months: [12] },
} as const;

/**
 * Last resort for a cell that is a sentence rather than a deadline ("Đôn đốc tiến độ hàng
 * tháng", "Triển khai sau khi có hướng dẫn"): a cadence word, "thường xuyên" or "sau khi" found
 * anywhere gives a loose reading; the caller keeps the whole text beside it.
 */
export function readLoosely(text: FoldedText, context: ReadContext): DeadlineReading | null {
  const recurrence = RECURRENCE_WORD.exec(text.folded);
  if (recurrence) {
    const { frequency, months } = FREQUENCY_ENDS[recurrence[1] as keyof typeof FREQUENCY_ENDS];
    return {
      kind: 'recurring',
      frequency,
      anchors: months.map((month) => ({ month, day: 'last' as const })),
      dayBefore: false,
      ...(context.year !== undefined && { startYear: context.year }),
    };
  }
  if (ONGOING_WORD.test(text.folded)) return { kind: 'ongoing' };
  const after = AFTER_WORD.exec(text.folded);
  if (after) {
    const trigger = trimMarks(originalSlice(text, after.index + after[0].length, text.folded.length));
    if (trigger) return { kind: 'triggered', cue: 'after', trigger };
  }
  return null;
}
