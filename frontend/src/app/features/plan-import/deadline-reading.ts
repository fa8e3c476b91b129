import { effectiveDue } from '@dondoc/deadlines';
import { formatDate } from '../../core/format/dates';
import type { DeadlineReading } from './plan-import.types';

/** At most this many due dates are listed on a row (a monthly report has twelve a year). */
const SHOWN_DATES = 4;

export interface ShownReading {
  kind: string;
  /** dd/mm/yyyy, each moved to the next working day when it falls on a weekend or a holiday. */
  dates: string[];
  more: number;
  /** The dates as written, where a working-day shift changed them. */
  shiftedFrom: string[];
  /** The reader was not sure, or could not read the cell: a person must look. */
  check: boolean;
}

function workingDay(iso: string): string {
  try {
    return effectiveDue(iso);
  } catch {
    // A date outside the calendar's years is shown as the plan writes it.
    return iso;
  }
}

/** How the server's reading of a deadline cell is shown, with the national working-day rules. */
export function shownReading(reading: DeadlineReading): ShownReading {
  const shown = reading.dueDates.slice(0, SHOWN_DATES);
  const adjusted = shown.map(workingDay);
  return {
    kind: reading.kind,
    dates: adjusted.map(formatDate),
    more: Math.max(0, reading.dueDates.length - SHOWN_DATES),
    shiftedFrom: shown.filter((iso, index) => adjusted[index] !== iso).map(formatDate),
    check: reading.confidence === 'unsure' || reading.kind === 'unparsed',
  };
}
