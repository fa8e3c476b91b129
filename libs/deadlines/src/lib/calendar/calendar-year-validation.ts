import { formatViDate } from '../format';
import { daysBetween, isIsoDate, IsoDate, isoParts, isWeekend } from '../iso-date';
import {
  CALENDAR_YEAR_STATUSES,
  CalendarYear,
  CalendarYearStatus,
  DAY_OFF_KINDS,
  DayOff,
  DayOffKind,
  WorkingWeekend,
} from './calendar-year.types';
import { weekdayNameVi } from './vietnamese-weekday';

/** One thing wrong with an edited year, placed so a form can show it beside its row. */
export interface CalendarYearProblem {
  /** 'year', 'status', 'daysOff', 'daysOff[2].date', 'workingWeekends[0].reason', … */
  path: string;
  /** Vietnamese, for the admin. */
  message: string;
}

export type CalendarYearValidation =
  { ok: true; calendarYear: CalendarYear } | { ok: false; problems: CalendarYearProblem[] };

/**
 * A substitute day comes on the next working days after its holiday; two weeks covers the longest
 * case, a Tết block with two days on a weekend (2030: 02–03/02 give 07–08/02).
 */
const SUBSTITUTE_REACH_DAYS = 14;

type Row<T> = { index: number; entry: T };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class ProblemList {
  readonly problems: CalendarYearProblem[] = [];
  add(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

function readYear(
  input: Record<string, unknown>,
  expectedYear: number | undefined,
  out: ProblemList,
): number | null {
  const year = input['year'];
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    out.add('year', 'Năm phải là số có bốn chữ số.');
    return expectedYear ?? null;
  }
  if (expectedYear !== undefined && year !== expectedYear) {
    out.add('year', `Lịch này ghi năm ${year} nhưng đang sửa lịch năm ${expectedYear}.`);
    return expectedYear;
  }
  return year;
}

/** A date of the row: valid, in the year; null (with the problem recorded) otherwise. */
function readDate(value: unknown, path: string, year: number | null, out: ProblemList): IsoDate | null {
  if (!isIsoDate(value)) {
    out.add(
      path,
      `Ngày ${JSON.stringify(value ?? '')} không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2027-02-05).`,
    );
    return null;
  }
  if (year !== null && isoParts(value).year !== year) {
    out.add(path, `Ngày ${formatViDate(value)} không thuộc năm ${year}.`);
    return null;
  }
  return value;
}

function readText(value: unknown, path: string, missing: string, out: ProblemList): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    out.add(path, missing);
    return null;
  }
  return value.trim();
}

function readList(input: Record<string, unknown>, field: string, out: ProblemList): unknown[] {
  const value = input[field] ?? [];
  if (Array.isArray(value)) return value;
  out.add(
    field,
    field === 'daysOff' ? 'Danh sách ngày nghỉ phải là một mảng.' : 'Danh sách ngày làm bù phải là một mảng.',
  );
  return [];
}

function readDayOff(value: unknown, index: number, year: number | null, out: ProblemList): DayOff | null {
  const at = `daysOff[${index}]`;
  if (!isRecord(value)) {
    out.add(at, `Dòng ${index + 1}: cần ngày, tên và loại ngày nghỉ.`);
    return null;
  }
  const date = readDate(value['date'], `${at}.date`, year, out);
  const name = readText(value['name'], `${at}.name`, `Dòng ${index + 1}: chưa có tên ngày nghỉ.`, out);
  const kind = value['kind'];
  if (!DAY_OFF_KINDS.includes(kind as DayOffKind)) {
    out.add(
      `${at}.kind`,
      `Dòng ${index + 1}: loại ngày nghỉ phải là ngày lễ (holiday), Tết (tet), nghỉ bù (substitute) hoặc nghỉ hoán đổi (bridge).`,
    );
    return null;
  }
  return date && name ? { date, name, kind: kind as DayOffKind } : null;
}

function readWorkingWeekend(
  value: unknown,
  index: number,
  year: number | null,
  out: ProblemList,
): WorkingWeekend | null {
  const at = `workingWeekends[${index}]`;
  if (!isRecord(value)) {
    out.add(at, `Dòng ${index + 1}: cần ngày và lý do làm bù.`);
    return null;
  }
  const date = readDate(value['date'], `${at}.date`, year, out);
  const reason = readText(value['reason'], `${at}.reason`, `Dòng ${index + 1}: chưa ghi lý do làm bù.`, out);
  if (date && !isWeekend(date)) {
    out.add(
      `${at}.date`,
      `Ngày ${formatViDate(date)} là ${weekdayNameVi(date)}, không phải thứ Bảy hay Chủ nhật: chỉ ngày cuối tuần mới cần ghi là ngày làm bù.`,
    );
    return null;
  }
  return date && reason ? { date, reason } : null;
}

function reportDuplicates<T extends { date: IsoDate }>(
  rows: Row<T>[],
  field: string,
  out: ProblemList,
): void {
  const firstRow = new Map<IsoDate, number>();
  for (const { index, entry } of rows) {
    const first = firstRow.get(entry.date);
    if (first === undefined) firstRow.set(entry.date, index);
    else out.add(`${field}[${index}].date`, `Ngày ${formatViDate(entry.date)} đã có ở dòng ${first + 1}.`);
  }
}

