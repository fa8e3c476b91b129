/**
 * Small builders for expected deadlines and calendars in specs, so each table row states only
 * what it is about. Test-only: not exported from the library's index.
 */
import type {
  DateDeadline,
  MonthDay,
  OngoingDeadline,
  PeriodDeadline,
  RecurrenceFrequency,
  RecurringDeadline,
  TriggerCue,
  TriggeredDeadline,
  UnparsedDeadline,
  UnparsedReason,
} from '../deadline.types';
import { addDays, IsoDate, lastDayOfMonth, toIsoDate } from '../iso-date';
import type { WorkingCalendar, WorkingCalendarYear } from '../working-calendar.types';

type Expected<T> = Omit<T, 'text'>;

export function period(start: IsoDate, end: IsoDate, note?: string): Expected<PeriodDeadline> {
  return { kind: 'period', start, end, ...(note !== undefined && { note }) };
}

export function wholeYear(year: number): Expected<PeriodDeadline> {
  return period(toIsoDate(year, 1, 1), toIsoDate(year, 12, 31));
}

export function quarters(first: number, last: number, year: number, note?: string): Expected<PeriodDeadline> {
  return period(toIsoDate(year, first * 3 - 2, 1), lastDayOfMonth(year, last * 3), note);
}

export function months(first: number, last: number, year: number): Expected<PeriodDeadline> {
  return period(toIsoDate(year, first, 1), lastDayOfMonth(year, last));
}

/** Due on the day the text names ("Chậm nhất ngày D", "D", or "Trước ngày D" read inclusively). */
export function dueOn(stated: IsoDate): Expected<DateDeadline> {
  return { kind: 'date', due: stated, stated, dayBefore: false };
}

/** "Trước ngày D" read literally: due the day before D. */
export function dueBefore(stated: IsoDate): Expected<DateDeadline> {
  return { kind: 'date', due: addDays(stated, -1), stated, dayBefore: true };
}

const PERIOD_END_MONTHS: Record<RecurrenceFrequency, number[]> = {
  yearly: [12],
  half_yearly: [6, 12],
  quarterly: [3, 6, 9, 12],
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
};

export function periodEnds(frequency: RecurrenceFrequency): MonthDay[] {
  return PERIOD_END_MONTHS[frequency].map((month) => ({ month, day: 'last' }));
}

export function recurring(
  frequency: RecurrenceFrequency,
  options: Partial<Omit<RecurringDeadline, 'kind' | 'frequency' | 'text'>> = {},
): Expected<RecurringDeadline> {
  return { kind: 'recurring', frequency, anchors: periodEnds(frequency), dayBefore: false, ...options };
}

export function ongoing(
  options: Partial<Pick<OngoingDeadline, 'from' | 'until' | 'note'>> = {},
): Expected<OngoingDeadline> {
  return { kind: 'ongoing', ...options };
}

export function triggered(
  cue: TriggerCue,
  trigger: string,
  offset?: { days: number; workingDays?: boolean },
): Expected<TriggeredDeadline> {
  return {
    kind: 'triggered',
    cue,
    trigger,
    ...(offset && { offset: { days: offset.days, workingDays: offset.workingDays ?? false } }),
  };
}

export function unparsed(reason: UnparsedReason): Expected<UnparsedDeadline> {
  return { kind: 'unparsed', reason };
}

export function calendarOf(years: Record<string, Partial<WorkingCalendarYear>>): WorkingCalendar {
  return {
    years: Object.fromEntries(
      Object.entries(years).map(([year, data]) => [
        year,
        { holidays: data.holidays ?? [], makeUpWorkingDays: data.makeUpWorkingDays ?? [] },
      ]),
    ),
  };
}
