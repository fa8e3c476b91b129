import { CalendarYear } from './calendar-year.types';
import { NATIONAL_RULES, NationalHolidayRules } from './national-rules';
import { statutoryDaysOff } from './statutory-days-off';
import { withSubstituteDays } from './substitute-days';

/**
 * The years the rules are trusted for: Điều 112 as it stands dates from 2021, and the lunar
 * conversion is only meaningful over a few centuries; a date outside is a typo, not a plan.
 */
const FIRST_PROVISIONAL_YEAR = 1901;
const LAST_PROVISIONAL_YEAR = 2099;

export function hasProvisionalYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_PROVISIONAL_YEAR && year <= LAST_PROVISIONAL_YEAR;
}

/**
 * A year computed from the national rules alone, marked provisional (dự kiến) until an admin
 * confirms it from the official announcement. It has no bridge days and no working weekends:
 * those exchanges are decided each year and cannot be foreseen.
 */
export function provisionalYear(year: number, rules: NationalHolidayRules = NATIONAL_RULES): CalendarYear {
  if (!hasProvisionalYear(year)) throw new RangeError(`No provisional calendar for year ${year}`);
  return {
    year,
    status: 'provisional',
    daysOff: withSubstituteDays(statutoryDaysOff(year, rules)),
    workingWeekends: [],
  };
}
