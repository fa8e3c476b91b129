import { Deadline, DeadlineReading, ParseDeadlineContext } from './deadline.types';
import { cursorOver } from './parser/cursor';
import { FoldedText, foldText } from './parser/folded-text';
import { trimMarks } from './parser/marks';
import { isPlausibleYear } from './parser/part';
import { ReadContext, Reader } from './parser/read-context';
import { readLoosely } from './parser/read-loosely';
import { readOngoing } from './parser/read-ongoing';
import { readDated, readPeriod } from './parser/read-period';
import { readRecurring } from './parser/read-recurring';
import { readTriggered } from './parser/read-triggered';

const READERS: readonly Reader[] = [readTriggered, readRecurring, readOngoing, readDated, readPeriod];
/** Line breaks, semicolons and brackets separate statements inside one cell. */
const SEGMENT_BREAKS = /[\n\r;()[\]]+/;
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Which reading to keep when a cell holds several statements: the one that gives a due date
 * soonest to act on. "Quý I năm 2026 (Sau khi có Kế hoạch của tỉnh)" keeps the quarter and notes
 * the condition.
 */
function rank(reading: DeadlineReading | null): number {
  if (!reading) return -1;
  switch (reading.kind) {
    case 'date':
      return 6;
    case 'period':
      return 5;
    case 'recurring':
      return 4;
    case 'triggered':
      return reading.offset ? 3 : 1;
    case 'ongoing':
      return 2;
    case 'unparsed':
      return 0;
  }
}

function readExactly(text: FoldedText, context: ReadContext): DeadlineReading | null {
  for (const reader of READERS) {
    const reading = reader(cursorOver(text), context);
    if (reading) return reading;
  }
  return null;
}

function validContext(context: ParseDeadlineContext | undefined): ReadContext {
  const year = context?.year;
  return {
    year: typeof year === 'number' && Number.isInteger(year) && isPlausibleYear(year) ? year : undefined,
    beforeDateInclusive: context?.beforeDateInclusive === true,
  };
}

function readSegments(source: string, context: ReadContext): DeadlineReading {
  const segments = source
    .split(SEGMENT_BREAKS)
    .map(trimMarks)
    .filter((segment) => MEANINGFUL.test(segment));
  if (segments.length < 2) {
    return readLoosely(foldText(source), context) ?? { kind: 'unparsed', reason: 'unrecognised' };
  }
  const readings = segments.map((segment) => {
    const folded = foldText(segment);
    return readExactly(folded, context) ?? readLoosely(folded, context);
  });
  let best = 0;
  readings.forEach((reading, index) => {
    if (rank(reading) > rank(readings[best])) best = index;
  });
  const chosen = readings[best];
  if (!chosen || chosen.kind === 'unparsed') return chosen ?? { kind: 'unparsed', reason: 'unrecognised' };
  const note = segments.filter((_, index) => index !== best).join('; ');
  return { ...chosen, note };
}

/**
 * Reads a deadline as the plans write it. Never throws: text it cannot read comes back as
 * `unparsed` for a person to set, and the original text is always kept as given.
 */
export function parseDeadline(text: string, context?: ParseDeadlineContext): Deadline {
  const original = typeof text === 'string' ? text : String(text ?? '');
  try {
    const readContext = validContext(context);
    const whole = foldText(original);
    if (!MEANINGFUL.test(whole.folded)) return { kind: 'unparsed', reason: 'empty', text: original };
    const reading = readExactly(whole, readContext) ?? readSegments(whole.source, readContext);
    return { ...reading, text: original };
  } catch {
    // A reader bug must not stop an import: the cell is kept for a person to read.
    return { kind: 'unparsed', reason: 'unrecognised', text: original };
  }
}
