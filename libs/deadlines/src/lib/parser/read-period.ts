import { addDays } from '../iso-date';
import { readPart } from './part';
import { isReason, Reader, spanBounds, unparsed } from './read-context';

const PERIOD_INTRODUCTION = /(?:(?:trong|vao)\s+)?(?:giai\s+doan\s+|(tu)\s+)?/y;
const SPAN_SEPARATOR = /\s*(?:-|den\s+het|den|toi)\s*/y;
/**
 * "Trước" names the day the deadline falls before; the others name the last day allowed. "Từ nay
 * đến hết năm 2026" starts today, so only its end matters.
 */
const DATE_LEAD =
  /(?:tu\s+(?:nay|bay\s+gio)\s+)?(?:(truoc)|cham\s+nhat|muon\s+nhat|han\s+chot|den\s+het|den)(?:\s+(?:la|vao))?\s*:?\s*/y;

/**
 * "Quý II/2026", "Cả năm 2026", "Quý I-IV năm 2026", "Tháng 01/2026 đến tháng 5/2026",
 * "Giai đoạn 2026 - 2030", "15/01/2026"; "Từ tháng 3/2026" alone is ongoing from its start.
 */
export const readPeriod: Reader = (cursor, context) => {
  const introduction = cursor.take(PERIOD_INTRODUCTION);
  const startsWithFrom = introduction?.[1] !== undefined;
  const first = readPart(cursor);
  if (!first) return null;
  const second = cursor.attempt(() => (cursor.take(SPAN_SEPARATOR) ? readPart(cursor) : null));
  if (!cursor.atEnd) return null;
  const bounds = spanBounds(first, second, context);
  if (isReason(bounds)) return unparsed(bounds);
  if (startsWithFrom && !second) return { kind: 'ongoing', from: bounds.start };
  if (first.unit === 'day' && !second)
    return { kind: 'date', due: bounds.start, stated: bounds.start, dayBefore: false };
  return { kind: 'period', start: bounds.start, end: bounds.end };
};

/**
 * "Trước ngày 15/01/2026" is due the day before (the literal reading) unless the plan reads it
 * inclusively; "Trước tháng 6/2026" likewise falls before the month's first day. "Chậm nhất",
 * "Hạn chót" and "Đến hết" name the last day allowed.
 */
export const readDated: Reader = (cursor, context) => {
  const lead = cursor.take(DATE_LEAD);
  if (!lead) return null;
  const part = readPart(cursor);
  if (!part || !cursor.atEnd) return null;
  const bounds = spanBounds(part, null, context);
  if (isReason(bounds)) return unparsed(bounds);
  if (lead[1] === undefined) return { kind: 'date', due: bounds.end, stated: bounds.end, dayBefore: false };
  const dayBefore = !context.beforeDateInclusive;
  return {
    kind: 'date',
    due: dayBefore ? addDays(bounds.start, -1) : bounds.start,
    stated: bounds.start,
    dayBefore,
  };
};
