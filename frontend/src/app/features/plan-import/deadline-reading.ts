import { formatDate } from '../../core/format/dates';
import type { DeadlineReading } from './plan-import.types';

/** At most this many due dates are listed on a row (a monthly report has twelve a year). */
const SHOWN_DATES = 4;

export interface ShownReading {
  kind: string;
  /** dd/mm/yyyy, each moved to the next working day of the ward when it falls on a day off. */
  dates: string[];
  more: number;
  /** The dates as written, where a working-day shift changed them. */
  shiftedFrom: string[];
  /** The reader was not sure, or could not read the cell: a person must look. */
  check: boolean;
}

/**
 * How the server's reading of a deadline cell is shown. The working days are the server's too
 * (the ward's own calendar, with its confirmed years and make-up days), never the national rules
 * alone, so the dates shown are those the import stores and counts by.
 */
export function shownReading(reading: DeadlineReading): ShownReading {
  const written = reading.dueDates.slice(0, SHOWN_DATES);
  const working = reading.workingDueDates.slice(0, SHOWN_DATES);
  return {
    kind: reading.kind,
    dates: working.map(formatDate),
    more: Math.max(0, reading.dueDates.length - SHOWN_DATES),
    shiftedFrom: written.filter((iso, index) => working[index] !== iso).map(formatDate),
    check: reading.confidence === 'unsure' || reading.kind === 'unparsed',
  };
}
