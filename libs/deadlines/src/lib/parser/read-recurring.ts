import { MonthDay, RecurrenceFrequency } from '../deadline.types';
import { daysInMonth } from '../iso-date';
import { Cursor } from './cursor';
import { isPlausibleYear } from './part';
import { ReadContext, Reader, unparsed } from './read-context';

const FREQUENCY =
  /(?:dinh\s+ky\s+)?(?:hang|moi)\s+(nua\s+nam|6\s*thang|nam|quy|thang)(?![a-z])|dinh\s+ky\s+(nua\s+nam|6\s*thang|nam|quy|thang)(?![a-z])|(nua\s+nam|6\s*thang|quy|thang|nam)\s*(?:mot\s+lan|1\s+lan|\/\s*lan)/y;
const LEAD = /(?:(truoc)|cham\s+nhat|muon\s+nhat|han\s+chot|vao)(?:\s+la)?\s*/y;
const DAY_AND_MONTH = /(?:ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})(?![\d/.])/y;
const DAY_ONLY = /ngay\s*(\d{1,2})(?![\d/.])/y;
const ANCHOR_SEPARATOR = /\s*(?:va|,|;|&)\s*/y;
const GAP = /\s*[,;:]?\s*/y;
const START_YEAR = /(?:bat\s+dau\s+)?(?:tu|ke\s+tu)\s+(?:nam\s+)?(\d{4})(?!\d)/y;
const END_YEAR = /(?:den|toi)\s+(?:het\s+)?(?:nam\s+)?(\d{4})(?!\d)/y;
const YEAR_RANGE = /(?:trong\s+)?(?:giai\s+doan\s+)?(\d{4})\s*-\s*(\d{4})(?!\d)/y;

const FREQUENCY_BY_WORD: Record<string, RecurrenceFrequency> = {
  nam: 'yearly',
  nuanam: 'half_yearly',
  '6thang': 'half_yearly',
  quy: 'quarterly',
  thang: 'monthly',
};
/** Explicit dates per year tell the frequency: two a year is half-yearly, whatever word follows. */
const FREQUENCY_BY_ANCHOR_COUNT: Record<number, RecurrenceFrequency> = {
  1: 'yearly',
  2: 'half_yearly',
  4: 'quarterly',
  12: 'monthly',
};
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const QUARTER_END_MONTHS = [3, 6, 9, 12];
const PERIOD_ENDS: Record<RecurrenceFrequency, number[]> = {
  yearly: [12],
  half_yearly: [6, 12],
  quarterly: QUARTER_END_MONTHS,
  monthly: MONTHS,
};

interface WrittenAnchors {
  before: boolean;
  days: Array<{ day: number; month?: number }>;
}

function readAnchor(cursor: Cursor): { day: number; month?: number } | null {
  const dayAndMonth = cursor.take(DAY_AND_MONTH);
  if (dayAndMonth) return { day: Number(dayAndMonth[1]), month: Number(dayAndMonth[2]) };
  const dayOnly = cursor.take(DAY_ONLY);
  return dayOnly && { day: Number(dayOnly[1]) };
}

/** "Trước ngày 15/6 và 15/12", "ngày 25": the days the text names, and whether it says "trước". */
function readAnchors(cursor: Cursor): WrittenAnchors | null {
  const lead = cursor.take(LEAD);
  const first = readAnchor(cursor);
  if (!first) return null;
  const days = [first];
  for (;;) {
    const next = cursor.attempt(() => (cursor.take(ANCHOR_SEPARATOR) ? readAnchor(cursor) : null));
    if (!next) break;
    days.push(next);
  }
  return { before: lead?.[1] !== undefined, days };
}

function frequencyOf(match: RegExpExecArray): RecurrenceFrequency {
  const word = (match[1] ?? match[2] ?? match[3]).replace(/\s+/g, '');
  return FREQUENCY_BY_WORD[word];
}

