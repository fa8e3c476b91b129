import { DeadlineReading, UnparsedReason } from '../deadline.types';
import { Cursor } from './cursor';
import { Bounds, Part, partBounds } from './part';

/** ParseDeadlineContext after validation: a reader can rely on both fields. */
export interface ReadContext {
  year?: number;
  beforeDateInclusive: boolean;
}

/** A reader returns null when the text is not its form, so the next reader can try. */
export type Reader = (cursor: Cursor, context: ReadContext) => DeadlineReading | null;

export function unparsed(reason: UnparsedReason): DeadlineReading {
  return { kind: 'unparsed', reason };
}

/**
 * Bounds of "first" or of the span "first … second". A part without a year borrows it from the
 * other part, then from the plan; a borrowed start year steps back one year when needed, so
 * "Tháng 12 đến tháng 3/2027" starts in December 2026.
 */
export function spanBounds(first: Part, second: Part | null, context: ReadContext): Bounds | UnparsedReason {
  const secondYear = second?.year;
  const firstYear = first.year ?? secondYear ?? context.year;
  if (firstYear === undefined) return 'missing_year';
  const firstBounds = partBounds(first, firstYear);
  if (!second) return firstBounds ?? 'invalid_date';
  const secondBounds = partBounds(second, secondYear ?? firstYear);
  if (!firstBounds || !secondBounds) return 'invalid_date';
  if (firstBounds.start <= secondBounds.end) return { start: firstBounds.start, end: secondBounds.end };
  const earlier =
    first.year === undefined && secondYear !== undefined ? partBounds(first, firstYear - 1) : null;
  return earlier && earlier.start <= secondBounds.end
    ? { start: earlier.start, end: secondBounds.end }
    : 'invalid_date';
}

export function isReason(value: Bounds | UnparsedReason): value is UnparsedReason {
  return typeof value === 'string';
}
