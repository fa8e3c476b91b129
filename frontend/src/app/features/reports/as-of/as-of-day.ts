import { parseDisplayDate } from '../../../core/format/dates';

/** The query parameter of a board shown "tại ngày": `?asOf=2026-06-30`, so the view is a link. */
export const AS_OF_PARAM = 'asOf';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Vietnam, whatever the browser's time zone. */
export function vietnamToday(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day a query parameter names, or null when it names none (a malformed value is as if absent). */
export function asOfOfParam(value: string | null): string | null {
  if (value === null || !ISO_DAY.test(value)) return null;
  return parseDisplayDate(value.split('-').reverse().join('/')) === value ? value : null;
}

export type AsOfInput = { day: string } | { error: 'invalid' | 'future' };

/** What the user typed (dd/mm/yyyy) as a day to view: a real day, today or before. */
export function readAsOfInput(text: string, today: string): AsOfInput {
  const day = parseDisplayDate(text);
  if (day === null) return { error: 'invalid' };
  return day > today ? { error: 'future' } : { day };
}
