import { IsoDate } from './iso-date';

export type DeadlineKind = 'date' | 'period' | 'recurring' | 'ongoing' | 'triggered' | 'unparsed';

interface DeadlineBase {
  /** The text exactly as received, for display and for a person to check the reading. */
  text: string;
  /**
   * What the reading left aside, verbatim: a condition such as "Sau khi có Kế hoạch của tỉnh"
   * beside "Quý I năm 2026", or the rest of a cell that holds two statements.
   */
  note?: string;
}

/** "Trước ngày 15/01/2026", "Chậm nhất ngày 30/6/2026", "15/01/2026". */
export interface DateDeadline extends DeadlineBase {
  kind: 'date';
  /** The nominal due date; effectiveDue moves it off weekends and holidays. */
  due: IsoDate;
  /** The date the text names. */
  stated: IsoDate;
  /** True when due is the day before stated: "Trước ngày D" read literally. */
  dayBefore: boolean;
}

/** "Quý II/2026", "Tháng 01/2026 đến tháng 5/2026", "Cả năm 2026", "2026-2030": due at its end. */
export interface PeriodDeadline extends DeadlineBase {
  kind: 'period';
  /** First day, inclusive. */
  start: IsoDate;
  /** Last day, inclusive; the nominal due date. */
  end: IsoDate;
}

export type RecurrenceFrequency = 'yearly' | 'half_yearly' | 'quarterly' | 'monthly';

/** A day in every year: month 1–12, day 1–31 or the month's last day (which moves with leap years). */
export interface MonthDay {
  month: number;
  day: number | 'last';
}

/** "Hằng năm, bắt đầu từ 2026", "Trước ngày 15/6 và 15/12 hằng năm", "Hàng tháng", "Hằng quý". */
export interface RecurringDeadline extends DeadlineBase {
  kind: 'recurring';
  frequency: RecurrenceFrequency;
  /** The days of each year on which an occurrence is due, in calendar order. */
  anchors: MonthDay[];
  /** True when each occurrence is due the day before its anchor ("Trước ngày …" read literally). */
  dayBefore: boolean;
  /** First year with occurrences; absent when neither the text nor the context gives one. */
  startYear?: number;
  /** Last year with occurrences; absent when open-ended. */
  endYear?: number;
}

/** "Thường xuyên", "Thường xuyên, từ năm 2026": no single due date. */
export interface OngoingDeadline extends DeadlineBase {
  kind: 'ongoing';
  from?: IsoDate;
  until?: IsoDate;
}

/**
 * How the text introduces what it waits for: "Sau khi có …" (after), "Khi có …" (when),
 * "Theo yêu cầu / chỉ đạo / lộ trình …" (according_to), "… kể từ ngày …" (counted_from).
 */
export type TriggerCue = 'after' | 'when' | 'according_to' | 'counted_from';

export interface TriggerOffset {
  days: number;
  /** "30 ngày làm việc" counts working days; otherwise calendar days. */
  workingDays: boolean;
}

/** "Sau khi có hướng dẫn của …", "Trong thời hạn 30 ngày kể từ ngày nhận được …". */
export interface TriggeredDeadline extends DeadlineBase {
  kind: 'triggered';
  cue: TriggerCue;
  /** What the task waits for, verbatim: "hướng dẫn của thành phố", "nhận được kết luận kiểm tra …". */
  trigger: string;
  /** Present when the text says how long after the trigger the task is due ("Ngay sau khi" is 0 days). */
  offset?: TriggerOffset;
}

export type UnparsedReason = 'empty' | 'missing_year' | 'invalid_date' | 'unrecognised';

/** Kept verbatim for a person to set the deadline by hand. */
export interface UnparsedDeadline extends DeadlineBase {
  kind: 'unparsed';
  reason: UnparsedReason;
}

export type Deadline =
  DateDeadline | PeriodDeadline | RecurringDeadline | OngoingDeadline | TriggeredDeadline | UnparsedDeadline;

export interface ParseDeadlineContext {
  /** The plan's year, used when the text has none ("Cả năm", "Quý I", "Trước ngày 15/6"). */
  year?: number;
  /** Plan setting: read "Trước ngày D" as due on D instead of the literal day before. */
  beforeDateInclusive?: boolean;
}

/** A deadline as a reader produces it, before the original text and note are attached. */
export type DeadlineReading =
  | Omit<DateDeadline, 'text'>
  | Omit<PeriodDeadline, 'text'>
  | Omit<RecurringDeadline, 'text'>
  | Omit<OngoingDeadline, 'text'>
  | Omit<TriggeredDeadline, 'text'>
  | Omit<UnparsedDeadline, 'text'>;