/**
 * A substitute or bridge day replaces a working day, so it cannot be a weekend; a holiday on a
 * weekend is kept for the record but needs its substitute day (Điều 111 khoản 3). Substitutes are
 * matched to weekend holidays in date order, each used once.
 */
function checkWeekendDaysOff(rows: Row<DayOff>[], out: ProblemList): void {
  const sorted = [...rows].sort((a, b) => a.entry.date.localeCompare(b.entry.date));
  const unusedSubstitutes = sorted.filter(
    ({ entry }) => entry.kind === 'substitute' && !isWeekend(entry.date),
  );
  for (const { index, entry } of sorted) {
    if (!isWeekend(entry.date)) continue;
    const weekday = weekdayNameVi(entry.date);
    if (entry.kind === 'substitute' || entry.kind === 'bridge') {
      out.add(
        `daysOff[${index}].date`,
        `Ngày ${formatViDate(entry.date)} là ${weekday}, vốn đã được nghỉ: ngày nghỉ bù hay nghỉ hoán đổi phải là ngày làm việc.`,
      );
      continue;
    }
    const match = unusedSubstitutes.findIndex(({ entry: substitute }) => {
      const after = daysBetween(entry.date, substitute.date);
      return after > 0 && after <= SUBSTITUTE_REACH_DAYS;
    });
    if (match >= 0) unusedSubstitutes.splice(match, 1);
    else
      out.add(
        `daysOff[${index}].date`,
        `${entry.name} ngày ${formatViDate(entry.date)} trùng ${weekday} nhưng chưa có ngày nghỉ bù (loại nghỉ bù) vào ngày làm việc kế tiếp.`,
      );
  }
}

function checkWorkingWeekendsAreNotOff(
  days: Row<DayOff>[],
  weekends: Row<WorkingWeekend>[],
  out: ProblemList,
): void {
  const dayOffRow = new Map(days.map(({ index, entry }) => [entry.date, index]));
  for (const { index, entry } of weekends) {
    const dayOff = dayOffRow.get(entry.date);
    if (dayOff !== undefined)
      out.add(
        `workingWeekends[${index}].date`,
        `Ngày ${formatViDate(entry.date)} vừa là ngày nghỉ (dòng ${dayOff + 1}) vừa là ngày làm bù.`,
      );
  }
}

function readOptionalText(
  input: Record<string, unknown>,
  field: string,
  out: ProblemList,
): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (field !== 'confirmedAt' || !Number.isNaN(Date.parse(value))))
    return value;
  out.add(
    field,
    field === 'confirmedAt' ? 'Thời điểm xác nhận không hợp lệ.' : `${field} phải là một chuỗi.`,
  );
  return undefined;
}

function rowsOf<T>(values: unknown[], read: (value: unknown, index: number) => T | null): Row<T>[] {
  return values.flatMap((value, index) => {
    const entry = read(value, index);
    return entry ? [{ index, entry }] : [];
  });
}

/**
 * Checks a year an admin has edited (or the backend read back) and returns it cleaned: entries
 * sorted by date, texts trimmed. Every problem is listed with the row it belongs to, so the form
 * can show them all at once. expectedYear is the year being edited, when the caller knows it.
 */
export function validateCalendarYear(input: unknown, expectedYear?: number): CalendarYearValidation {
  const out = new ProblemList();
  if (!isRecord(input)) {
    out.add('', 'Lịch năm phải có dạng { year, status, daysOff, workingWeekends }.');
    return { ok: false, problems: out.problems };
  }
  const year = readYear(input, expectedYear, out);
  const status = input['status'];
  if (!CALENDAR_YEAR_STATUSES.includes(status as CalendarYearStatus)) {
    out.add('status', 'Trạng thái phải là provisional (dự kiến) hoặc confirmed (đã xác nhận).');
  }
  const days = rowsOf(readList(input, 'daysOff', out), (value, index) => readDayOff(value, index, year, out));
  const weekends = rowsOf(readList(input, 'workingWeekends', out), (value, index) =>
    readWorkingWeekend(value, index, year, out),
  );
  reportDuplicates(days, 'daysOff', out);
  reportDuplicates(weekends, 'workingWeekends', out);
  checkWeekendDaysOff(days, out);
  checkWorkingWeekendsAreNotOff(days, weekends, out);
  const confirmedAt = readOptionalText(input, 'confirmedAt', out);
  const confirmedBy = readOptionalText(input, 'confirmedBy', out);
  const source = readOptionalText(input, 'source', out);
  if (out.problems.length > 0 || year === null) return { ok: false, problems: out.problems };
  const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) => a.date.localeCompare(b.date);
  return {
    ok: true,
    calendarYear: {
      year,
      status: status as CalendarYearStatus,
      daysOff: days.map(({ entry }) => entry).sort(byDate),
      workingWeekends: weekends.map(({ entry }) => entry).sort(byDate),
      ...(confirmedAt !== undefined && { confirmedAt }),
      ...(confirmedBy !== undefined && { confirmedBy }),
      ...(source !== undefined && { source }),
    },
  };
}
