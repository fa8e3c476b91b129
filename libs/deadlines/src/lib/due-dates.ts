import { DEFAULT_CALENDAR } from './calendar-data';
import { Deadline, MonthDay, RecurringDeadline } from './deadline.types';
import { addDays, daysInMonth, isIsoDate, IsoDate, isoParts, toIsoDate } from './iso-date';
import { addWorkingDays } from './working-calendar';
import { WorkingCalendar } from './working-calendar.types';

export interface DateWindow {
  /** First day, inclusive. */
  from: IsoDate;
  /** Last day, inclusive. */
  to: IsoDate;
}

export interface DueDatesOptions {
  /** When a triggered deadline's trigger was recorded; without it a trigger has no due date yet. */
  triggeredAt?: IsoDate;
  calendar?: WorkingCalendar;
}

function anchorDate(year: number, anchor: MonthDay): IsoDate {
  const last = daysInMonth(year, anchor.month);
  return toIsoDate(year, anchor.month, anchor.day === 'last' ? last : Math.min(anchor.day, last));
}

function recurrenceDates(deadline: RecurringDeadline, window: DateWindow): IsoDate[] {
  // One year either side: a "day before 01/01" anchor falls in the previous year.
  const firstYear = Math.max(isoParts(window.from).year - 1, deadline.startYear ?? -Infinity);
  const lastYear = Math.min(isoParts(window.to).year + 1, deadline.endYear ?? Infinity);
  const dates: IsoDate[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const anchor of deadline.anchors) {
      const anchored = anchorDate(year, anchor);
      dates.push(deadline.dayBefore ? addDays(anchored, -1) : anchored);
    }
  }
  return dates;
}

/**
 * The nominal due date of a triggered deadline once its trigger is recorded (Điều 147: counting
 * starts the day after the trigger), or null when the text gives no offset and a person must set
 * the date. Nominal means before effectiveDue moves it off a weekend or holiday.
 */
export function triggeredDue(
  deadline: Deadline,
  triggerDate: IsoDate,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): IsoDate | null {
  if (deadline.kind !== 'triggered' || !deadline.offset || !isIsoDate(triggerDate)) return null;
  const { days, workingDays } = deadline.offset;
  return workingDays ? addWorkingDays(triggerDate, days, calendar) : addDays(triggerDate, days);
}

/**
 * The nominal due dates that fall in the window, sorted: a date's due, a period's end, each
 * occurrence of a recurrence, a triggered deadline's due once its trigger is recorded; none for
 * ongoing work, unrecorded triggers and unparsed text. An invalid window yields none.
 */
export function dueDates(deadline: Deadline, window: DateWindow, options: DueDatesOptions = {}): IsoDate[] {
  if (!isIsoDate(window.from) || !isIsoDate(window.to) || window.from > window.to) return [];
  let candidates: IsoDate[];
  switch (deadline.kind) {
    case 'date':
      candidates = [deadline.due];
      break;
    case 'period':
      candidates = [deadline.end];
      break;
    case 'recurring':
      candidates = recurrenceDates(deadline, window);
      break;
    case 'triggered': {
      const due = options.triggeredAt ? triggeredDue(deadline, options.triggeredAt, options.calendar) : null;
      candidates = due ? [due] : [];
      break;
    }
    case 'ongoing':
    case 'unparsed':
      candidates = [];
  }
  return [...new Set(candidates.filter((date) => date >= window.from && date <= window.to))].sort();
}

/** The single due date of a date or period deadline, or null for every other kind. */
export function nominalDue(deadline: Deadline): IsoDate | null {
  if (deadline.kind === 'date') return deadline.due;
  if (deadline.kind === 'period') return deadline.end;
  return null;
}
