import { daysInMonth, IsoDate, isValidDay, lastDayOfMonth, toIsoDate } from '../iso-date';
import { Cursor } from './cursor';

/**
 * One named stretch of time, as written: a year, a half, a run of quarters or months, or a day.
 * The year is absent when the text leaves it out ("Quý I", "Cả năm", "tháng 1 đến tháng 5/2026")
 * and comes from a neighbouring part or the plan's year.
 */
export type Part =
  | { unit: 'year'; year?: number }
  | { unit: 'half'; half: 1 | 2; year?: number }
  | { unit: 'quarter'; first: number; last: number; year?: number }
  | { unit: 'month'; first: number; last: number; year?: number }
  | { unit: 'day'; day: number; month: number; year?: number };

export interface Bounds {
  start: IsoDate;
  end: IsoDate;
}

const NUMERIC_DAY =
  /(?:ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/.])|(?:ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})(?!\d)/y;
const WORDED_DAY = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?!\d)(?:\s*nam\s*(\d{4})(?!\d))?/y;
const HALF = /(?:6\s*thang|nua\s+nam)\s*(dau|cuoi)(?:\s*nam)?/y;
const QUARTER = /quy\s*/y;
const MONTH = /thang\s*/y;
const YEAR_WORD = /(?:ca\s+|trong\s+)?nam(?![a-z])(?:\s*(\d{4})(?!\d))?/y;
const BARE_YEAR = /(\d{4})(?!\d)/y;
const YEAR_SUFFIX = /\s*(?:[/,-]|nam)?\s*(\d{4})(?!\d)/y;
const ROMAN_OR_DIGIT = /(iv|iii|ii|i|[1-4])(?![a-z0-9])/y;
const MONTH_NUMBER = /(\d{1,2})(?!\d)/y;
/** "05/2026" without the word tháng. */
const MONTH_AND_YEAR = /(\d{1,2})\s*\/\s*(\d{4})(?!\d)/y;
const QUARTER_LIST_SEPARATOR = /\s*(?:-|,|&|va)\s*(?:quy\s*)?/y;
const MONTH_LIST_SEPARATOR = /\s*(?:-|,|&|va)\s*(?:thang\s*)?/y;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function readYearSuffix(cursor: Cursor): number | undefined {
  const match = cursor.attempt(() => cursor.take(YEAR_SUFFIX));
  return match ? Number(match[1]) : undefined;
}

/** "I", "III,IV", "I-IV", "II và III": the first and last of a run. */
function readList(cursor: Cursor, item: RegExp, separator: RegExp, value: (token: string) => number) {
  const first = cursor.take(item);
  if (!first) return null;
  const values = [value(first[1])];
  for (;;) {
    const next = cursor.attempt(() => (cursor.take(separator) ? cursor.take(item) : null));
    if (!next) break;
    values.push(value(next[1]));
  }
  return { first: values[0], last: values[values.length - 1] };
}

function readDay(cursor: Cursor): Part | null {
  const numeric = cursor.take(NUMERIC_DAY);
  if (numeric) {
    return numeric[1] !== undefined
      ? { unit: 'day', day: Number(numeric[1]), month: Number(numeric[2]) }
      : { unit: 'day', day: Number(numeric[3]), month: Number(numeric[4]), year: Number(numeric[5]) };
  }
  const worded = cursor.take(WORDED_DAY);
  if (!worded) return null;
  const year = worded[3] === undefined ? undefined : Number(worded[3]);
  return { unit: 'day', day: Number(worded[1]), month: Number(worded[2]), year };
}

function readHalf(cursor: Cursor): Part | null {
  const match = cursor.take(HALF);
  if (!match) return null;
  return { unit: 'half', half: match[1] === 'dau' ? 1 : 2, year: readYearSuffix(cursor) };
}

function readQuarters(cursor: Cursor): Part | null {
  if (!cursor.take(QUARTER)) return null;
  const run = readList(
    cursor,
    ROMAN_OR_DIGIT,
    QUARTER_LIST_SEPARATOR,
    (token) => ROMAN[token] ?? Number(token),
  );
  return run && { unit: 'quarter', ...run, year: readYearSuffix(cursor) };
}

function readMonths(cursor: Cursor): Part | null {
  const bare = cursor.take(MONTH_AND_YEAR);
  if (bare) return { unit: 'month', first: Number(bare[1]), last: Number(bare[1]), year: Number(bare[2]) };
  if (!cursor.take(MONTH)) return null;
  const run = readList(cursor, MONTH_NUMBER, MONTH_LIST_SEPARATOR, Number);
  return run && { unit: 'month', ...run, year: readYearSuffix(cursor) };
}

function readYear(cursor: Cursor): Part | null {
  const match = cursor.take(YEAR_WORD) ?? cursor.take(BARE_YEAR);
  if (!match) return null;
  return { unit: 'year', year: match[1] === undefined ? undefined : Number(match[1]) };
}

/** Reads one part at the cursor, or returns null without moving it. */
export function readPart(cursor: Cursor): Part | null {
  for (const rule of [readDay, readHalf, readQuarters, readMonths, readYear]) {
    const part = cursor.attempt(() => rule(cursor));
    if (part) return part;
  }
  return null;
}

/** Plausible plan years; "0001" or "9999" in a deadline cell is a typo, not a date. */
export function isPlausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2999;
}

/** First and last day of a part whose year is known, or null when it names no real days. */
export function partBounds(part: Part, year: number): Bounds | null {
  if (!isPlausibleYear(year)) return null;
  switch (part.unit) {
    case 'year':
      return { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 12, 31) };
    case 'half':
      return part.half === 1
        ? { start: toIsoDate(year, 1, 1), end: toIsoDate(year, 6, 30) }
        : { start: toIsoDate(year, 7, 1), end: toIsoDate(year, 12, 31) };
    case 'quarter':
      if (part.first < 1 || part.last > 4 || part.first > part.last) return null;
      return { start: toIsoDate(year, part.first * 3 - 2, 1), end: lastDayOfMonth(year, part.last * 3) };
    case 'month':
      if (part.first < 1 || part.last > 12 || part.first > part.last) return null;
      return {
        start: toIsoDate(year, part.first, 1),
        end: toIsoDate(year, part.last, daysInMonth(year, part.last)),
      };
    case 'day':
      if (!isValidDay(year, part.month, part.day)) return null;
      return { start: toIsoDate(year, part.month, part.day), end: toIsoDate(year, part.month, part.day) };
  }
}
