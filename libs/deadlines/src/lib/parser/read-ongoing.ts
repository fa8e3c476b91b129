import { IsoDate } from '../iso-date';
import { readPart } from './part';
import { isReason, Reader, spanBounds, unparsed } from './read-context';

const ONGOING = /(?:thuong\s+xuyen|lien\s+tuc|hang\s+ngay)(?![a-z])/y;
const FROM = /\s*[,;:]?\s*(?:bat\s+dau\s+)?(?:tu|ke\s+tu)\s+/y;
const UNTIL = /\s*[,;:]?\s*(?:den|toi)\s+(?:het\s+)?/y;
const DURING = /\s*[,;:]?\s*trong\s+/y;

/** "Thường xuyên", "Thường xuyên, từ năm 2026", "Thường xuyên đến hết năm 2030", "Liên tục trong năm 2026". */
export const readOngoing: Reader = (cursor, context) => {
  if (!cursor.take(ONGOING)) return null;
  let from: IsoDate | undefined;
  let until: IsoDate | undefined;
  while (!cursor.atEnd) {
    const role = cursor.take(FROM)
      ? 'from'
      : cursor.take(UNTIL)
        ? 'until'
        : cursor.take(DURING)
          ? 'during'
          : null;
    const part = role && readPart(cursor);
    if (!part) return null;
    const bounds = spanBounds(part, null, context);
    if (isReason(bounds)) return unparsed(bounds);
    if (role !== 'until') from = bounds.start;
    if (role !== 'from') until = bounds.end;
  }
  if (from !== undefined && until !== undefined && from > until) return unparsed('invalid_date');
  return { kind: 'ongoing', ...(from !== undefined && { from }), ...(until !== undefined && { until }) };
};
