import { addDays, dayOfWeek, type IsoDate, toIsoDate } from '@dondoc/deadlines';

/** One week of a year, Monday to Sunday, cut at the year's first and last day. */
export interface YearWeek {
  /** 1 for the week holding 1 January, counting on by Mondays. */
  week: number;
  start: IsoDate;
  end: IsoDate;
}

/**
 * The weeks of a year as a ward office counts them on its calendar: Monday to Sunday, the first
 * from 1 January to its Sunday, the last from its Monday to 31 December.
 */
export function weeksOfYear(year: number): YearWeek[] {
  const first = toIsoDate(year, 1, 1);
  const last = toIsoDate(year, 12, 31);
  const weeks: YearWeek[] = [];
  // Sunday is 0: the week of 1 January ends after (7 - weekday) % 7 more days.
  let start = first;
  let end = addDays(first, (7 - dayOfWeek(first)) % 7);
  while (start <= last) {
    weeks.push({ week: weeks.length + 1, start, end: end > last ? last : end });
    start = addDays(end, 1);
    end = addDays(start, 6);
  }
  return weeks;
}
