import { Deadline, DeadlineReading, ParseDeadlineContext } from './deadline.types';
import { foldText } from './parser/folded-text';
import { prepareDeadlineText } from './parser/prepare-text';
import {
  readDeadlineOutcome,
  readExactly,
  readStatement,
  segmentsOf,
  validContext,
} from './parser/read-cell';
import { ReadContext } from './parser/read-context';
import { splitOnAnd } from './parser/split-statements';

/**
 * 'sure' when the cell was read by the grammar of deadlines; 'unsure' when only a word of it
 * ("… hàng tháng", "… thường xuyên", "… sau khi …") gave the reading: the preview flags the row
 * for a person instead of presenting a guess as a date.
 */
export type DeadlineConfidence = 'sure' | 'unsure';

export interface DeadlineCellReading {
  /** The one deadline the task keeps (the same as parseDeadline gives). */
  deadline: Deadline;
  confidence: DeadlineConfidence;
  /**
   * Every statement of the cell that could be read, each with its own text: two bullets, or both
   * sides of "… và …" ("6 tháng và hằng năm" gives a half-yearly and a yearly recurrence).
   */
  statements: Deadline[];
}

function isReading(reading: DeadlineReading | null): boolean {
  return reading !== null && reading.kind !== 'unparsed';
}

/**
 * The statements of a cell: its lines and bracketed parts, and both sides of "A và B" when the
 * whole does not read as one ("Trước ngày 15/6 và 15/12 hằng năm" is one recurrence) or when a
 * bare cadence borrowed its "hằng" ("6 tháng và hằng năm" is two).
 */
function statementTexts(prepared: string, context: ReadContext): { read: string; written: string }[] {
  return segmentsOf(prepared).flatMap((segment) => {
    const split = splitOnAnd(segment);
    const whole = [{ read: segment, written: segment }];
    if (!split) return whole;
    const wholeReads = isReading(readExactly(foldText(segment), context));
    const sidesRead = split.sides.every((side) => isReading(readExactly(foldText(side), context)));
    if (!sidesRead || (wholeReads && !split.borrowedCadence)) return whole;
    return split.sides.map((read, index) => ({ read, written: split.written[index] }));
  });
}

/** Reads a deadline cell for the import preview: the deadline, how sure the reading is, and its statements. */
export function readDeadlineCell(text: string, context?: ParseDeadlineContext): DeadlineCellReading {
  const original = typeof text === 'string' ? text : String(text ?? '');
  const readContext = validContext(context);
  try {
    const outcome = readDeadlineOutcome(original, readContext);
    const deadline: Deadline = { ...outcome.reading, text: original };
    if (deadline.kind === 'unparsed') return { deadline, confidence: 'sure', statements: [] };
    const texts = statementTexts(prepareDeadlineText(original), readContext);
    const statements = texts.flatMap(({ read, written }): Deadline[] => {
      const outcome = readStatement(foldText(read), readContext);
      return outcome && outcome.reading.kind !== 'unparsed' ? [{ ...outcome.reading, text: written }] : [];
    });
    return {
      deadline,
      confidence: outcome.loose ? 'unsure' : 'sure',
      statements: statements.length > 0 ? statements : [deadline],
    };
  } catch {
    return {
      deadline: { kind: 'unparsed', reason: 'unrecognised', text: original },
      confidence: 'sure',
      statements: [],
    };
  }
}
