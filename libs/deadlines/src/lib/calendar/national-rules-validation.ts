import { isValidDay } from '../iso-date';
import { NationalHolidayRules, OptionalHoliday } from './national-rules';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readOptionalHoliday(value: unknown, index: number, errors: string[]): OptionalHoliday | null {
  const at = `rules.optionalHolidays[${index}]`;
  if (!isRecord(value)) {
    errors.push(`${at}: cần { month, day, name, fromYear }`);
    return null;
  }
  const { month, day, name, fromYear } = value;
  // 2028 is a leap year, so 29/2 passes here and is skipped in the years without it.
  if (typeof month !== 'number' || typeof day !== 'number' || !isValidDay(2028, month, day)) {
    errors.push(`${at}: ngày ${String(day)}/${String(month)} không có trong năm`);
    return null;
  }
  if (typeof name !== 'string' || name.trim() === '') {
    errors.push(`${at}: chưa có tên ngày lễ`);
    return null;
  }
  if (typeof fromYear !== 'number' || !Number.isInteger(fromYear) || fromYear < 1 || fromYear > 9999) {
    errors.push(`${at}: năm bắt đầu áp dụng phải là số có bốn chữ số`);
    return null;
  }
  return { month, day, name: name.trim(), fromYear };
}

/** Checks rules sent by an admin or read from storage; every problem is listed, in Vietnamese. */
export function validateNationalRules(
  input: unknown,
): { ok: true; rules: NationalHolidayRules } | { ok: false; errors: string[] } {
  if (!isRecord(input) || !Array.isArray(input['optionalHolidays'])) {
    return { ok: false, errors: ['rules: cần { optionalHolidays: [...] }'] };
  }
  const errors: string[] = [];
  const optionalHolidays = input['optionalHolidays']
    .map((value, index) => readOptionalHoliday(value, index, errors))
    .filter((holiday): holiday is OptionalHoliday => holiday !== null);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules: { optionalHolidays } };
}
