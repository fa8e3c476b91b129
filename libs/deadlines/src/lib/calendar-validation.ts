import { CALENDAR_YEAR_STATUSES, CalendarYearStatus } from './calendar/calendar-year.types';
import { validateNationalRules } from './calendar/national-rules-validation';
import { isIsoDate, isWeekend } from './iso-date';
import { WorkingCalendar, WorkingCalendarYear } from './working-calendar.types';

export type CalendarValidation = { ok: true; calendar: WorkingCalendar } | { ok: false; errors: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedUnique(days: string[]): string[] {
  return [...new Set(days)].sort();
}

function validateDayList(
  value: unknown,
  year: string,
  field: 'holidays' | 'makeUpWorkingDays',
  errors: string[],
): string[] {
  if (!Array.isArray(value)) {
    errors.push(`years.${year}.${field} must be a list of dates`);
    return [];
  }
  const days: string[] = [];
  value.forEach((day, index) => {
    if (!isIsoDate(day))
      errors.push(`years.${year}.${field}[${index}] is not a date (YYYY-MM-DD): ${JSON.stringify(day)}`);
    else if (!day.startsWith(`${year}-`))
      errors.push(`years.${year}.${field}[${index}] ${day} is not in ${year}`);
    else days.push(day);
  });
  return days;
}

function validateYear(year: string, value: unknown, errors: string[]): WorkingCalendarYear {
  if (!isRecord(value)) {
    errors.push(`years.${year} must be an object with holidays and makeUpWorkingDays`);
    return { holidays: [], makeUpWorkingDays: [] };
  }
  const holidays = validateDayList(value['holidays'], year, 'holidays', errors);
  const makeUpWorkingDays = validateDayList(
    value['makeUpWorkingDays'] ?? [],
    year,
    'makeUpWorkingDays',
    errors,
  );
  for (const day of makeUpWorkingDays) {
    // A make-up working day replaces a weekend day; on a weekday it would mean nothing.
    if (!isWeekend(day)) errors.push(`years.${year}.makeUpWorkingDays: ${day} is not a Saturday or Sunday`);
    if (holidays.includes(day))
      errors.push(`years.${year}: ${day} is both a holiday and a make-up working day`);
  }
  const status = value['status'];
  if (status !== undefined && !CALENDAR_YEAR_STATUSES.includes(status as CalendarYearStatus)) {
    errors.push(`years.${year}.status must be "provisional" or "confirmed"`);
  }
  return {
    holidays: sortedUnique(holidays),
    makeUpWorkingDays: sortedUnique(makeUpWorkingDays),
    ...(status === 'provisional' && { status }),
  };
}

/**
 * Checks a calendar sent by an admin (or read from storage) and returns it cleaned: dates sorted
 * and de-duplicated. Every problem is listed, each naming its field, so a form can show them all.
 */
export function validateCalendar(input: unknown): CalendarValidation {
  const errors: string[] = [];
  if (!isRecord(input) || !isRecord(input['years'])) {
    return {
      ok: false,
      errors: ['calendar must be an object { years: { "2026": { holidays, makeUpWorkingDays } } }'],
    };
  }
  const years: Record<string, WorkingCalendarYear> = {};
  for (const [year, value] of Object.entries(input['years'])) {
    if (!/^\d{4}$/.test(year)) {
      errors.push(`years: "${year}" is not a four-digit year`);
      continue;
    }
    years[year] = validateYear(year, value, errors);
  }
  if (input['rules'] === undefined) {
    return errors.length > 0 ? { ok: false, errors } : { ok: true, calendar: { years } };
  }
  const rules = validateNationalRules(input['rules']);
  if (!rules.ok) errors.push(...rules.errors);
  return errors.length > 0 || !rules.ok
    ? { ok: false, errors }
    : { ok: true, calendar: { years, rules: rules.rules } };
}

/**
 * Layers calendars: a year present in a later calendar replaces that whole year of the earlier
 * ones (an admin edits a year as a unit); other years are kept, and the last rules given win.
 * Inputs are not modified.
 */
export function mergeCalendars(...calendars: WorkingCalendar[]): WorkingCalendar {
  const years: Record<string, WorkingCalendarYear> = {};
  let rules: WorkingCalendar['rules'];
  for (const calendar of calendars) {
    for (const [year, data] of Object.entries(calendar.years)) {
      years[year] = {
        holidays: [...data.holidays],
        makeUpWorkingDays: [...data.makeUpWorkingDays],
        ...(data.status && { status: data.status }),
      };
    }
    rules = calendar.rules ?? rules;
  }
  return rules ? { years, rules } : { years };
}