/** Anchors as written, or null when they name no real day of the year. */
function anchorsFromDays(written: WrittenAnchors, frequency: RecurrenceFrequency) {
  const withMonth = written.days.every((day) => day.month !== undefined);
  const withoutMonth = written.days.every((day) => day.month === undefined);
  if (withMonth) {
    const anchors = written.days.map(({ day, month = 0 }) => ({ month, day }));
    // 29/02 is a real anchor: in common years it falls on the month's last day.
    if (
      anchors.some(({ month, day }) => month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month))
    )
      return null;
    return { frequency: FREQUENCY_BY_ANCHOR_COUNT[anchors.length] ?? frequency, anchors };
  }
  if (!withoutMonth || written.days.some(({ day }) => day < 1 || day > 31)) return null;
  // A day without a month repeats in every month, or in each quarter's last month.
  const months = frequency === 'monthly' ? MONTHS : frequency === 'quarterly' ? QUARTER_END_MONTHS : null;
  if (!months) return null;
  return { frequency, anchors: months.flatMap((month) => written.days.map(({ day }) => ({ month, day }))) };
}

function compareMonthDays(a: MonthDay, b: MonthDay): number {
  return a.month - b.month || (a.day === 'last' ? 32 : a.day) - (b.day === 'last' ? 32 : b.day);
}

/** What may follow the cadence: "từ năm 2026", "đến năm 2030", "giai đoạn 2026-2030", dates. */
interface Details {
  written: WrittenAnchors | null;
  startYear?: number;
  endYear?: number;
}

/** Reads one detail into details; returns null (and does not move) when none follows. */
function readDetail(cursor: Cursor, details: Details): true | null {
  cursor.take(GAP);
  const start = cursor.take(START_YEAR);
  if (start) {
    details.startYear = Number(start[1]);
    return true;
  }
  const end = cursor.take(END_YEAR);
  if (end) {
    details.endYear = Number(end[1]);
    return true;
  }
  const range = cursor.take(YEAR_RANGE);
  if (range) {
    details.startYear = Number(range[1]);
    details.endYear = Number(range[2]);
    return true;
  }
  if (details.written) return null;
  details.written = readAnchors(cursor);
  return details.written && true;
}

function buildRecurrence(phraseFrequency: RecurrenceFrequency, details: Details, context: ReadContext) {
  const { written, endYear } = details;
  const explicit = written ? anchorsFromDays(written, phraseFrequency) : null;
  if (written && !explicit) return unparsed('invalid_date');
  const startYear = details.startYear ?? context.year;
  const yearsValid =
    (startYear === undefined || isPlausibleYear(startYear)) &&
    (endYear === undefined ||
      (isPlausibleYear(endYear) && (startYear === undefined || endYear >= startYear)));
  if (!yearsValid) return unparsed('invalid_date');
  const frequency = explicit?.frequency ?? phraseFrequency;
  const anchors: MonthDay[] =
    explicit?.anchors ?? PERIOD_ENDS[frequency].map((month) => ({ month, day: 'last' }));
  return {
    kind: 'recurring' as const,
    frequency,
    anchors: anchors.sort(compareMonthDays),
    // Default anchors are period ends, not dates the text put "trước" before.
    dayBefore: explicit !== null && written?.before === true && !context.beforeDateInclusive,
    ...(startYear !== undefined && { startYear }),
    ...(endYear !== undefined && { endYear }),
  };
}

/**
 * "Hằng năm, bắt đầu từ 2026" (due at each year's end), "Trước ngày 15/6 và 15/12 hằng năm"
 * (twice a year, each read like a single "Trước ngày"), "Hàng tháng", "Ngày 25 hằng tháng",
 * "Hằng quý", "Định kỳ 6 tháng", with optional "từ năm …", "đến năm …" or "giai đoạn …–…".
 */
export const readRecurring: Reader = (cursor, context) => {
  const written = cursor.attempt(() => {
    const anchors = readAnchors(cursor);
    cursor.take(GAP);
    return anchors;
  });
  const frequencyMatch = cursor.take(FREQUENCY);
  if (!frequencyMatch) return null;
  const details: Details = { written };
  while (cursor.attempt(() => readDetail(cursor, details)));
  if (!cursor.atEnd) return null;
  return buildRecurrence(frequencyOf(frequencyMatch), details, context);
};
