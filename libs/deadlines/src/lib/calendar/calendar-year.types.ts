import type { IsoDate } from '../iso-date';

/**
 * 'provisional' (dự kiến): computed from the national rules, not yet checked against the official
 * announcement; 'confirmed' (đã xác nhận): a ward admin has checked it against that announcement.
 */
export type CalendarYearStatus = 'provisional' | 'confirmed';

export const CALENDAR_YEAR_STATUSES: readonly CalendarYearStatus[] = ['provisional', 'confirmed'];

/**
 * Why a day is off:
 * - holiday: a public holiday of Bộ luật Lao động 2019, Điều 112 (or one added later by law);
 * - tet: one of the five days of Tết Nguyên đán;
 * - substitute (nghỉ bù): a working day given off because a holiday fell on a weekend;
 * - bridge (nghỉ hoán đổi): a working day given off in exchange for a working weekend day.
 */
export type DayOffKind = 'holiday' | 'tet' | 'substitute' | 'bridge';

export const DAY_OFF_KINDS: readonly DayOffKind[] = ['holiday', 'tet', 'substitute', 'bridge'];

export interface DayOff {
  date: IsoDate;
  /** Vietnamese, as shown to the admin and on a card: "Giỗ Tổ Hùng Vương (10/3 âm lịch)". */
  name: string;
  kind: DayOffKind;
}

/** A Saturday or Sunday worked by the yearly announcement, usually in exchange for a bridge day. */
export interface WorkingWeekend {
  date: IsoDate;
  reason: string;
}

/**
 * One year of the civil-service working calendar as plain JSON: what the backend stores per ward
 * and year and the admin edits and confirms.
 *
 * daysOff lists the days off that are not already weekends, plus the holidays that fall on a
 * weekend (kept so the admin sees where each substitute day comes from). Weekend days of a long
 * break ("nghỉ từ 14/02 đến hết 22/02") are not listed: a weekend is off unless it is in
 * workingWeekends.
 */
export interface CalendarYear {
  year: number;
  status: CalendarYearStatus;
  daysOff: DayOff[];
  workingWeekends: WorkingWeekend[];
  /** ISO instant of the confirmation. */
  confirmedAt?: string;
  /** Who confirmed it (user id or name, as the backend chooses). */
  confirmedBy?: string;
  /** The announcement it was confirmed from: "Thông báo số …/TB-BNV". */
  source?: string;
}
