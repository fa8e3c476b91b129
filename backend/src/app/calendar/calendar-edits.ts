import {
  type CalendarYear,
  type CalendarYearProblem,
  type NationalHolidayRules,
  validateCalendarYear,
  validateNationalRules,
} from '@dondoc/deadlines';
import { AppError } from '../common/app-error';

/** Who edits, and when: the server's, never what the client claims. */
export interface CalendarEditor {
  userId: string;
  at: string;
}

function refused(message: string, details: string[]): AppError {
  return new AppError('VALIDATION_FAILED', message, { details });
}

function describe(problem: CalendarYearProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * A year as an admin sent it, checked and stamped: saved as confirmed, it is confirmed by this
 * admin now (whatever confirmation the client sent); saved as provisional, it carries none.
 */
export function editedYear(input: unknown, year: number, editor: CalendarEditor): CalendarYear {
  const checked = validateCalendarYear(input, year);
  if (!checked.ok) {
    throw refused(
      `Lịch năm ${year} chưa lưu được: có ${checked.problems.length} chỗ cần sửa.`,
      checked.problems.map(describe),
    );
  }
  const { confirmedAt: _at, confirmedBy: _by, ...calendarYear } = checked.calendarYear;
  if (calendarYear.status === 'provisional') return calendarYear;
  return { ...calendarYear, confirmedAt: editor.at, confirmedBy: editor.userId };
}

/** The year as it stands, confirmed from the announcement the admin names. */
export function confirmedYear(current: CalendarYear, source: unknown, editor: CalendarEditor): CalendarYear {
  if (typeof source !== 'string' || source.trim() === '') {
    throw refused(`Chưa xác nhận được lịch năm ${current.year}.`, [
      'source: Cần ghi văn bản công bố lịch nghỉ (ví dụ: Thông báo số …/TB-BNV).',
    ]);
  }
  return {
    ...current,
    status: 'confirmed',
    source: source.trim(),
    confirmedAt: editor.at,
    confirmedBy: editor.userId,
  };
}

export function editedRules(input: unknown): NationalHolidayRules {
  const checked = validateNationalRules(input);
  if (!checked.ok) throw refused('Quy tắc ngày lễ chưa lưu được.', checked.errors);
  return checked.rules;
}
