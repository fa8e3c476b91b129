import { DeadlineReading, ParseDeadlineContext } from '../deadline.types';
import { cursorOver } from './cursor';
import { FoldedText, foldText } from './folded-text';
import { trimMarks } from './marks';
import { isPlausibleYear } from './part';
import { prepareDeadlineText } from './prepare-text';
import { readCadencePhrase } from './read-cadence-phrases';
import { ReadContext, Reader } from './read-context';
import { readLoosely } from './read-loosely';
import { readOngoing } from './read-ongoing';
import { readDated, readPeriod } from './read-period';
import { readRecurring } from './read-recurring';
import { readTriggered } from './read-triggered';
import { mergeRecurrences, splitOnAnd } from './split-statements';

const READERS: readonly Reader[] = [
  readTriggered,
  readRecurring,
  readCadencePhrase,
  readOngoing,
  readDated,
  readPeriod,
];
/** Line breaks, semicolons and brackets separate statements inside one cell. */
const SEGMENT_BREAKS = /[\n\r;()[\]]+/;
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** A reading, and whether it came from the last-resort loose reader (a guess a person must check). */
export interface ReadOutcome {
  reading: DeadlineReading;
  loose: boolean;
}

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

export function readExactly(text: FoldedText, context: ReadContext): DeadlineReading | null {
  for (const reader of READERS) {
    const reading = reader(cursorOver(text), context);
    if (reading) return reading;
  }
  return null;
}

/** One statement: exactly if it can, else loosely (flagged), else null. */
export function readStatement(text: FoldedText, context: ReadContext): ReadOutcome | null {
  const exact = readExactly(text, context);
  if (exact) return { reading: exact, loose: false };
  const loose = readLoosely(text, context);
  return loose ? { reading: loose, loose: true } : null;
}

export function validContext(context: ParseDeadlineContext | undefined): ReadContext {
  const year = context?.year;
  return {
    year: typeof year === 'number' && Number.isInteger(year) && isPlausibleYear(year) ? year : undefined,
    beforeDateInclusive: context?.beforeDateInclusive === true,
  };
}

/** The statements of a cell split at line breaks, semicolons and brackets, edge marks trimmed. */
export function segmentsOf(source: string): string[] {
  return source
    .split(SEGMENT_BREAKS)
    .map(trimMarks)
    .filter((segment) => MEANINGFUL.test(segment));
}

function readSegments(source: string, context: ReadContext): ReadOutcome {
  const segments = segmentsOf(source);
  if (segments.length < 2) {
    const loose = readLoosely(foldText(source), context);
    return loose
      ? { reading: loose, loose: true }
      : { reading: { kind: 'unparsed', reason: 'unrecognised' }, loose: false };
  }
  const outcomes = segments.map((segment) => readStatement(foldText(segment), context));
  let best = 0;
  outcomes.forEach((outcome, index) => {
    if (rank(outcome?.reading ?? null) > rank(outcomes[best]?.reading ?? null)) best = index;
  });
  const chosen = outcomes[best];
  if (!chosen || chosen.reading.kind === 'unparsed') {
    return chosen ?? { reading: { kind: 'unparsed', reason: 'unrecognised' }, loose: false };
  }
  const note = segments.filter((_, index) => index !== best).join('; ');
  return { reading: { ...chosen.reading, note }, loose: chosen.loose };
}

/** The whole cell's reading and whether it is a guess; throws only on a reader bug. */
export function readDeadlineOutcome(original: string, context: ReadContext): ReadOutcome {
  const whole = foldText(prepareDeadlineText(original));
  if (!MEANINGFUL.test(whole.folded)) return { reading: { kind: 'unparsed', reason: 'empty' }, loose: false };
  const exact = readExactly(whole, context);
  if (exact) return { reading: exact, loose: false };
  return readJoined(whole.source, context) ?? readSegments(whole.source, context);
}

/**
 * "A và B" where both sides read exactly: two recurrences become one with both dates; otherwise
 * the better side is kept and the other noted, as for any two statements.
 */
function readJoined(source: string, context: ReadContext): ReadOutcome | null {
  const sides = splitOnAnd(source)?.sides;
  if (!sides) return null;
  const readings = sides.map((side) => readExactly(foldText(side), context));
  if (readings.some((reading) => !reading || reading.kind === 'unparsed')) return null;
  const exact = readings as DeadlineReading[];
  const merged = mergeRecurrences(exact);
  if (merged) return { reading: merged, loose: false };
  const best = rank(exact[1]) > rank(exact[0]) ? 1 : 0;
  return { reading: { ...exact[best], note: trimMarks(sides[1 - best]) }, loose: false };
}
