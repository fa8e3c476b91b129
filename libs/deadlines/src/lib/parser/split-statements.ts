import { DeadlineReading, MonthDay, RecurrenceFrequency } from '../deadline.types';

/** "… và …" between two statements; "và" inside one ("Quý III và IV") never splits it, see below. */
const AND = /\s+(?:và|VÀ|Và|va)\s+/;
const BARE_CADENCE = /^(?:6\s*tháng|nửa\s+năm|quý|tháng)$/i;
const CADENCE_WORD = /^(?:hằng|hàng|mỗi)\s/i;

/**
 * The two sides of "A và B", when a cell joins two statements; a bare cadence on the left borrows
 * the right side's "hằng" ("6 tháng và hằng năm" → "hằng 6 tháng", "hằng năm"). Null when the
 * text has no "và" or more than one.
 */
export interface AndSplit {
  /** The sides as they are read. */
  sides: [string, string];
  /** The sides as written. */
  written: [string, string];
  borrowedCadence: boolean;
}

export function splitOnAnd(text: string): AndSplit | null {
  const parts = text.split(AND);
  if (parts.length !== 2) return null;
  const [left, right] = parts.map((part) => part.trim());
  if (!left || !right) return null;
  const cadence = CADENCE_WORD.exec(right);
  const written: [string, string] = [left, right];
  return BARE_CADENCE.test(left) && cadence
    ? { sides: [`${cadence[0]}${left}`, right], written, borrowedCadence: true }
    : { sides: [left, right], written, borrowedCadence: false };
}

const FREQUENCY_BY_ANCHOR_COUNT: Record<number, RecurrenceFrequency> = {
  1: 'yearly',
  2: 'half_yearly',
  4: 'quarterly',
  12: 'monthly',
};

function sameDay(a: MonthDay, b: MonthDay): boolean {
  return a.month === b.month && a.day === b.day;
}

/**
 * Two recurrences of one cell ("Trước ngày 15/6 hằng năm và trước ngày 15/12 hằng năm") as one:
 * every anchor of both, the frequency their count says. Null when they cannot be one (different
 * "trước" readings, or a count that is no cadence).
 */
export function mergeRecurrences(readings: DeadlineReading[]): DeadlineReading | null {
  if (readings.length < 2 || !readings.every((reading) => reading.kind === 'recurring')) return null;
  const recurrences = readings as Extract<DeadlineReading, { kind: 'recurring' }>[];
  if (new Set(recurrences.map((reading) => reading.dayBefore)).size > 1) return null;
  const anchors: MonthDay[] = [];
  for (const anchor of recurrences.flatMap((reading) => reading.anchors)) {
    if (!anchors.some((known) => sameDay(known, anchor))) anchors.push(anchor);
  }
  const frequency = FREQUENCY_BY_ANCHOR_COUNT[anchors.length];
  if (!frequency) return null;
  anchors.sort(
    (a, b) => a.month - b.month || (a.day === 'last' ? 32 : a.day) - (b.day === 'last' ? 32 : b.day),
  );
  const starts = recurrences.map((reading) => reading.startYear).filter((year) => year !== undefined);
  const ends = recurrences.map((reading) => reading.endYear);
  return {
    kind: 'recurring',
    frequency,
    anchors,
    dayBefore: recurrences[0].dayBefore,
    ...(starts.length > 0 && { startYear: Math.min(...(starts as number[])) }),
    ...(ends.every((year) => year !== undefined) && { endYear: Math.max(...(ends as number[])) }),
  };
}
