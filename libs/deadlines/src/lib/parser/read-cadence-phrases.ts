import { Reader } from './read-context';

/** "Tháng cuối quý", "tháng cuối mỗi quý", "vào tháng cuối của quý": every quarter, due at its end. */
const QUARTER_END_MONTH = /(?:vao\s+)?thang\s+cuoi\s+(?:cua\s+)?(?:moi\s+|hang\s+|cac\s+)?quy(?![a-z])/y;
/** "Năm 2026 và các năm tiếp theo", "Từ năm 2026 và những năm sau". */
const YEAR_AND_AFTER =
  /(?:tu\s+)?(?:nam\s+)?(\d{4})\s*(?:va|,)\s*(?:cac|nhung)\s+nam\s+(?:tiep\s+theo|sau(?:\s+do)?|ke\s+tiep)(?![a-z])/y;
/** "6 tháng và hằng năm", "Hằng quý và hằng năm": reports at each period's end, the year's included. */
const CADENCE_AND_YEARLY =
  /(?:(?:hang|moi|dinh\s+ky)\s+)?(6\s*thang|nua\s+nam|quy|thang)\s*(?:,|va|&)\s*(?:(?:hang|moi)\s+)?nam(?![a-z])/y;

const QUARTER_ENDS = [3, 6, 9, 12].map((month) => ({ month, day: 'last' as const }));

/** Cadences written as phrases the general recurrence grammar does not cover. */
export const readCadencePhrase: Reader = (cursor, context) => {
  const startYear = context.year !== undefined ? { startYear: context.year } : {};
  if (cursor.attempt(() => (cursor.take(QUARTER_END_MONTH) && cursor.atEnd ? true : null))) {
    return {
      kind: 'recurring',
      frequency: 'quarterly',
      anchors: QUARTER_ENDS,
      dayBefore: false,
      ...startYear,
    };
  }
  const years = cursor.attempt(() => {
    const match = cursor.take(YEAR_AND_AFTER);
    return match && cursor.atEnd ? match : null;
  });
  if (years) {
    return {
      kind: 'recurring',
      frequency: 'yearly',
      anchors: [{ month: 12, day: 'last' }],
      dayBefore: false,
      startYear: Number(years[1]),
    };
  }
  const cadence = cursor.attempt(() => {
    const match = cursor.take(CADENCE_AND_YEARLY);
    return match && cursor.atEnd ? match : null;
  });
  if (!cadence) return null;
  const word = cadence[1].replace(/\s+/g, '');
  if (word === 'quy') {
    return {
      kind: 'recurring',
      frequency: 'quarterly',
      anchors: QUARTER_ENDS,
      dayBefore: false,
      ...startYear,
    };
  }
  if (word === 'thang') {
    const anchors = Array.from({ length: 12 }, (_, index) => ({ month: index + 1, day: 'last' as const }));
    return { kind: 'recurring', frequency: 'monthly', anchors, dayBefore: false, ...startYear };
  }
  return {
    kind: 'recurring',
    frequency: 'half_yearly',
    anchors: [
      { month: 6, day: 'last' },
      { month: 12, day: 'last' },
    ],
    dayBefore: false,
    ...startYear,
  };
};
