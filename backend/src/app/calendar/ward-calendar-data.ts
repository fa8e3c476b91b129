import {
  type CalendarYear,
  type NationalHolidayRules,
  provisionalYear,
  SHIPPED_CALENDAR_YEARS,
  type WorkingCalendar,
  workingCalendarOf,
} from '@dondoc/deadlines';

/**
 * The years a ward's calendar holds: the ward's own (edited or confirmed by its admin), and the
 * shipped years it has not replaced — so a new ward, and every ward from before calendars were
 * stored, starts from the announced 2026 without a row being written for it.
 */
export function wardCalendarYears(stored: readonly CalendarYear[]): CalendarYear[] {
  const storedYears = new Set(stored.map((calendarYear) => calendarYear.year));
  const shipped = SHIPPED_CALENDAR_YEARS.filter((calendarYear) => !storedYears.has(calendarYear.year));
  return [...stored, ...shipped].sort((a, b) => a.year - b.year);
}

/**
 * One object per distinct rule set in this process: the deadline engine keeps the years it has
 * computed per rules object, and rules read afresh from the database would otherwise be computed
 * again on every read. Keyed by content, so an edited rule set is simply another key.
 */
const internedRules = new Map<string, NationalHolidayRules>();

function interned(rules: NationalHolidayRules): NationalHolidayRules {
  const key = JSON.stringify(rules);
  let kept = internedRules.get(key);
  if (!kept) internedRules.set(key, (kept = rules));
  return kept;
}

/** Every working-day question of a ward is answered from this: its years, then its rules. */
export function wardWorkingCalendar(
  stored: readonly CalendarYear[],
  rules: NationalHolidayRules | null,
): WorkingCalendar {
  return workingCalendarOf(wardCalendarYears(stored), rules ? interned(rules) : undefined);
}

/** How the admin sees one year: the ward's, the shipped one, or computed from the rules. */
export function wardCalendarYear(
  year: number,
  stored: readonly CalendarYear[],
  rules: NationalHolidayRules | null,
): CalendarYear {
  return (
    wardCalendarYears(stored).find((calendarYear) => calendarYear.year === year) ??
    provisionalYear(year, rules ? interned(rules) : undefined)
  );
}
